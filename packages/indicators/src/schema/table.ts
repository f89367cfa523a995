import * as z from 'zod';
import { Slug } from './indicator.js';
import { LocalizedText } from './localizedText.js';

export type Category = {
  id: string;
  printed: string;
  name: LocalizedText;
  localAddition: boolean;
  children: Category[];
};

/** A heading in a table's category column; the sports table nests three deep. */
export const Category: z.ZodType<Category> = /* @__PURE__ */ z
  .object({
    id: Slug,
    printed: z
      .string()
      .min(1)
      .describe('The category cell as printed (line breaks joined), with `*`'),
    name: LocalizedText,
    localAddition: z.boolean(),
    children: z.array(z.lazy(() => Category)),
  })
  .strict()
  .meta({ id: 'Category' });

export const IndicatorTable = /* @__PURE__ */ z
  .object({
    id: Slug,
    title: LocalizedText,
    categories: z.array(Category),
    indicatorIds: z.array(Slug).describe('The rows of the table, in printed order'),
    footnote: LocalizedText.optional(),
  })
  .strict()
  .meta({ id: 'IndicatorTable' });
export type IndicatorTable = z.infer<typeof IndicatorTable>;
