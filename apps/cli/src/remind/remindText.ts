import type { Lang } from '../_lib/localize.js';
import { excerpt } from '../report/sections/trackingCells.js';
import { TRACKING_STATUS_LABELS } from '../tracking/trackingWords.js';
import { REMIND_REASONS, type RemindGroup, type RemindReason } from './remindList.js';
import type { DueReport } from './reportingDue.js';

const WORDS = {
  zh: {
    title: (asOf: string, cycle: string) => `督办提醒 · 截至 ${asOf} · 报送周期：${cycle}`,
    basis: '数据口径：仅已审核的数值和已报送的进展报告',
    due: (last: string, next: string) => `报送：${last}；${next}`,
    lastDue: (id: string, by: string) => `上一报送期 ${id}（${by} 前报送）`,
    nextDue: (id: string, by: string) => `下一报送期 ${id}（${by} 前报送）`,
    noLast: '尚无到期的报送期',
    noNext: '规划期内已无后续报送期',
    cycles: { year: '年度', half: '半年', quarter: '季度' },
    reasons: {
      overdue: '逾期未完成',
      at_risk: '存在风险',
      not_updated: '本周期未报送',
      due_soon: '即将到期（90天内）',
    } satisfies Record<RemindReason, string>,
    unassigned: '未指定',
    unassignedLine:
      '以下事项尚未指定牵头单位：规划未明确责任单位，须由市教育体育局指定（plan responsibilities import）。',
    count: (n: number) => `${n}项`,
    lead: '牵头',
    cooperating: '配合',
    since: (date: string) => `自 ${date}`,
    deadline: (date: string) => `期限 ${date}`,
    box: (n: number) => `专栏${n}`,
    nothing: '没有逾期、存在风险、未按期报送或即将到期的事项。',
    nothingFor: (unit: string) => `${unit}没有逾期、存在风险、未按期报送或即将到期的事项。`,
  },
  en: {
    title: (asOf: string, cycle: string) => `Reminders · as of ${asOf} · reporting cycle: ${cycle}`,
    basis: 'Data: approved figures and the progress reports sent',
    due: (last: string, next: string) => `Reporting: ${last}; ${next}`,
    lastDue: (id: string, by: string) => `last period ${id} (due by ${by})`,
    nextDue: (id: string, by: string) => `next period ${id} (due by ${by})`,
    noLast: 'no period due yet',
    noNext: 'no period left in the plan',
    cycles: { year: 'yearly', half: 'half-yearly', quarter: 'quarterly' },
    reasons: {
      overdue: 'Overdue',
      at_risk: 'At risk',
      not_updated: 'Not updated this cycle',
      due_soon: 'Due within 90 days',
    } satisfies Record<RemindReason, string>,
    unassigned: 'Not assigned (未指定)',
    unassignedLine:
      'No lead unit is set for these items: the plan names none and the bureau has not assigned them (plan responsibilities import).',
    count: (n: number) => `${n} item${n === 1 ? '' : 's'}`,
    lead: 'lead',
    cooperating: 'with',
    since: (date: string) => `since ${date}`,
    deadline: (date: string) => `due ${date}`,
    box: (n: number) => `Box ${n}`,
    nothing: 'Nothing is overdue, at risk, late in reporting or due soon.',
    nothingFor: (unit: string) =>
      `${unit}: nothing is overdue, at risk, late in reporting or due soon.`,
  },
} as const;

/** The words of `plan remind` for a unit: its name in the language, with its id. */
export const groupName = (group: RemindGroup, lang: Lang) =>
  group.unit === null
    ? WORDS[lang].unassigned
    : `${lang === 'en' && group.unit.nameEn ? group.unit.nameEn : group.unit.nameZh} (${group.unit.id})`;

/**
 * `plan remind` as text for a terminal or an e-mail: per unit, its items
 * under their first reason (overdue, at risk, not updated, due soon), each
 * with its part (lead or cooperating), project, words, since when or due when.
 */
export function remindText(
  groups: readonly RemindGroup[],
  o: {
    asOf: string;
    cycle: 'year' | 'half' | 'quarter';
    lang: Lang;
    unitName?: string;
    reporting?: { last: DueReport | null; next: DueReport | null };
  },
): string {
  const w = WORDS[o.lang];
  const lines = [w.title(o.asOf, w.cycles[o.cycle]), w.basis];
  if (o.reporting) {
    const { last, next } = o.reporting;
    lines.push(
      w.due(
        last ? w.lastDue(last.id, last.dueBy) : w.noLast,
        next ? w.nextDue(next.id, next.dueBy) : w.noNext,
      ),
    );
  }
  lines.push('');
  if (groups.length === 0) {
    lines.push(o.unitName ? w.nothingFor(o.unitName) : w.nothing);
    return `${lines.join('\n')}\n`;
  }
  for (const group of groups) {
    lines.push(`${groupName(group, o.lang)} — ${w.count(group.items.length)}`);
    if (group.unit === null) lines.push(`  ${w.unassignedLine}`);
    for (const reason of REMIND_REASONS) {
      const items = group.items.filter((item) => item.reasons[0] === reason);
      if (items.length === 0) continue;
      lines.push(`  ${w.reasons[reason]}（${items.length}）`);
      for (const item of items) {
        const status = TRACKING_STATUS_LABELS[item.status].label[o.lang];
        const when = [
          ...(item.since ? [w.since(item.since)] : []),
          ...(item.due ? [w.deadline(item.due)] : []),
        ].join(' · ');
        const part =
          group.unit === null ? '' : `${item.role === 'lead' ? w.lead : w.cooperating} · `;
        const box = item.projectNumber === null ? '' : `${w.box(item.projectNumber)} · `;
        lines.push(
          `    ${item.id}  ${part}${box}${excerpt(item.text, 40)}  [${status}]${when ? `  ${when}` : ''}`,
        );
      }
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
