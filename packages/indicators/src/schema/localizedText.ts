import * as z from 'zod';

/**
 * Text in both languages. `zh` is verbatim from the plan wherever the plan
 * prints it; `en` is our translation. Both are required so no screen ever
 * falls back to a blank.
 */
export const LocalizedText = /* @__PURE__ */ z
  .object({
    zh: z.string().trim().min(1, 'Chinese text (zh) must not be empty'),
    en: z.string().trim().min(1, 'English text (en) must not be empty'),
  })
  .strict()
  .meta({ id: 'LocalizedText' });
export type LocalizedText = z.infer<typeof LocalizedText>;
