import type { Plan } from '@plan/indicators';
import type { Amendment, Succession } from '@plan/plans';
import type { ConsistencyReport, Project, Target } from '@plan/projects';

/**
 * One plan a command works on: built in, or added to the database with
 * `plan plans add`. Everything a command reads of a plan comes from here,
 * never from the Ordos modules directly.
 */
export type CliPlan = {
  id: string;
  builtIn: boolean;
  plan: Plan;
  /** The projects and their targets; empty for a plan file without projects. */
  projects: readonly Project[];
  targets: readonly Target[];
  /** Where the plan disagrees with itself, for a plan with the sources it is checked against. */
  consistency: Readonly<ConsistencyReport> | undefined;
  /** Amendments (规划调整) of the plan file, in the file's order. */
  amendments: readonly Amendment[];
  /** The plan this one follows and the indicators it continues; none for the built-in plans. */
  succession?: Succession | undefined;
};
