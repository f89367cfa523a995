import type { Measure, Project, Target } from '@plan/projects';
import type { Lang } from '../../_lib/localize.js';
import type {
  LatestReport,
  TrackedMeasure,
  TrackedTarget,
  TrackingStatus,
} from '../../tracking/planTracking.types.js';
import { TRACKING_STATUS_LABELS } from '../../tracking/trackingWords.js';
import type { Cell } from '../reportModel.types.js';
import type { TrackingText } from './trackingText.js';

/** The first `length` characters of a text, an ellipsis where it is cut. */
export function excerpt(text: string, length: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= length ? chars.join('') : `${chars.slice(0, length).join('')}…`;
}

/** A tracking status as a chip; its explanation under it. */
export function trackingStatusCell(
  status: TrackingStatus,
  lang: Lang,
  detail: readonly string[] = [],
): Cell {
  const entry = TRACKING_STATUS_LABELS[status];
  return {
    text: entry.label[lang],
    colour: entry.colour,
    ...(detail.length > 0 ? { detail: [...detail] } : {}),
  };
}

/** A measure in a row: its printed number and the start of its text (English: our summary). */
export function measureCell(measure: Measure, lang: Lang): Cell {
  const number = measure.number ?? '';
  if (lang === 'en')
    return { text: `${measure.id} ${measure.summary.en}`, original: excerpt(measure.text, 40) };
  return { text: `${number}${excerpt(measure.text, 60)}`, hint: measure.text, verbatim: true };
}

/** A target in a row, under its measure: the plan's words. */
export function targetCell(
  target: Target,
  tracked: TrackedTarget | undefined,
  t: TrackingText,
): Cell {
  return {
    text: `· ${target.text}`,
    verbatim: true,
    context: `${target.id}${tracked?.aspirational || target.aspirational ? ` · ${t.aspirational}` : ''}`,
  };
}

/** The status of a measure, with its explanation and, where a report contradicts its targets, the flag. */
export function measureStatusCell(tracked: TrackedMeasure, lang: Lang, t: TrackingText): Cell {
  return trackingStatusCell(tracked.status, lang, [
    tracked.explanation[lang],
    ...(tracked.conflict ? [`⚠ ${t.conflict}：${tracked.conflict[lang]}`] : []),
  ]);
}

/** A report in a few words: period, status, percent, who, and the start of the narrative. */
export function latestReportCell(
  report: LatestReport | null,
  lang: Lang,
  t: TrackingText,
  unitNameOf: (id: string) => string,
): Cell {
  if (!report) return { text: t.noReport, muted: true };
  const status = (TRACKING_STATUS_LABELS as Record<string, { label: { zh: string; en: string } }>)[
    report.status
  ];
  const head = [
    report.period,
    status ? status.label[lang] : report.status,
    ...(report.percent !== null && report.percent !== undefined ? [t.percent(report.percent)] : []),
  ].join(' · ');
  const who = report.unit ? unitNameOf(report.unit) : (report.reporter ?? null);
  return {
    text: head,
    detail: [
      ...(report.narrative ? [excerpt(report.narrative, 80)] : []),
      ...(report.deliverable ? [deliverableText(report.deliverable, t)] : []),
      ...(report.evidence && report.evidence.length > 0
        ? [
            t.evidence(
              report.evidence
                .map((each) => (each.url ? `${each.name} <${each.url}>` : each.name))
                .join('、'),
            ),
          ]
        : []),
      ...(who ? [t.reportedBy(who)] : []),
      report.createdAt.slice(0, 10),
    ],
  };
}

/** A deliverable (出台《…》): done or not, when, the document. */
function deliverableText(
  deliverable: NonNullable<LatestReport['deliverable']>,
  t: TrackingText,
): string {
  return [
    deliverable.done ? t.deliverableDone : t.deliverableNotDone,
    ...(deliverable.date ? [deliverable.date] : []),
    ...(deliverable.document ? [deliverable.document] : []),
  ].join(' ');
}

/** A target's latest figure: value, date, region. */
export function latestFigureCell(tracked: TrackedTarget | undefined, t: TrackingText): Cell {
  if (!tracked?.latest) return { text: t.noFigure, muted: true };
  return {
    text: String(tracked.latest.value),
    detail: [tracked.latest.date, tracked.latest.region],
  };
}

/** Where an item sits: 专栏 number and project name. */
export function projectName(project: Project | undefined, lang: Lang, t: TrackingText): string {
  return project ? `${t.box(project.box.number)} ${project.name[lang]}` : '';
}
