import { DEFAULT_SOURCE, DEMO_SOURCE, PLAN_SOURCE } from './sources.js';

/** The source a successor plan's carried baselines have (PREDECESSOR_SOURCE of @plan/plans). */
const PREDECESSOR_SOURCE = 'predecessor-plan';
/** The source of imported rows that name none (the API's and CLI's default). */
const IMPORT_SOURCE = 'import';

const LABELS: Record<string, { zh: string; en: string }> = {
  [PLAN_SOURCE]: { zh: '规划文本', en: 'Plan text' },
  [DEMO_SOURCE]: { zh: '示例数据', en: 'Demo data' },
  [PREDECESSOR_SOURCE]: { zh: '上期规划', en: 'Previous plan' },
  [IMPORT_SOURCE]: { zh: '表格导入', en: 'Spreadsheet import' },
  [DEFAULT_SOURCE]: { zh: '在线填报', en: 'Entered online' },
};

/**
 * A source as a reader is shown it: the sources the system itself names (`plan`, `demo`,
 * `predecessor-plan`, `import`, `api`) by what they are, in both languages; any other source
 * is a name a person gave (市统计局, 2023年统计公报) and is shown as given in both.
 *
 * @example
 *   sourceLabel('plan'); // { zh: '规划文本', en: 'Plan text' }
 *   sourceLabel('市统计局'); // { zh: '市统计局', en: '市统计局' }
 */
export function sourceLabel(source: string): { zh: string; en: string } {
  return Object.hasOwn(LABELS, source)
    ? (LABELS[source] as { zh: string; en: string })
    : { zh: source, en: source };
}
