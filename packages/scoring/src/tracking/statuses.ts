// The one status vocabulary of implementation tracking (抓落实): indicators, targets and measures
// all end up in these five words, so a row never carries two readings of one thing.

/** Tracking statuses, best first; `not_reported` last as "cannot tell". */
export const trackingStatuses = ['done', 'on_track', 'at_risk', 'overdue', 'not_reported'] as const;
/**
 * Where an indicator, target or measure stands: `done` (met), `on_track` (not yet due and neither the
 * trend nor the latest report says it will be missed), `at_risk` (not yet due, but the trend or the
 * latest report says it will be missed), `overdue` (deadline passed, not met), `not_reported` (nothing
 * to judge by).
 */
export type TrackingStatus = (typeof trackingStatuses)[number];

/** What a unit may report for a measure: the same words, without "not reported". */
export const reportedStatuses = ['done', 'on_track', 'at_risk', 'overdue'] as const;

/**
 * Labels and colours in the red/yellow/green of 督查督办 (red = overdue, yellow = behind but
 * recoverable, green = done; blue = on schedule), grey for nothing reported.
 */
export const trackingStatusLabels = {
  done: { zh: '已完成', en: 'Done', colour: '#2da44e' },
  on_track: { zh: '按计划推进', en: 'On track', colour: '#54aeff' },
  at_risk: { zh: '存在风险', en: 'At risk', colour: '#d4a72c' },
  overdue: { zh: '逾期未完成', en: 'Overdue', colour: '#cf222e' },
  not_reported: { zh: '未报告', en: 'Not reported', colour: '#8c959f' },
} as const satisfies Record<TrackingStatus, { zh: string; en: string; colour: string }>;

/** Rank from worst (0) upwards, null for "cannot tell", as statusLabels ranks every status. */
export const trackingStatusRanks = {
  done: 3,
  on_track: 2,
  at_risk: 1,
  overdue: 0,
  not_reported: null,
} as const satisfies Record<TrackingStatus, number | null>;

/**
 * How bad a status is for a roll-up of several into one (higher = worse): overdue, then at risk,
 * then not reported (a part nobody reported on keeps the whole from being on track), on track, done.
 */
export const trackingSeverity: Record<TrackingStatus, number> = {
  done: 0,
  on_track: 1,
  not_reported: 2,
  at_risk: 3,
  overdue: 4,
};

/** The worst of several statuses (`trackingSeverity`); `not_reported` for none. */
export function worstTrackingStatus(statuses: readonly TrackingStatus[]): TrackingStatus {
  let worst: TrackingStatus | null = null;
  for (const status of statuses) {
    if (worst === null || trackingSeverity[status] > trackingSeverity[worst]) worst = status;
  }
  return worst ?? 'not_reported';
}
