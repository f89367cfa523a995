import * as z from 'zod';
import { Band, DataNote, Direction, IndicatorPart, Slug, Unit } from './indicator.js';
import { LocalizedText } from './localizedText.js';
import { PlanMeta } from './plan.js';
import { Region } from './region.js';
import { RegionScope } from './regionScope.js';

/**
 * A cell as authored: the printed text, or for a split row one printed text
 * per part (`{ secondary: '中职58', higher: '高职40' }`).
 */
// A pure function call with no arguments: a bundler drops it whole when unused. Written as
// `/* @__PURE__ */ z.union([z.string(), …])` the inner calls stay (they are not marked pure)
// and pull all of classic zod into a bundle that only imports `comparatorSign`.
export const CellInput = /* @__PURE__ */ (() =>
  z.union([z.string(), z.record(Slug, z.string())]))();
export type CellInput = z.infer<typeof CellInput>;

const ValuePairInput = /* @__PURE__ */ z
  .object({ baseline: CellInput, target: CellInput })
  .strict();

/**
 * One table row as a plan file states it. Values are the printed cells; they
 * are read into typed values by `parsePlan`, so a plan file never has to
 * repeat a number in two forms. The `*` flag comes from the printed name or
 * category, so it cannot disagree with them.
 */
export const IndicatorInput = /* @__PURE__ */ z
  .object({
    id: Slug,
    categoryPath: z.array(Slug),
    printed: z.string().min(1),
    name: LocalizedText,
    unit: Unit,
    direction: Direction,
    band: Band.optional(),
    parts: z.array(IndicatorPart).min(2).optional(),
    values: z.object({ subject: ValuePairInput, benchmark: ValuePairInput }).strict(),
    notes: z.array(DataNote).optional(),
    regionScope: RegionScope.optional(),
  })
  .strict();
export type IndicatorInput = z.input<typeof IndicatorInput>;

export type CategoryInput = {
  id: string;
  printed: string;
  name: LocalizedText;
  children?: CategoryInput[];
};
export const CategoryInput: z.ZodType<CategoryInput> = /* @__PURE__ */ z
  .object({
    id: Slug,
    printed: z.string().min(1),
    name: LocalizedText,
    children: z.array(z.lazy(() => CategoryInput)).optional(),
  })
  .strict();

export const TableInput = /* @__PURE__ */ z
  .object({
    id: Slug,
    title: LocalizedText,
    categories: z.array(CategoryInput),
    footnote: LocalizedText.optional(),
    indicators: z.array(IndicatorInput).min(1),
  })
  .strict();
export type TableInput = z.input<typeof TableInput>;

/** A plan file (JSON or a typed module), before `parsePlan` reads it. */
export const PlanInput = /* @__PURE__ */ PlanMeta.extend({
  regions: z.array(Region).min(1),
  tables: z.array(TableInput).min(1),
}).strict();
export type PlanInput = z.input<typeof PlanInput>;
