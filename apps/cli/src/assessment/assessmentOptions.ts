import { ordosPlan } from '@plan/indicators';
import { Method } from '@plan/scoring';
import { z } from 'zod';
import { IsoDay } from '../_lib/isoDay.js';

/** The options `assess` and `report` share, for node:util parseArgs. */
export const assessmentOptionSpecs = {
  'as-of': { type: 'string' },
  region: { type: 'string' },
  'include-illustrative': { type: 'boolean' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
} as const;

const regionIds = ordosPlan.regions.map((region) => region.id);

/** `--region ordos` or `--region ordos,dongsheng`; each must be a region of the plan. */
export const RegionList = z
  .string()
  .transform((text) =>
    text
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== ''),
  )
  .pipe(
    z
      .array(
        z.string().refine((id) => regionIds.includes(id), {
          error: (issue) =>
            `unknown region "${String(issue.input)}": expected one of ${regionIds.join(', ')}`,
        }),
      )
      .min(1, `give a region id, e.g. ${ordosPlan.subjectRegion}`),
  );

/** `--method time-progress`, repeated or comma-separated, or `all`. */
export const MethodList = z
  .array(z.string())
  .transform((values) => values.flatMap((value) => value.split(',')).map((value) => value.trim()))
  .transform((values) => (values.includes('all') ? [...Method.options] : values))
  .pipe(
    z
      .array(
        z.enum(Method.options, {
          error: (issue) =>
            `unknown method "${String(issue.input)}": expected ${Method.options.join(', ')} or all`,
        }),
      )
      .min(1),
  )
  .transform((methods) => [...new Set(methods)]);

export const Lang = z.enum(['zh', 'en'], { error: 'expected zh or en' });

/** The checked values of the shared options. */
export const AssessmentOptions = z.object({
  'as-of': z
    .string({
      error: 'is required: the date to assess as of, YYYY-MM-DD (e.g. --as-of 2023-12-31)',
    })
    .pipe(IsoDay),
  region: RegionList.optional(),
  'include-illustrative': z.boolean().optional(),
  lang: Lang.optional(),
  json: z.boolean().optional(),
});
