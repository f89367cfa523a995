// The names and precedence of observation sources. Plain constants and functions, no zod:
// a browser page that only needs to pick which value counts for a date imports this module
// (through the package index) without pulling the schemas in.

/** The source name that marks illustrative demo data. */
export const DEMO_SOURCE = 'demo';
/** The source name of values read from the plan itself (its 2020 baselines). */
export const PLAN_SOURCE = 'plan';
/** The source of a value recorded through the API without one. */
export const DEFAULT_SOURCE = 'api';

/**
 * Which source counts when several give a value for the same indicator, region and date,
 * strongest first. Sources are free text, so each rank names what it matches:
 *
 * 1. `plan`: the plan's own printed figures (its 2020 baselines). They are what the targets
 *    were set against, and the API cannot change them.
 * 2. Official statistics: a source naming a statistics office or its bulletin
 *    (`statistics…`, `stats…`, `bulletin…`, `nbs…`, or containing 统计 / 公报). Published,
 *    audited figures outrank everything a department or a person reports.
 * 3. Department reports: `department…`, `dept…`, `report…`, or containing 部门 / 报告 / 局
 *    (教育局, 体育局): a bureau's own account of its work, checked but not audited.
 * 4. Everything else: values recorded through the API (`api`), imports and other names.
 * 5. `demo`: illustrative figures (示例数据), which never pass for official ones.
 *
 * Among values of the same rank the one recorded first stands (see `oneValuePerDate`).
 */
export const SOURCE_PRECEDENCE = [
  { rank: 1, name: 'plan', matches: (source: string) => source === PLAN_SOURCE },
  {
    rank: 2,
    name: 'official statistics',
    matches: (source: string) =>
      /^(statistics|stats|bulletin|nbs)\b/i.test(source) || /统计|公报/.test(source),
  },
  {
    rank: 3,
    name: 'department reports',
    matches: (source: string) =>
      /^(department|dept|report)\b/i.test(source) || /部门|报告|局/.test(source),
  },
  {
    rank: 4,
    name: 'api, imports and other sources',
    matches: (source: string) => source !== DEMO_SOURCE,
  },
  { rank: 5, name: 'illustrative (demo)', matches: (_source: string) => true },
] as const;

/** The rank of a source in SOURCE_PRECEDENCE: 1 counts most, 5 (demo) least. */
export function sourceRank(observation: { source: string; illustrative: boolean }): number {
  if (observation.illustrative) return 5;
  const source = observation.source.trim();
  return SOURCE_PRECEDENCE.find((entry) => entry.matches(source))?.rank ?? 4;
}
