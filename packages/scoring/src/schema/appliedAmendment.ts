import { LocalizedText } from '@plan/indicators';
import * as z from 'zod';
import { IsoDate } from './series.js';

/**
 * An amendment of the plan (规划调整) in force on the as-of date, as an
 * assessment names it: the plan it was judged against is the plan in force
 * then (see @plan/plans' `planInForce`), and this says what differed from
 * the printed plan. @plan/plans' `Amendment` fits as it is; other fields drop.
 */
export const AppliedAmendment = /* @__PURE__ */ z
  .object({
    id: z.string().min(1),
    indicatorId: z.string().min(1),
    targetId: z.string().min(1).optional().describe('A project target, when one was amended'),
    kind: z.enum(['target', 'baseline', 'definition']),
    region: z.string().min(1).optional().describe('The subject region when left out'),
    effectiveDate: IsoDate,
    reason: z.union([z.string(), LocalizedText]).optional(),
    decidedBy: z
      .object({
        title: z.string(),
        number: z.string().optional(),
        date: z.string().optional(),
        url: z.string().optional(),
      })
      .optional()
      .describe('The document that decided it'),
  })
  .meta({ id: 'AppliedAmendment' });
export type AppliedAmendment = z.infer<typeof AppliedAmendment>;
