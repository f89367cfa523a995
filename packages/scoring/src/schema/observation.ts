import { ObservationValue } from '@plan/indicators';
import * as z from 'zod';
import { IsoDate, Year } from './series.js';

// The value's shape lives in @plan/indicators, beside the one check of whether a
// value fits its indicator; re-exported here so `ObservationValue` keeps its home.
export { ObservationValue };

// Built in a pure call, so a bundler can drop it with the schemas that use it.
const fields = /* @__PURE__ */ (() => ({
  indicatorId: z.string().min(1),
  year: Year.optional(),
  date: IsoDate.optional().describe(
    'For a value of a particular day; a yearly value stands at the end of its year',
  ),
  value: ObservationValue,
  source: z
    .string()
    .optional()
    .describe('Where the figure comes from, e.g. a statistical bulletin'),
  note: z.string().optional(),
}))();

function oneTime(
  observation: { year?: number | undefined; date?: string | undefined },
  ctx: z.RefinementCtx,
) {
  if ((observation.year === undefined) === (observation.date === undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: ['year'],
      message: 'give a year (2023) or a date ("2023-12-31"), exactly one',
    });
  }
}

/** An observation as a user sends it: the region defaults to the plan's subject region. */
export const ObservationInput = /* @__PURE__ */ z
  .object({ ...fields, region: z.string().min(1).optional() })
  .superRefine(oneTime)
  .meta({ id: 'ScoringObservationInput' });
export type ObservationInput = z.infer<typeof ObservationInput>;

/** An observation, checked and with its region filled in. */
export const Observation = /* @__PURE__ */ z
  .object({ ...fields, region: z.string().min(1) })
  .superRefine(oneTime)
  .meta({ id: 'ScoringObservation' });
export type Observation = z.infer<typeof Observation>;
