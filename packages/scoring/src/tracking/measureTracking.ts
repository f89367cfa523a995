import * as z from 'zod';
import { IsoDate } from '../schema/series.js';
import { ScoringInputError } from '../scoringInputError.js';
import {
  MeasureReportLike,
  type MeasureTracking,
  type ReportedStatus,
  type TargetTracking,
} from './schema.js';
import { type TrackingStatus, trackingStatusLabels, worstTrackingStatus } from './statuses.js';

const Options = /* @__PURE__ */ (() =>
  z.object({
    asOf: IsoDate,
    deadline: IsoDate.describe("The measure's deadline: its latest target's, else the plan's end"),
  }))();
const MeasureRef = /* @__PURE__ */ (() =>
  z.object({ id: z.string().min(1), targetIds: z.array(z.string()) }))();

type Report = z.infer<typeof MeasureReportLike>;

/** A report's period as a sortable key (not a real date: every month ends on the 31st here). */
function periodEnd(period: string): string {
  const year = period.slice(0, 4);
  const part = period.slice(5);
  if (part === '') return `${year}-12-31`;
  const endMonth = part.startsWith('H') ? Number(part[1]) * 6 : Number(part[1]) * 3;
  return `${year}-${String(endMonth).padStart(2, '0')}-31`;
}

/** The latest report: the latest period, then the latest written. */
export function latestReport<R extends { period: string; createdAt: string }>(
  reports: readonly R[],
): R | null {
  let latest: R | null = null;
  for (const report of reports) {
    if (
      !latest ||
      periodEnd(report.period) > periodEnd(latest.period) ||
      (periodEnd(report.period) === periodEnd(latest.period) && report.createdAt > latest.createdAt)
    ) {
      latest = report;
    }
  }
  return latest;
}

const label = (status: TrackingStatus) => trackingStatusLabels[status];

/**
 * Where a measure (工作举措) stands, in the one tracking vocabulary.
 *
 * - With targets (`measure.targetIds` found in `targets`): derived from them, the worst of their
 *   statuses (overdue, at risk, not reported, on track, done: a target nobody reported on keeps
 *   the measure from being on track; done only when every target is). When every target is
 *   not reported and a unit has reported, the report stands instead (nothing else to go by).
 *   A reported status that differs from the derived one is kept as `reportedStatus` and flagged
 *   in `conflict` (zh and en), never hidden.
 * - Without targets (deliverables and actions: 出台《…》, 制定…方案): the latest report (latest
 *   period, then latest written; reports written after `asOf` are left out); a deliverable
 *   reported done makes it done; past the deadline anything not done is overdue.
 * - No report and no target figure: not reported, or overdue past the deadline.
 *
 * `percent`: the latest report's percent complete, else the mean progress of its targets (0–100).
 *
 * @throws ScoringInputError naming what is wrong with the measure, targets, reports or options
 */
export function measureTracking(
  measure: { id: string; targetIds: readonly string[] },
  targets: readonly TargetTracking[],
  reports: readonly MeasureReportLike[],
  options: { asOf: string; deadline: string },
): MeasureTracking {
  const m = MeasureRef.safeParse(measure);
  if (!m.success) throw ScoringInputError.fromZod(m.error, 'measure');
  const parsedReports = z.array(MeasureReportLike).safeParse(reports);
  if (!parsedReports.success) throw ScoringInputError.fromZod(parsedReports.error, 'reports');
  const o = Options.safeParse(options);
  if (!o.success) throw ScoringInputError.fromZod(o.error, 'options');
  const asOf = o.data.asOf.slice(0, 10);
  const due = o.data.deadline.slice(0, 10);
  const past = asOf > due;
  const wantedIds = new Set(m.data.targetIds);
  const mine = targets.filter((target) => wantedIds.has(target.targetId));
  const report = latestReport(
    parsedReports.data.filter((r: Report) => r.createdAt.slice(0, 10) <= asOf),
  );
  const reportedStatus: ReportedStatus | null = report ? report.status : null;
  const deliverableDone = report?.deliverable ? report.deliverable.done : null;
  const base = {
    measureId: m.data.id,
    due,
    reportedStatus,
    latestReportPeriod: report ? report.period : null,
    deliverableDone,
  };
  const reportPercent = report?.percent ?? null;

  const allUnreported = mine.every((target) => target.status === 'not_reported');
  if (mine.length > 0 && !(allUnreported && report)) {
    const status = worstTrackingStatus(mine.map((target) => target.status));
    const progress = mine
      .map((target) => target.progress)
      .filter((value): value is number => value !== null);
    const percent =
      reportPercent ??
      (progress.length > 0
        ? Math.round((progress.reduce((a, b) => a + b, 0) / progress.length) * 1000) / 10
        : null);
    const counts = countsText(mine.map((target) => target.status));
    const conflict =
      reportedStatus !== null && status !== 'not_reported' && reportedStatus !== status
        ? {
            zh: `报告状态“${label(reportedStatus).zh}”（${report?.period}）与目标判断“${label(status).zh}”不一致。`,
            en: `The reported status "${label(reportedStatus).en}" (${report?.period}) contradicts the targets' "${label(status).en}".`,
          }
        : null;
    return {
      ...base,
      status,
      derivedFrom: 'targets',
      conflict,
      percent,
      explanation: {
        zh: `由${mine.length}项目标判断（${counts.zh}），取最差者：${label(status).zh}。`,
        en: `From its ${mine.length} targets (${counts.en}), the worst: ${label(status).en}.`,
      },
    };
  }

  if (report) {
    let status: TrackingStatus = report.status;
    if (report.deliverable?.done) status = 'done';
    else if (past && status !== 'done') status = 'overdue';
    const doc = report.deliverable?.document ? `《${report.deliverable.document}》` : '';
    return {
      ...base,
      status,
      derivedFrom: 'reports',
      conflict: null,
      percent: reportPercent,
      explanation: report.deliverable?.done
        ? {
            zh: `${report.period}报告：成果${doc}已完成${report.deliverable.date ? `（${report.deliverable.date}）` : ''}。`,
            en: `Reported for ${report.period}: the deliverable ${doc}is done${report.deliverable.date ? ` (${report.deliverable.date})` : ''}.`,
          }
        : status !== report.status
          ? {
              zh: `${report.period}报告为“${label(report.status).zh}”，但期限${due}已过且未报告完成。`,
              en: `Reported "${label(report.status).en}" for ${report.period}, but the deadline ${due} has passed without it being reported done.`,
            }
          : {
              zh: `${report.period}报告：${label(status).zh}。`,
              en: `Reported for ${report.period}: ${label(status).en}.`,
            },
    };
  }

  const status: TrackingStatus = past ? 'overdue' : 'not_reported';
  return {
    ...base,
    status,
    derivedFrom: 'none',
    conflict: null,
    percent: null,
    explanation: past
      ? {
          zh: `期限${due}已过，没有进展报告${mine.length > 0 ? '，其目标也没有数据' : ''}。`,
          en: `The deadline ${due} has passed with no progress report${mine.length > 0 ? ' and no figure for its targets' : ''}.`,
        }
      : {
          zh: `截至${asOf}没有进展报告${mine.length > 0 ? '，其目标也没有数据' : ''}；期限${due}。`,
          en: `No progress report by ${asOf}${mine.length > 0 ? ' and no figure for its targets' : ''}; deadline ${due}.`,
        },
  };
}

function countsText(statuses: readonly TrackingStatus[]): { zh: string; en: string } {
  const counts = new Map<TrackingStatus, number>();
  for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  const entries = [...counts];
  return {
    zh: entries.map(([status, n]) => `${label(status).zh}${n}项`).join('、'),
    en: entries.map(([status, n]) => `${n} ${label(status).en.toLowerCase()}`).join(', '),
  };
}
