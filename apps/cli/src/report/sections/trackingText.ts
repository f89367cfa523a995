import type { Lang } from '../../_lib/localize.js';
import { type TextIn, textIn } from '../../assessment/assessmentText.js';

/**
 * The words of the report's two tracking sections (重大项目进展, 督办清单),
 * Chinese first; English is our translation. Kept apart from reportText.ts,
 * which holds the evaluation's words.
 */
export const TRACKING_TEXT = {
  progressHeading: { zh: '重大项目进展', en: 'Progress of the major projects' },
  supervisionHeading: { zh: '督办清单', en: 'Supervision list' },
  progressLead: {
    zh: (projects: number, measures: number, targets: number) =>
      `${projects}项重大项目工程的${measures}项工作举措和规划的${targets}个量化目标，按统一口径判定状态：已完成、按计划推进、存在风险（未到期，但趋势或报告显示难以按期完成）、逾期未完成、未报告。有量化目标的举措按其目标判定，报送状态与目标不符的予以标出；责任单位由市教育体育局录入，规划未明确、尚未录入的标为“未指定”。`,
    en: (projects: number, measures: number, targets: number) =>
      `The ${measures} measures of the ${projects} major projects and the plan's ${targets} quantified targets, judged in one vocabulary: done, on track, at risk (not yet due, but the trend or the reports say it will be missed), overdue, not reported. A measure with targets is judged by them, and a reported status that contradicts them is flagged; responsible units are entered by the bureau, and where the plan names none and none is entered the item says "not assigned".`,
  },
  rollUpTitle: { zh: '总体进展', en: 'Overall progress' },
  kind: { zh: '类型', en: 'Kind' },
  measures: { zh: '工作举措', en: 'Measures' },
  targets: { zh: '量化目标', en: 'Targets' },
  total: { zh: '合计', en: 'Total' },
  byProject: { zh: '各项目工程的举措进展', en: 'Measures of each project' },
  chartByProject: {
    zh: '各项目工程工作举措的状态构成',
    en: 'Statuses of each project’s measures',
  },
  where: { zh: '专栏', en: 'Box' },
  project: { zh: '项目工程', en: 'Project' },
  item: { zh: '举措 / 目标', en: 'Measure / target' },
  status: { zh: '状态', en: 'Status' },
  owner: { zh: '责任单位', en: 'Responsible' },
  latest: { zh: '最新报告 / 数值', en: 'Latest report / figure' },
  noReport: { zh: '未报告', en: 'no report' },
  noFigure: { zh: '无数值', en: 'no figure' },
  conflict: { zh: '报送状态与目标不符', en: 'reported status contradicts the targets' },
  aspirational: { zh: '力争', en: 'aspirational' },
  due: { zh: '期限', en: 'Due' },
  proseTargets: {
    zh: '规划正文中的量化目标',
    en: 'Quantified targets in the plan’s text',
  },
  projectHeading: {
    zh: (box: number, name: string, measures: number) =>
      `专栏${box} ${name}（工作举措${measures}项）`,
    en: (box: number, name: string, measures: number) =>
      `Box ${box} ${name} (${measures} measures)`,
  },
  box: { zh: (number: number) => `专栏${number}`, en: (number: number) => `Box ${number}` },
  percent: { zh: (value: number) => `完成${value}%`, en: (value: number) => `${value}% complete` },
  reportedBy: { zh: (who: string) => `报送：${who}`, en: (who: string) => `by ${who}` },
  evidence: {
    zh: (list: string) => `佐证材料：${list}`,
    en: (list: string) => `evidence: ${list}`,
  },
  evidenceColumn: { zh: '佐证材料', en: 'Evidence' },
  deliverableDone: { zh: '成果已完成', en: 'deliverable done' },
  deliverableNotDone: { zh: '成果未完成', en: 'deliverable not done' },
  supervisionLead: {
    zh: (count: number, cycle: string) =>
      `截至评估日，逾期未完成、存在风险或本报送周期（${cycle}）未更新的事项共${count}项，按责任单位列出；未指定牵头单位的事项列在“未指定”下，须由市教育体育局明确责任单位。`,
    en: (count: number, cycle: string) =>
      `On the as-of date ${count} items are overdue, at risk or not updated within their reporting cycle (${cycle}), listed by responsible unit; items with no lead unit are listed under "not assigned": the bureau has yet to assign them.`,
  },
  supervisionEmpty: {
    zh: '截至评估日，没有逾期、存在风险或未按期报送的事项。',
    en: 'On the as-of date nothing is overdue, at risk or late in reporting.',
  },
  byUnit: { zh: '按责任单位统计', en: 'By responsible unit' },
  unit: { zh: '牵头单位', en: 'Lead unit' },
  reasons: { zh: '督办原因', en: 'Why' },
  since: { zh: '起始', en: 'Since' },
  region: { zh: '旗区', en: 'District' },
  lastUpdate: { zh: '最近更新', en: 'Last update' },
  explanation: { zh: '说明', en: 'Explanation' },
  id: { zh: '编号', en: 'Id' },
  text: { zh: '内容', en: 'Text' },
  lead: { zh: '牵头单位', en: 'Lead unit' },
  cooperating: { zh: '配合单位', en: 'Cooperating units' },
  reportedStatus: { zh: '报送状态', en: 'Reported status' },
  period: { zh: '报告期', en: 'Period' },
  narrative: { zh: '进展情况', en: 'Narrative' },
  latestFigure: { zh: '最新数值', en: 'Latest figure' },
  kindTarget: { zh: '目标', en: 'target' },
  kindMeasure: { zh: '举措', en: 'measure' },
  cycles: {
    zh: { year: '年度', half: '半年', quarter: '季度' },
    en: { year: 'yearly', half: 'half-yearly', quarter: 'quarterly' },
  },
  sheets: {
    zh: { progress: '项目进展', projects: '项目进展汇总', supervision: '督办清单' },
    en: { progress: 'Progress', projects: 'Progress by project', supervision: 'Supervision' },
  },
  empty: { zh: '—', en: '—' },
} as const;

export type TrackingText = TextIn<typeof TRACKING_TEXT>;

export function trackingText(lang: Lang): TrackingText {
  return textIn(TRACKING_TEXT, lang);
}
