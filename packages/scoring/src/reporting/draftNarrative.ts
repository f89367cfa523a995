import { ScoringInputError } from '../scoringInputError.js';
import type { trackingStatusLabels } from '../tracking/statuses.js';
import { zhDay } from './_lib/dates.js';
import { type StatusCategory, statusCategoryOf, statusLabelOf } from './_lib/statusCategory.js';
import { NarrativeDraftInput } from './narrativeDraftInput.js';
import { type NarrativeSection, reportKindLabels } from './reportKinds.js';

type Text = { zh: string; en: string };
type Item = { name: Text; detail: Text | null };

/** How many names a list prints before "and N more": a draft, not the report's tables. */
const LISTED = 10;

function list(items: readonly Item[]): Text {
  const shown = items.slice(0, LISTED);
  const rest = items.length - shown.length;
  const zh = shown.map((i) => (i.detail ? `${i.name.zh}（${i.detail.zh}）` : i.name.zh)).join('、');
  const en = shown.map((i) => (i.detail ? `${i.name.en} (${i.detail.en})` : i.name.en)).join('; ');
  return rest > 0 ? { zh: `${zh}等${items.length}项`, en: `${en}; and ${rest} more` } : { zh, en };
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Completion as the report shows it: capped at 100% and marked 超额完成 above it. */
function completionText(completion: number | null): Text | null {
  if (completion === null) return null;
  if (completion > 1) return { zh: '超额完成', en: 'exceeded' };
  return { zh: `完成进度${percent(completion)}`, en: `completion ${percent(completion)}` };
}

function join(...parts: (Text | null)[]): Text | null {
  const present = parts.filter((p): p is Text => p !== null);
  if (present.length === 0) return null;
  return { zh: present.map((p) => p.zh).join('，'), en: present.map((p) => p.en).join(', ') };
}

const paragraphs = (parts: readonly Text[]): Text => ({
  zh: parts.map((p) => p.zh).join('\n'),
  en: parts.map((p) => p.en).join('\n'),
});

/**
 * A first draft of the three written sections (成效, 问题, 下一步) from the figures, for the
 * author to edit. It never invents a fact: every sentence is a count, a name, a status label or a
 * completion figure from the input, and the next steps end with a bracketed request for the
 * measures only the author knows. Completion above 100% is written 超额完成 (capped, as the
 * report shows it). Lists name at most ten items, then the count.
 *
 * @throws ScoringInputError naming every bad field of the input
 * @example
 *   draftNarrative({ kind: 'final', asOf: '2025-12-31', indicators: [
 *     { name: { zh: '学前三年毛入园率', en: 'Preschool gross enrolment' }, status: 'achieved', completion: 1.2 },
 *   ] }).achievements.zh;
 *   // '截至2025年12月31日，本次总结评估共评估1项指标：已实现目标1项，…\n已实现目标的指标：学前三年毛入园率（超额完成）。'
 */
export function draftNarrative(input: NarrativeDraftInput): Record<NarrativeSection, Text> {
  const parsed = NarrativeDraftInput.safeParse(input);
  if (!parsed.success) throw ScoringInputError.fromZod(parsed.error, 'narrative draft input');
  const { kind, asOf, method, indicators } = parsed.data;
  const tracking = parsed.data.tracking ?? [];

  const by: Record<StatusCategory, { item: Item; completion: number | null }[]> = {
    met: [],
    on_course: [],
    lagging: [],
    unknown: [],
  };
  for (const indicator of indicators) {
    const category = statusCategoryOf(indicator.status) as StatusCategory;
    const completion = completionText(indicator.completion);
    const detail =
      category === 'met' || category === 'on_course'
        ? completion
        : join(statusLabelOf(indicator.status, method), completion);
    by[category].push({ item: { name: indicator.name, detail }, completion: indicator.completion });
  }
  // The furthest behind first.
  by.lagging.sort(
    (a, b) =>
      (a.completion ?? Number.POSITIVE_INFINITY) - (b.completion ?? Number.POSITIVE_INFINITY),
  );
  const items = (category: StatusCategory) => by[category].map((entry) => entry.item);
  const tasks = (status: keyof typeof trackingStatusLabels) =>
    tracking
      .filter((task) => task.status === status)
      .map((task) => ({ name: task.name, detail: null }));

  const day = { zh: zhDay(asOf), en: asOf };
  const kindLabel = reportKindLabels[kind];
  const counts = {
    met: by.met.length,
    on: by.on_course.length,
    lag: by.lagging.length,
    unknown: by.unknown.length,
  };

  const achievements: Text[] = [];
  if (indicators.length === 0) {
    achievements.push({
      zh: `截至${day.zh}，本次${kindLabel.zh}未纳入指标。`,
      en: `As of ${day.en}, this ${kindLabel.en.toLowerCase()} covers no indicators.`,
    });
  } else {
    achievements.push({
      zh: `截至${day.zh}，本次${kindLabel.zh}共评估${indicators.length}项指标：已实现目标${counts.met}项，进展符合或快于预期${counts.on}项，进展滞后或需加快${counts.lag}项，无法评估${counts.unknown}项。`,
      en: `As of ${day.en}, this ${kindLabel.en.toLowerCase()} judged ${indicators.length} indicators: ${counts.met} achieved their targets, ${counts.on} are on or ahead of schedule, ${counts.lag} are behind or need to speed up, ${counts.unknown} could not be judged.`,
    });
    if (counts.met > 0) {
      const names = list(items('met'));
      achievements.push({
        zh: `已实现目标的指标：${names.zh}。`,
        en: `Targets achieved: ${names.en}.`,
      });
    }
    if (counts.on > 0) {
      const names = list(items('on_course'));
      achievements.push({
        zh: `进展符合或快于预期的指标：${names.zh}。`,
        en: `On or ahead of schedule: ${names.en}.`,
      });
    }
    if (counts.met === 0 && counts.on === 0) {
      achievements.push({
        zh: '尚无指标已实现目标或进展符合预期。',
        en: 'No indicator has achieved its target or is on schedule yet.',
      });
    }
  }
  if (tracking.length > 0) {
    const done = tasks('done');
    achievements.push({
      zh: `重点任务${tracking.length}项中，已完成${done.length}项，按计划推进${tasks('on_track').length}项${done.length > 0 ? `；已完成：${list(done).zh}` : ''}。`,
      en: `Of ${tracking.length} tasks, ${done.length} are done and ${tasks('on_track').length} on track${done.length > 0 ? `; done: ${list(done).en}` : ''}.`,
    });
  }

  const problems: Text[] = [];
  if (counts.lag > 0) {
    const names = list(items('lagging'));
    problems.push({
      zh: `进展滞后或需加快的指标${counts.lag}项：${names.zh}。`,
      en: `${counts.lag} indicators are behind or need to speed up: ${names.en}.`,
    });
  }
  if (counts.unknown > 0) {
    const names = list(items('unknown'));
    problems.push({
      zh: `无法评估的指标${counts.unknown}项：${names.zh}。`,
      en: `${counts.unknown} indicators could not be judged: ${names.en}.`,
    });
  }
  const taskProblems = [
    { status: 'overdue', zh: '逾期未完成的任务', en: 'tasks are overdue' },
    { status: 'at_risk', zh: '存在风险的任务', en: 'tasks are at risk' },
    { status: 'not_reported', zh: '未报告进展的任务', en: 'tasks have no progress report' },
  ] as const;
  for (const { status, zh, en } of taskProblems) {
    const found = tasks(status);
    if (found.length > 0) {
      const names = list(found);
      problems.push({
        zh: `${zh}${found.length}项：${names.zh}。`,
        en: `${found.length} ${en}: ${names.en}.`,
      });
    }
  }
  if (problems.length === 0) {
    problems.push({
      zh: '按现有数据，未发现进展滞后、无法评估或逾期的指标和任务。',
      en: 'By the data at hand, no indicator or task is behind, unjudged or overdue.',
    });
  }

  const nextSteps: Text[] = [];
  if (counts.lag > 0) {
    nextSteps.push({
      zh: `加快推进进展滞后的${counts.lag}项指标：${list(items('lagging').map((i) => ({ name: i.name, detail: null }))).zh}。`,
      en: `Speed up the ${counts.lag} indicators behind schedule: ${list(items('lagging').map((i) => ({ name: i.name, detail: null }))).en}.`,
    });
  }
  if (counts.unknown > 0) {
    nextSteps.push({
      zh: `补充${counts.unknown}项无法评估指标的监测数据。`,
      en: `Supply the monitoring data of the ${counts.unknown} indicators that could not be judged.`,
    });
  }
  const overdue = tasks('overdue').length;
  const atRisk = tasks('at_risk').length;
  if (overdue + atRisk > 0) {
    nextSteps.push({
      zh: `督办逾期未完成的${overdue}项任务和存在风险的${atRisk}项任务。`,
      en: `Follow up the ${overdue} overdue and ${atRisk} at-risk tasks.`,
    });
  }
  const unreported = tasks('not_reported').length;
  if (unreported > 0) {
    nextSteps.push({
      zh: `督促报送${unreported}项未报告任务的进展。`,
      en: `Ask for progress reports on the ${unreported} unreported tasks.`,
    });
  }
  if (nextSteps.length === 0) {
    nextSteps.push({
      zh: '按现有数据，各项指标和任务均已完成或进展符合预期。',
      en: 'By the data at hand, every indicator and task is done or on schedule.',
    });
  }
  nextSteps.push({
    zh: '〔请补充具体措施、责任单位和完成时限。〕',
    en: '[Add the specific measures, responsible units and deadlines.]',
  });

  return {
    achievements: paragraphs(achievements),
    problems: paragraphs(problems),
    next_steps: paragraphs(nextSteps),
  };
}
