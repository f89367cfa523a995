import { describe, expect, it } from 'vitest';
import { statusLabels } from '../statusLabels.js';
import {
  reportedStatuses,
  trackingStatuses,
  trackingStatusLabels,
  worstTrackingStatus,
} from './statuses.js';

describe('the tracking vocabulary', () => {
  it('names five statuses with the agreed zh and en labels', () => {
    expect(trackingStatuses).toEqual(['done', 'on_track', 'at_risk', 'overdue', 'not_reported']);
    expect(Object.values(trackingStatusLabels).map((label) => label.zh)).toEqual([
      '已完成',
      '按计划推进',
      '存在风险',
      '逾期未完成',
      '未报告',
    ]);
    expect(trackingStatusLabels.at_risk.en).toBe('At risk');
    expect(reportedStatuses).toEqual(['done', 'on_track', 'at_risk', 'overdue']);
  });

  it('is in statusLabels as tracking, with colour and rank, without becoming a method', () => {
    expect(statusLabels.tracking.overdue).toEqual({
      label: { zh: '逾期未完成', en: 'Overdue' },
      colour: '#cf222e',
      rank: 0,
    });
    expect(statusLabels.tracking.done.rank).toBe(3);
    expect(statusLabels.tracking.not_reported.rank).toBeNull();
    expect(Object.keys(statusLabels.tracking)).toEqual([...trackingStatuses]);
    // The viewer and the CLI list methods from statusLabels' keys.
    expect(Object.keys(statusLabels)).toEqual([
      'time-progress',
      'open-sdg',
      'unsd-2023',
      'weather',
      'sdsn',
    ]);
  });

  it('rolls several statuses into the worst: overdue, at risk, not reported, on track, done', () => {
    expect(worstTrackingStatus(['done', 'on_track'])).toBe('on_track');
    expect(worstTrackingStatus(['done', 'not_reported', 'on_track'])).toBe('not_reported');
    expect(worstTrackingStatus(['not_reported', 'at_risk'])).toBe('at_risk');
    expect(worstTrackingStatus(['at_risk', 'overdue', 'done'])).toBe('overdue');
    expect(worstTrackingStatus(['done', 'done'])).toBe('done');
    expect(worstTrackingStatus([])).toBe('not_reported');
  });
});
