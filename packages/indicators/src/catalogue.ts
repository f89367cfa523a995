import { deepFreeze } from './_lib/deepFreeze.js';
import { ordosPlanInput } from './data/ordos-2021-2025/plan.js';
import { parsePlan } from './parsePlan.js';
import type { Indicator } from './schema/indicator.js';
import type { Plan } from './schema/plan.js';
import type { Region } from './schema/region.js';
import type { Category, IndicatorTable } from './schema/table.js';

type Tables = (typeof ordosPlanInput)['tables'][number];

/** The id of one of the 61 indicators of the Ordos plan: a typo fails to compile. */
export type IndicatorId = Tables['indicators'][number]['id'];
/** The id of one of the three tables: `education`, `vocational`, `sports`. */
export type TableId = Tables['id'];
/** The id of a region of the Ordos plan (the city, its nine 旗区, Inner Mongolia). */
export type RegionId = (typeof ordosPlanInput)['regions'][number]['id'];

/**
 * The Ordos 2021–2025 education and sports plan, parsed once and frozen:
 * metadata, regions, the three tables and all 61 indicators in printed order.
 */
export const ordosPlan: Readonly<Plan> = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ parsePlan(ordosPlanInput),
);
// The annotations above let a bundler drop the parsed catalogue (and the plan
// data) from an app that imports none of the Ordos lookups.

/** Lookups over a parsed plan; `createCatalogue(parsePlan(json))` works for any plan file. */
export function createCatalogue(plan: Plan) {
  const indicatorsById = new Map(plan.indicators.map((indicator) => [indicator.id, indicator]));
  const regionsById = new Map(plan.regions.map((region) => [region.id, region]));
  const tablesById = new Map(plan.tables.map((table) => [table.id, table]));

  function findCategory(categories: readonly Category[], id: string): Category | undefined {
    for (const category of categories) {
      if (category.id === id) return category;
      const found = findCategory(category.children, id);
      if (found) return found;
    }
    return undefined;
  }

  return {
    plan,
    indicatorById: (id: string): Indicator | undefined => indicatorsById.get(id),
    regionById: (id: string): Region | undefined => regionsById.get(id),
    tableById: (id: string): IndicatorTable | undefined => tablesById.get(id),
    indicatorsByTable: (tableId: string): Indicator[] =>
      plan.indicators.filter((indicator) => indicator.table === tableId),
    /** Every indicator under the category, at any depth (e.g. `team-building` gives all five rows). */
    indicatorsByCategory: (categoryId: string): Indicator[] =>
      plan.indicators.filter((indicator) => indicator.categoryPath.includes(categoryId)),
    categoryById: (tableId: string, categoryId: string): Category | undefined => {
      const table = tablesById.get(tableId);
      return table ? findCategory(table.categories, categoryId) : undefined;
    },
    /** The categories of an indicator from the top of its table down. */
    categoryPathOf: (indicator: Indicator): Category[] => {
      const table = tablesById.get(indicator.table);
      if (!table) return [];
      return indicator.categoryPath
        .map((id) => findCategory(table.categories, id))
        .filter((category): category is Category => category !== undefined);
    },
  };
}
export type Catalogue = ReturnType<typeof createCatalogue>;

let ordos: Catalogue | undefined;
/** The Ordos catalogue, built on first use (so importing the package does no work). */
function ordosCatalogue(): Catalogue {
  ordos ??= createCatalogue(ordosPlan);
  return ordos;
}

/** The Ordos indicator with this id; typed so an unknown id fails to compile. */
export function indicatorById(id: IndicatorId): Indicator {
  const indicator = ordosCatalogue().indicatorById(id);
  if (!indicator) throw new Error(`unknown indicator id "${id}"`);
  return indicator;
}
/** Whether a string is the id of an Ordos indicator (for input from outside). */
export function isIndicatorId(id: string): id is IndicatorId {
  return ordosCatalogue().indicatorById(id) !== undefined;
}
/** Whether a string is the id of an Ordos region (for input from outside). */
export function isRegionId(id: string): id is RegionId {
  return ordosCatalogue().regionById(id) !== undefined;
}
/** The Ordos region with this id (the city, a 旗区, Inner Mongolia), or undefined. */
export function regionById(id: string): Region | undefined {
  return ordosCatalogue().regionById(id);
}
/** The Ordos table with this id (`education`, `vocational`, `sports`), or undefined. */
export function tableById(id: string): IndicatorTable | undefined {
  return ordosCatalogue().tableById(id);
}
/** The Ordos indicators of a table, in printed order. */
export function indicatorsByTable(tableId: string): Indicator[] {
  return ordosCatalogue().indicatorsByTable(tableId);
}
/** Every Ordos indicator under the category, at any depth (e.g. `team-building` gives all five rows). */
export function indicatorsByCategory(categoryId: string): Indicator[] {
  return ordosCatalogue().indicatorsByCategory(categoryId);
}
/** A category of an Ordos table by its id, at any depth, or undefined. */
export function categoryById(tableId: string, categoryId: string): Category | undefined {
  return ordosCatalogue().categoryById(tableId, categoryId);
}
/** The categories of an Ordos indicator from the top of its table down. */
export function categoryPathOf(indicator: Indicator): Category[] {
  return ordosCatalogue().categoryPathOf(indicator);
}
