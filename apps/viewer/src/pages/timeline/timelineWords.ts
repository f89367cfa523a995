import { pageWords } from '../pageWords.js';

// The timeline page's own words, zh first. They live with the page (its chunk).

const zh = {
  title: '任务时间轴',
  intro:
    '各重大项目的目标与工作举措按期限所在年份排列。举措本身没有写明期限的，按其目标的最晚期限；没有目标的按规划期末（标“推定”）。状态只依据已审核的正式数据，示例数据不计入。',
  asOf: '截至 {asOf}',
  project: '项目',
  year: '{year}年',
  thisYear: '本年',
  overdue: '逾期',
  inferred: '推定',
  target: '目标',
  measure: '举措',
  nothingDue: '—',
  onlyAttention: '只看逾期与存在风险的事项',
  countOverdue: '逾期 {count} 项',
  legend: '图例：',
  noTracking: '暂时读不到落实情况：只标出期限是否已过（已到期），不判断是否逾期未完成。',
  passed: '已到期',
  outside: '规划期外',
  due: '期限 {due}',
} as const;

export type TimelineWordKey = keyof typeof zh;

const en: Record<TimelineWordKey, string> = {
  title: 'Timeline of deadlines',
  intro:
    'Each major project’s targets and measures on the year of their deadline. A measure states no deadline of its own: it takes its targets’ latest, or the end of the plan when it has none (marked “inferred”). Statuses count approved, real figures only; illustrative data never counts.',
  asOf: 'As of {asOf}',
  project: 'Project',
  year: '{year}',
  thisYear: 'this year',
  overdue: 'Overdue',
  inferred: 'inferred',
  target: 'Target',
  measure: 'Measure',
  nothingDue: '—',
  onlyAttention: 'Only overdue and at-risk items',
  countOverdue: '{count} overdue',
  legend: 'Legend:',
  noTracking:
    'Implementation tracking cannot be read now: only whether a deadline has passed is marked, not whether it was missed.',
  passed: 'Due',
  outside: 'Outside the plan period',
  due: 'due {due}',
};

/** The page's words in the reader's language, with `{name}` placeholders filled in. */
export const useTimelineWords = pageWords(zh, en);
