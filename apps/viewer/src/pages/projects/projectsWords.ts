import { useCallback } from 'react';
import { fill, useLocale } from '../../i18n/LocaleProvider.js';

// The projects page's tracking words (issue 15, 抓落实). They live with the page
// (its chunk), not in the shared dictionary, so the first load does not carry them.

const zh = {
  colon: '：',
  rollUpPlan: '全市规划进展',
  rollUpMeasures: '工作举措',
  rollUpTargets: '目标',
  rollUpOf: '共 {total} 项',
  rollUpLabel: '{what}进展：{items}',
  measureStatus: '状态',
  owner: '责任单位',
  lead: '牵头单位',
  cooperating: '配合单位',
  unassigned: '未指定',
  unassignedNote: '规划未写明责任单位，由教育局指定。',
  latestReport: '最新进展',
  noReport: '尚无进展报告',
  reportedBy: '{reporter}，{date}',
  percent: '完成 {percent}%',
  deliverableDone: '已交付',
  deliverableOpen: '未交付',
  evidence: '佐证材料',
  conflict: '上报状态与目标不符',
  reportedStatus: '上报为',
  derivedFromTargets: '依据目标判断',
  derivedFromReports: '依据进展报告判断',
  whatToReport: '需报告：',
  reportTargetIndicator: '报告指标“{indicator}”的数值',
  reportTarget: '报告{metric}的{what}',
  'what.level': '当前值（{unit}）',
  'what.cumulative': '规划期以来累计完成数（{unit}）',
  'what.per-district': '各旗区的数值（{unit}）',
  'what.per-unit': '{per}的最低值（{unit}）',
  'what.pace': '当年变化（{unit}）',
  reportMeasure: '提交本期进展报告（状态、进展说明、佐证材料）',
  trackingUnavailable: '暂时读不到落实情况：以下按各目标的期限显示。',
  unitsUnavailable: '读不到责任单位名单：以单位编号显示。',
  realFiguresOnly: '落实情况只依据已审核的正式数据，示例数据不计入。',
  byRegion: '各旗区',
  met: '达标',
  lagging: '未达标或未报告',
  notMet: '未达标',
  noFigure: '无数据',
} as const;

export type ProjectsWordKey = keyof typeof zh;

const en: Record<ProjectsWordKey, string> = {
  colon: ': ',
  rollUpPlan: 'Progress of the whole plan',
  rollUpMeasures: 'Measures',
  rollUpTargets: 'Targets',
  rollUpOf: '{total} in all',
  rollUpLabel: '{what} progress: {items}',
  measureStatus: 'Status',
  owner: 'Responsible units',
  lead: 'Lead unit',
  cooperating: 'Cooperating units',
  unassigned: 'Not assigned',
  unassignedNote: 'The plan names no responsible unit; the bureau assigns it.',
  latestReport: 'Latest report',
  noReport: 'No progress report yet',
  reportedBy: '{reporter}, {date}',
  percent: '{percent}% complete',
  deliverableDone: 'Delivered',
  deliverableOpen: 'Not delivered',
  evidence: 'Evidence',
  conflict: 'Reported status contradicts the targets',
  reportedStatus: 'Reported as',
  derivedFromTargets: 'Judged from its targets',
  derivedFromReports: 'Judged from its reports',
  whatToReport: 'To report: ',
  reportTargetIndicator: 'the value of the indicator “{indicator}”',
  reportTarget: '{what} of {metric}',
  'what.level': 'the value now ({unit})',
  'what.cumulative': 'the amount done since the plan began ({unit})',
  'what.per-district': 'each district’s value ({unit})',
  'what.per-unit': 'the least value {per} ({unit})',
  'what.pace': 'this year’s change ({unit})',
  reportMeasure: 'this period’s progress report (status, narrative, evidence)',
  trackingUnavailable: 'Implementation tracking cannot be read now: shown by deadline below.',
  unitsUnavailable: 'The list of units cannot be read: units are shown by their ids.',
  realFiguresOnly:
    'Implementation tracking counts approved, real figures only; illustrative data never counts.',
  byRegion: 'By district',
  met: 'met',
  lagging: 'not met or not reported',
  notMet: 'not met',
  noFigure: 'no data',
};

const words = { zh, en } as const;

/** The page's words in the reader's language, with `{name}` placeholders filled in. */
export function useProjectsWords() {
  const { locale } = useLocale();
  return useCallback(
    (key: ProjectsWordKey, values?: Record<string, string | number>) =>
      fill(words[locale][key], values),
    [locale],
  );
}
