import { PlanInput } from '@plan/indicators';
import { BaselineFactInput, Outline, ProjectInput, TargetInput } from '@plan/projects';
import * as z from 'zod';
import { Amendment } from './amendments/amendment.js';
import { Succession } from './succession.js';

/** The version of the plan file format a file declares, so a later format can be told apart. */
export const PLAN_FILE_FORMAT = 'plan-file/1' as const;

/**
 * A plan's projects as authored (@plan/projects' `CatalogueInput`): the
 * outline of the text with the line of each heading, the major projects with
 * their 专栏 and measures, the targets stated in the prose and the past
 * achievements the text states. The year a target is due when the text
 * states none is the plan's last year (`period.end`).
 */
export const PlanProjects = /* @__PURE__ */ z
  .object({
    outline: Outline,
    projects: z.array(ProjectInput),
    proseTargets: z.array(TargetInput).default([]),
    baselines: z.array(BaselineFactInput).default([]),
  })
  .strict()
  .meta({ id: 'PlanProjects' });
export type PlanProjects = z.infer<typeof PlanProjects>;

/**
 * A whole plan as one JSON document: @plan/indicators' plan (metadata,
 * regions, tables with the values as printed), its projects, the amendments
 * decided since it was issued and the plan it succeeds. `parsePlan` reads it.
 */
export const PlanFile = /* @__PURE__ */ PlanInput.extend({
  format: z.literal(PLAN_FILE_FORMAT).describe('The plan file format: "plan-file/1"'),
  projects: PlanProjects.optional(),
  amendments: z.array(Amendment).default([]),
  succession: Succession.optional(),
})
  .strict()
  .meta({ id: 'PlanFile' });
/** A plan file as read: defaults filled in (`notes`, `amendments`, …). */
export type PlanFile = z.output<typeof PlanFile>;
/** A plan file as written: what `parsePlan` accepts. */
export type PlanFileInput = z.input<typeof PlanFile>;
