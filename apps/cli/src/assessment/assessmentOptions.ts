import type { Plan } from '@plan/indicators';
import { Method } from '@plan/scoring';
import { z } from 'zod';
import { IsoDay } from '../_lib/isoDay.js';
import { usageError } from '../exitCodes.js';

/** The options `assess` and `report` share, for node:util parseArgs. */
export const assessmentOptionSpecs = {
  plan: { type: 'string' },
  'as-of': { type: 'string' },
  region: { type: 'string' },
  'include-illustrative': { type: 'boolean' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
} as const;

/** `--region ordos` or `--region ordos,dongsheng`; `regionsOf` checks them against the plan. */
export const RegionList = z
  .string()
  .transform((text) =>
    text
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== ''),
  )
  .pipe(z.array(z.string()).min(1, 'give a region id, e.g. the plan’s subject region'));

/**
 * The regions `--region` names, each a region of the plan (which is known
 * only once `--plan` is read); the plan's subject region when none is given.
 *
 * @throws CliError usage (exit 2) naming an unknown region and the plan's regions
 */
export function regionsOf(
  plan: Readonly<Plan>,
  requested: readonly string[] | undefined,
  command: string,
): string[] {
  if (requested === undefined) return [plan.subjectRegion];
  const regionIds = plan.regions.map((region) => region.id);
  const unknown = requested.filter((id) => !regionIds.includes(id));
  if (unknown.length > 0) {
    throw usageError(
      `${unknown.map((id) => `--region: unknown region "${id}": expected one of ${regionIds.join(', ')}`).join('\n')}\nRun "plan ${command} --help" for its options.`,
    );
  }
  return [...requested];
}

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
  plan: z.string().trim().min(1, 'give a plan id (plan plans list)').optional(),
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
