import { ordosPlan } from '@plan/indicators';
import { ordosConsistencyReport, ordosProjects, ordosTargets } from '@plan/projects';
import type { CliPlan } from './cliPlan.js';

/** The Ordos 2021–2025 plan: built in, checked against the plan text, and the default. */
export const defaultPlan: CliPlan = {
  id: ordosPlan.id,
  builtIn: true,
  plan: ordosPlan,
  projects: ordosProjects,
  targets: ordosTargets,
  consistency: ordosConsistencyReport,
  amendments: [],
};

/** The plans every database has without adding them, by id. */
export const builtInPlans: ReadonlyMap<string, CliPlan> = new Map([[defaultPlan.id, defaultPlan]]);
