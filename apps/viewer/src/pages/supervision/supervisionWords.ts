import { pageWords } from '../pageWords.js';

// The supervision page's own words (and the navigation's label for it). They live with the
// page, not in the shared dictionary, so the first load of the viewer does not carry them.

const zh = {
  title: '督办清单',
  intro:
    '截至评估日期，逾期未完成、存在风险或未在报告周期内更新的事项。红色为逾期，橙色为存在风险，灰色为未按期更新；状态由截止日期、数据和进展报告计算得出，不由单位自定。',
  asOf: '评估日期：{date}',
  circular: '生成通报（HTML）',
  circularHelp: '按当前评估日期和筛选条件生成督办通报，在新窗口打开。',
  circularMarkdown: 'Markdown',
  filters: '筛选',
  unit: '责任单位',
  project: '重大项目',
  district: '旗区',
  all: '全部',
  count: '共 {count} 项',
  countByReason: '{label} {count} 项',
  none: '没有需要督办的事项。',
  noneFiltered: '没有符合筛选条件的督办事项。',
  item: '事项',
  reason: '督办原因',
  status: '状态',
  since: '起始',
  owner: '牵头 / 配合单位',
  region: '旗区',
  lastUpdate: '最近更新',
  latestReport: '最新进展报告',
  noReport: '尚无报告',
  noUpdate: '从未更新',
  notAssigned: '未指定',
  lagging: '未达标：{names}',
  measure: '措施',
  target: '目标',
  projectNumber: '项目{number}',
  reportLine: '{period} · {status} · {reporter}',
  'reason.overdue': '逾期',
  'reason.at_risk': '存在风险',
  'reason.not_updated': '未按期更新',
  caption: '督办事项：按原因（逾期、存在风险、未按期更新）排列',
};
type WordKey = keyof typeof zh;

const en: Record<WordKey, string> = {
  title: 'Supervision list',
  intro:
    'Items overdue, at risk, or not updated within their reporting cycle on the as-of date. Red: overdue; orange: at risk; grey: not updated. Statuses are computed from deadlines, figures and progress reports, never set by the units.',
  asOf: 'As of {date}',
  circular: 'Generate the circular (HTML)',
  circularHelp:
    'The supervision circular (通报) for this as-of date and these filters, in a new window.',
  circularMarkdown: 'Markdown',
  filters: 'Filters',
  unit: 'Responsible unit',
  project: 'Major project',
  district: 'District',
  all: 'All',
  count: '{count} items',
  countByReason: '{label}: {count}',
  none: 'Nothing needs supervision.',
  noneFiltered: 'No item matches the filters.',
  item: 'Item',
  reason: 'Why',
  status: 'Status',
  since: 'Since',
  owner: 'Lead / cooperating units',
  region: 'District',
  lastUpdate: 'Last update',
  latestReport: 'Latest progress report',
  noReport: 'No report yet',
  noUpdate: 'Never updated',
  notAssigned: 'Not assigned',
  lagging: 'Not met: {names}',
  measure: 'Measure',
  target: 'Target',
  projectNumber: 'Project {number}',
  reportLine: '{period} · {status} · {reporter}',
  'reason.overdue': 'Overdue',
  'reason.at_risk': 'At risk',
  'reason.not_updated': 'Not updated',
  caption: 'Items under supervision, by reason (overdue, at risk, not updated)',
};

/** The page's words in the reader's language, with `{name}` placeholders filled in. */
export const useSupervisionWords = pageWords(zh, en);
