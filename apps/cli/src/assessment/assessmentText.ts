import type { Lang } from '../_lib/localize.js';

/**
 * Every word of `plan assess` around the plan's own text, one entry per key
 * in both languages (the report's words are in report/reportText.ts).
 */
export const ASSESSMENT_TEXT = {
  indicator: { zh: '指标', en: 'Indicator' },
  baseline: { zh: '基期', en: 'Base' },
  latest: { zh: '最新值', en: 'Latest' },
  target: { zh: '目标', en: 'Target' },
  completion: { zh: '完成进度', en: 'Completion' },
  time: { zh: '时序进度', en: 'Time elapsed' },
  asOf: { zh: '评估截至', en: 'As of' },
  rollUps: { zh: '汇总', en: 'Roll-ups' },
  plan: { zh: '全部指标', en: 'All indicators' },
  count: { zh: (n: number) => `${n}项`, en: (n: number) => `${n} indicators` },
  status: { zh: '状态', en: 'Status' },
  listSeparator: { zh: '，', en: ', ' },
  /** What data an assessment rests on, said at the top of every output. */
  dataBasis: {
    zh: (includeIllustrative: boolean, mark: string) =>
      includeIllustrative
        ? `数据口径：含示例数据（${mark} 标记的数值为示例数据，仅供演示，不是官方统计）`
        : '数据口径：仅官方数据（不含示例数据）',
    en: (includeIllustrative: boolean, mark: string) =>
      includeIllustrative
        ? `Data: includes illustrative demo figures (示例数据; marked ${mark}), which are not official statistics`
        : 'Data: official figures only (illustrative demo figures excluded)',
  },
  /** Said under the data basis when the plan assessed is an amended one. */
  amendmentsInForce: {
    zh: (ids: string) => `按评估日有效的规划调整评估：${ids}（目标值、基期值为调整后的值）`,
    en: (ids: string) =>
      `Assessed against the plan as amended on the as-of date: ${ids} (targets and bases as amended)`,
  },
  illustrativeNote: {
    zh: (mark: string) => `${mark} 示例数据：仅供演示，不是官方统计。`,
    en: (mark: string) => `${mark} illustrative demo figure (示例数据), not an official statistic.`,
  },
} as const satisfies Record<string, { zh: unknown; en: unknown }>;

/** A text table's words in one language: each key, its entry in that language. */
export type TextIn<Table extends Record<string, { zh: unknown; en: unknown }>> = {
  [Key in keyof Table]: Table[Key]['zh'] | Table[Key]['en'];
};

/** Picks one language from a text table of `{ zh, en }` entries. */
export function textIn<Table extends Record<string, { zh: unknown; en: unknown }>>(
  table: Table,
  lang: Lang,
): TextIn<Table> {
  return Object.fromEntries(
    Object.entries(table).map(([key, entry]) => [key, entry[lang]]),
  ) as TextIn<Table>;
}
