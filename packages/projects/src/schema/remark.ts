import { z } from 'zod';

/**
 * Our own remark on the data (why a value was read so, which reading we
 * chose). English is required; Chinese is given where we wrote one. The
 * plan's own words are never put here: they go in `text` fields, verbatim.
 */
export const Remark = z
  .object({
    zh: z.string().trim().min(1).optional(),
    en: z.string().trim().min(1, 'English text (en) must not be empty'),
  })
  .strict()
  .meta({ id: 'Remark' });
export type Remark = z.infer<typeof Remark>;
