import { describe, expect, it } from 'vitest';
import { ScoringInputError } from '../scoringInputError.js';
import { latestReport, measureTracking } from './measureTracking.js';
import type { TargetTracking, TrackingStatus } from './schema.js';

const target = (
  id: string,
  status: TrackingStatus,
  progress: number | null = null,
): TargetTracking => ({
  targetId: id,
  kind: 'cumulative',
  status,
  aspirational: false,
  due: '2025-12-31',
  daysToDeadline: 500,
  latest: null,
  progress,
  projectedAtDeadline: null,
  basis: 'own-figures',
  explanation: { zh: '', en: '' },
});
const report = (
  period: string,
  status: 'done' | 'on_track' | 'at_risk' | 'overdue',
  extra = {},
) => ({
  period,
  status,
  createdAt: `${period.slice(0, 4)}-12-20T10:00:00Z`,
  ...extra,
});
const o = { asOf: '2024-06-30', deadline: '2025-12-31' };
const measure = { id: 'P08-M2', targetIds: ['T-P08-M2-1', 'T-P08-M2-2'] };

describe('measureTracking: a measure with targets', () => {
  it('derives the worst of its targets and the mean progress', () => {
    const row = measureTracking(
      measure,
      [
        target('T-P08-M2-1', 'done', 1),
        target('T-P08-M2-2', 'at_risk', 0.5),
        target('T-X', 'overdue'),
      ],
      [],
      o,
    );
    expect(row).toMatchObject({
      measureId: 'P08-M2',
      status: 'at_risk',
      derivedFrom: 'targets',
      reportedStatus: null,
      conflict: null,
      percent: 75,
      due: '2025-12-31',
    });
    expect(row.explanation.zh).toContain('取最差者：存在风险');
  });

  it('is done only when every target is done; a target nobody reported keeps it from on track', () => {
    expect(
      measureTracking(measure, [target('T-P08-M2-1', 'done'), target('T-P08-M2-2', 'done')], [], o)
        .status,
    ).toBe('done');
    expect(
      measureTracking(
        measure,
        [target('T-P08-M2-1', 'on_track'), target('T-P08-M2-2', 'not_reported')],
        [],
        o,
      ).status,
    ).toBe('not_reported');
  });

  it('flags a reported status that contradicts its targets, and keeps both', () => {
    const row = measureTracking(
      measure,
      [target('T-P08-M2-1', 'at_risk'), target('T-P08-M2-2', 'on_track')],
      [report('2023', 'done', { percent: 100 })],
      o,
    );
    expect(row.status).toBe('at_risk');
    expect(row.reportedStatus).toBe('done');
    expect(row.percent).toBe(100);
    expect(row.conflict?.zh).toBe('报告状态“已完成”（2023）与目标判断“存在风险”不一致。');
    expect(row.conflict?.en).toContain('contradicts');
  });

  it('takes the report when no target has a figure yet, and is not flagged then', () => {
    const row = measureTracking(
      measure,
      [target('T-P08-M2-1', 'not_reported'), target('T-P08-M2-2', 'not_reported')],
      [report('2023', 'on_track')],
      o,
    );
    expect(row).toMatchObject({ status: 'on_track', derivedFrom: 'reports', conflict: null });
  });
});

describe('measureTracking: a measure without targets', () => {
  const action = { id: 'P01-M1', targetIds: [] };

  it('takes the latest report: latest period, then latest written, none written after as-of', () => {
    const reports = [
      report('2022', 'at_risk'),
      report('2023-H1', 'on_track'),
      { ...report('2023-H1', 'at_risk'), createdAt: '2023-12-21T00:00:00Z' },
      { ...report('2024', 'done'), createdAt: '2024-07-01T00:00:00Z' },
    ];
    const row = measureTracking(action, [], reports, o);
    expect(row).toMatchObject({
      status: 'at_risk',
      derivedFrom: 'reports',
      reportedStatus: 'at_risk',
      latestReportPeriod: '2023-H1',
    });
  });

  it('is done when the deliverable is reported done, with the document', () => {
    const row = measureTracking(
      action,
      [],
      [
        report('2022', 'on_track', {
          deliverable: { done: true, date: '2022-05-01', document: '鄂尔多斯市学前教育实施方案' },
        }),
      ],
      { asOf: '2026-12-02', deadline: '2025-12-31' },
    );
    expect(row.status).toBe('done');
    expect(row.deliverableDone).toBe(true);
    expect(row.explanation.zh).toContain('《鄂尔多斯市学前教育实施方案》已完成（2022-05-01）');
  });

  it('is overdue past the deadline unless reported done', () => {
    const row = measureTracking(action, [], [report('2024', 'on_track')], {
      asOf: '2026-12-02',
      deadline: '2025-12-31',
    });
    expect(row.status).toBe('overdue');
    expect(row.reportedStatus).toBe('on_track');
    expect(row.explanation.en).toContain('deadline 2025-12-31 has passed');
  });

  it('is not reported without a report, overdue past the deadline', () => {
    expect(measureTracking(action, [], [], o)).toMatchObject({
      status: 'not_reported',
      derivedFrom: 'none',
      percent: null,
    });
    expect(
      measureTracking(action, [], [], { asOf: '2026-12-02', deadline: '2025-12-31' }).status,
    ).toBe('overdue');
  });

  it('refuses a report with an unknown status or period', () => {
    expect(() => measureTracking(action, [], [report('2024', 'late' as never)], o)).toThrow(
      ScoringInputError,
    );
    expect(() => measureTracking(action, [], [report('2024-M3', 'done')], o)).toThrow(/reports/);
  });
});

describe('latestReport', () => {
  it('orders a year after its halves and quarters, then by when written', () => {
    expect(
      latestReport([report('2024', 'done'), report('2024-Q3', 'at_risk'), report('2023', 'done')])
        ?.period,
    ).toBe('2024');
    expect(latestReport([report('2024-Q2', 'done'), report('2024-H1', 'at_risk')])?.period).toBe(
      '2024-Q2',
    );
    expect(latestReport([])).toBeNull();
  });
});
