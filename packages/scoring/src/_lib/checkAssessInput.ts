// The zod/mini twin of `AssessInput`, so that `assess` can name every problem
// with its path without pulling zod's classic API (~20 KB gzipped) into a
// browser bundle. Same structure, same checks, same rules
// (`assessInputRules.ts`), same messages: `checkAssessInput.test.ts` compares
// its issues with those of the exported `AssessInput` schema.
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import {
  assessInputRule,
  BASE_VALUE_MESSAGE,
  FINITE_MESSAGE,
  FOUR_DIGIT_YEAR_MESSAGE,
  ISO_DATE_MESSAGE,
  seriesPointRule,
  TARGET_COMPARATORS,
  targetRule,
  WHOLE_YEAR_MESSAGE,
} from './assessInputRules.js';
import { isIsoDateCached } from './time.js';

function build() {
  const isoDate = z.string().check(z.refine(isIsoDateCached, { message: ISO_DATE_MESSAGE }));
  const year = z
    .number()
    .check(
      z.int(WHOLE_YEAR_MESSAGE),
      z.gte(1000, FOUR_DIGIT_YEAR_MESSAGE),
      z.lte(9999, FOUR_DIGIT_YEAR_MESSAGE),
    );
  const finite = z.number();
  const point = z
    .object({
      year: z.optional(year),
      date: z.optional(isoDate),
      value: z.number({ error: FINITE_MESSAGE }),
    })
    .check(z.superRefine(seriesPointRule));
  const target = z
    .object({
      year: z.optional(year),
      date: z.optional(isoDate),
      value: finite,
      comparator: z.optional(z.enum(TARGET_COMPARATORS)),
      upper: z.optional(finite),
      tolerance: z.optional(z.number().check(z.gte(0))),
    })
    .check(z.superRefine(targetRule));
  return z
    .object({
      method: z.enum(['time-progress', 'open-sdg', 'unsd-2023', 'weather', 'sdsn']),
      direction: z.enum(['increase', 'decrease']),
      series: z.array(point).check(z.minLength(1, BASE_VALUE_MESSAGE)),
      target: z.optional(target),
      limit: z.optional(z.nullable(finite)),
      asOf: z.optional(isoDate),
      onTrackTolerance: z.optional(z.number().check(z.gte(0), z.lte(1))),
      unit: z.optional(z.enum(['percent', 'count', 'amount', 'ratio'])),
      sdsn: z.optional(
        z.object({
          lowerBound: z.optional(finite),
          optimum: z.optional(finite),
          green: z.optional(finite),
          red: z.optional(finite),
        }),
      ),
    })
    .check(z.superRefine(assessInputRule));
}

let schema: ReturnType<typeof build> | undefined;
let english: ReturnType<typeof en>['localeError'] | undefined;

/**
 * zod's English messages, unless the app has set a locale or an error map of
 * its own (then zod's global configuration words them, as it does for the
 * classic schema).
 */
function fallbackMessage(issue: Parameters<ReturnType<typeof en>['localeError']>[0]) {
  const configured = z.config();
  if (configured.customError || configured.localeError) return undefined;
  english ??= en().localeError;
  return english(issue);
}

/**
 * The issues of an `assess` input, as `AssessInput.safeParse` reports them
 * (paths and messages), or null when it is valid.
 */
export function checkAssessInput(
  input: unknown,
): { path: PropertyKey[]; message: string }[] | null {
  schema ??= build();
  const result = schema.safeParse(input, { error: fallbackMessage });
  return result.success ? null : result.error.issues;
}
