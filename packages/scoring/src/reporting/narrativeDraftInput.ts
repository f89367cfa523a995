import { LocalizedText } from '@plan/indicators';
import * as z from 'zod';
import { Method } from '../schema/assessInput.js';
import { TrackingStatus } from '../tracking/schema.js';
import { isCalendarDay } from './_lib/dates.js';
import { statusCategoryOf } from './_lib/statusCategory.js';
import { reportKinds } from './reportKinds.js';

/** The figures a narrative draft is written from: nothing else goes into the text. */
export const NarrativeDraftInput = /* @__PURE__ */ z
  .object({
    kind: z.enum(reportKinds),
    asOf: z
      .string()
      .refine(isCalendarDay, { message: 'expected a calendar day such as 2025-12-31' }),
    method: Method.optional().describe(
      'The scoring method the statuses come from (names their labels exactly)',
    ),
    indicators: z.array(
      z.object({
        name: LocalizedText,
        status: z.string().refine((status) => statusCategoryOf(status) !== undefined, {
          message: 'expected a status of a scoring method or of tracking (achieved, behind, done…)',
        }),
        completion: z
          .number()
          .finite()
          .nullable()
          .describe('Completion as a share (1 = 100%); null when there is none'),
      }),
    ),
    tracking: z
      .array(z.object({ name: LocalizedText, status: TrackingStatus }))
      .optional()
      .describe('Measures and targets of implementation tracking (重点任务)'),
  })
  .meta({ id: 'NarrativeDraftInput' });
export type NarrativeDraftInput = z.input<typeof NarrativeDraftInput>;
