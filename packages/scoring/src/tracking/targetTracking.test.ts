import { describe, expect, it } from 'vitest';
import { ScoringInputError } from '../scoringInputError.js';
import type { TrackableTarget } from './schema.js';
import { targetTracking } from './targetTracking.js';

const start = '2021-01-01';
const schools: TrackableTarget = {
  id: 'T-P09-M2-1',
  kind: 'cumulative',
  comparator: 'eq',
  value: 68,
  unit: { zh: '所', en: 'schools' },
  deadline: { year: 2025 },
  aspirational: false,
};
const coverage: TrackableTarget = {
  id: 'T-C2S3-2',
  kind: 'level',
  comparator: 'gte',
  value: 90,
  unit: { zh: '%', en: '%' },
  deadline: { year: 2025 },
  aspirational: false,
};
const eachDistrict: TrackableTarget = {
  id: 'T-P03-M1-1',
  kind: 'per-unit',
  comparator: 'gte',
  value: 1,
  unit: { zh: '个', en: 'bases' },
  per: { zh: '每个旗区', en: 'each district' },
  deadline: { year: 2025 },
  aspirational: false,
};
const myopia: TrackableTarget = {
  id: 'T-P06-M2-1',
  kind: 'pace',
  comparator: 'gte',
  value: 0.5,
  unit: { zh: '个百分点', en: 'percentage points' },
  per: 'year',
  change: 'decrease',
  deadline: { year: 2025 },
  aspirational: true,
};
const fig = (date: string, value: number, region = 'ordos') => ({ date, value, region });

describe('targetTracking: level targets', () => {
  it('is done once the latest figure meets the target', () => {
    const row = targetTracking(coverage, [fig('2022-12-31', 85), fig('2023-12-31', 91)], {
      asOf: '2024-06-30',
      periodStart: start,
    });
    expect(row).toMatchObject({
      targetId: 'T-C2S3-2',
      kind: 'level',
      status: 'done',
      basis: 'own-figures',
      due: '2025-12-31',
      latest: { date: '2023-12-31', value: 91, region: 'ordos' },
      progress: 1,
    });
  });

  it('is at risk, not on track, when the trend misses it at the deadline: one reading', () => {
    const row = targetTracking(coverage, [fig('2021-12-31', 80), fig('2023-12-31', 81)], {
      asOf: '2024-06-30',
      periodStart: start,
    });
    expect(row.status).toBe('at_risk');
    expect(row.projectedAtDeadline).toBeCloseTo(82, 5);
    expect(row.explanation.zh).toContain('难以完成');
    expect(row.progress).toBeCloseTo(81 / 90, 5);
  });

  it('is on track when the trend meets it, and with one figure (no trend to say otherwise)', () => {
    expect(
      targetTracking(coverage, [fig('2021-12-31', 80), fig('2023-12-31', 86)], {
        asOf: '2024-06-30',
        periodStart: start,
      }).status,
    ).toBe('on_track');
    expect(
      targetTracking(coverage, [fig('2023-12-31', 80)], { asOf: '2024-06-30', periodStart: start })
        .status,
    ).toBe('on_track');
  });

  it('is overdue after the deadline when not met, with or without figures', () => {
    expect(
      targetTracking(coverage, [fig('2025-12-31', 88)], { asOf: '2026-12-02', periodStart: start })
        .status,
    ).toBe('overdue');
    const none = targetTracking(coverage, [], { asOf: '2026-12-02', periodStart: start });
    expect(none.status).toBe('overdue');
    expect(none.latest).toBeNull();
    expect(none.daysToDeadline).toBe(-336);
    expect(none.explanation.zh).toContain('没有报告数据');
    expect(none.explanation.en).toContain('no figure was reported');
  });

  it('is not reported before the deadline without a figure', () => {
    const row = targetTracking(coverage, [], { asOf: '2024-06-30', periodStart: start });
    expect(row.status).toBe('not_reported');
    expect(row.progress).toBeNull();
  });

  it('leaves out figures after the as-of date and figures awaiting review (unless told)', () => {
    const figures = [
      fig('2022-12-31', 80),
      { ...fig('2023-12-31', 95), approved: false },
      fig('2026-12-31', 99),
    ];
    const row = targetTracking(coverage, figures, { asOf: '2024-06-30', periodStart: start });
    expect(row.latest?.value).toBe(80);
    expect(
      targetTracking(coverage, figures, {
        asOf: '2024-06-30',
        periodStart: start,
        includeUnapproved: true,
      }).status,
    ).toBe('done');
  });

  it('judges a decrease-is-better level downwards', () => {
    const ceiling: TrackableTarget = { ...coverage, comparator: 'lte', value: 15 };
    expect(
      targetTracking(ceiling, [fig('2023-12-31', 14)], { asOf: '2024-01-01', periodStart: start })
        .status,
    ).toBe('done');
  });
});

describe('targetTracking: cumulative targets', () => {
  it('counts done-so-far from zero at the plan start and carries the line to the deadline', () => {
    // 41 of 68 schools by the end of 2023: 13.67 a year, about 68.3 by the end of 2025.
    const row = targetTracking(schools, [fig('2023-12-31', 41)], {
      asOf: '2024-06-30',
      periodStart: start,
    });
    expect(row.status).toBe('on_track');
    expect(row.projectedAtDeadline).toBeCloseTo(68.3, 0);
    expect(row.progress).toBeCloseTo(41 / 68, 5);
    expect(row.explanation.zh).toContain('累计完成41所');
  });

  it('is at risk when the projection falls short', () => {
    const row = targetTracking(schools, [fig('2023-12-31', 20)], {
      asOf: '2024-06-30',
      periodStart: start,
    });
    expect(row.status).toBe('at_risk');
    expect(row.projectedAtDeadline).toBeLessThan(68);
    expect(row.explanation.en).toContain('would be missed');
  });

  it('is done at 68 and overdue past the deadline below it', () => {
    expect(
      targetTracking(schools, [fig('2024-12-31', 68)], { asOf: '2025-01-10', periodStart: start })
        .status,
    ).toBe('done');
    expect(
      targetTracking(schools, [fig('2025-12-31', 60)], { asOf: '2026-02-01', periodStart: start })
        .status,
    ).toBe('overdue');
  });
});

describe('targetTracking: per-unit targets', () => {
  const regions = ['dongsheng', 'kangbashi', 'dalad'];

  it('judges a per-旗区 target in each district, done when every one meets it', () => {
    const some = targetTracking(
      eachDistrict,
      [fig('2023-12-31', 1, 'dongsheng'), fig('2023-12-31', 0, 'kangbashi')],
      { asOf: '2024-06-30', periodStart: start, regions },
    );
    expect(some.status).toBe('on_track');
    expect(some.byRegion).toEqual([
      { region: 'dongsheng', value: 1, met: true },
      { region: 'kangbashi', value: 0, met: false },
      { region: 'dalad', value: null, met: null },
    ]);
    expect(some.progress).toBeCloseTo(1 / 3, 5);
    expect(some.explanation.zh).toContain('3个旗区中1个已达到，1个未报告');

    const all = targetTracking(
      eachDistrict,
      regions.map((region) => fig('2024-12-31', 2, region)),
      { asOf: '2025-03-01', periodStart: start, regions },
    );
    expect(all.status).toBe('done');
    expect(all.progress).toBe(1);
  });

  it('is not reported when no district reported, overdue past the deadline when one lags', () => {
    expect(
      targetTracking(eachDistrict, [], { asOf: '2024-06-30', periodStart: start, regions }).status,
    ).toBe('not_reported');
    expect(
      targetTracking(eachDistrict, [fig('2025-12-31', 1, 'dongsheng')], {
        asOf: '2026-12-02',
        periodStart: start,
        regions,
      }).status,
    ).toBe('overdue');
  });

  it('judges any other per-unit target on one city figure, the least unit’s value', () => {
    const weekly: TrackableTarget = {
      ...eachDistrict,
      id: 'T-C3S4-9',
      per: { zh: '每周', en: 'each week' },
      value: 2,
      unit: { zh: '节', en: 'lessons' },
    };
    const row = targetTracking(weekly, [fig('2023-12-31', 2)], {
      asOf: '2024-06-30',
      periodStart: start,
      regions,
    });
    expect(row.status).toBe('done');
    expect(row.byRegion).toBeUndefined();
    expect(row.explanation.en).toContain('least unit');
  });
});

describe('targetTracking: pace targets', () => {
  it('judges each year’s change and the mean against the pace, flagged aspirational', () => {
    const row = targetTracking(myopia, [fig('2021-12-31', -0.8), fig('2022-12-31', -0.3)], {
      asOf: '2023-06-30',
      periodStart: start,
    });
    expect(row.aspirational).toBe(true);
    expect(row.status).toBe('on_track'); // mean fall 0.55 ≥ 0.5
    expect(row.byYear).toEqual([
      { year: 2021, value: -0.8, met: true },
      { year: 2022, value: -0.3, met: false },
    ]);
    expect(row.progress).toBe(0.5);
    expect(row.explanation.zh).toContain('力争目标');
    expect(row.explanation.en).toContain('Aspirational');
  });

  it('is at risk while the mean misses it, lists unreported years, and is judged at the deadline', () => {
    const row = targetTracking(myopia, [fig('2022-12-31', 0.2)], {
      asOf: '2024-03-01',
      periodStart: start,
    });
    expect(row.status).toBe('at_risk');
    expect(row.byYear).toEqual([
      { year: 2021, value: null, met: null },
      { year: 2022, value: 0.2, met: false },
      { year: 2023, value: null, met: null },
    ]);
    const five = [2021, 2022, 2023, 2024, 2025].map((year) => fig(`${year}-12-31`, -0.6));
    expect(targetTracking(myopia, five, { asOf: '2026-02-01', periodStart: start }).status).toBe(
      'done',
    );
    expect(
      targetTracking(myopia, [fig('2025-12-31', -0.1)], { asOf: '2026-02-01', periodStart: start })
        .status,
    ).toBe('overdue');
  });

  it('is not reported, then overdue, without any yearly change', () => {
    expect(targetTracking(myopia, [], { asOf: '2023-01-01', periodStart: start }).status).toBe(
      'not_reported',
    );
    expect(targetTracking(myopia, [], { asOf: '2026-12-02', periodStart: start }).status).toBe(
      'overdue',
    );
  });
});

describe('targetTracking: inputs', () => {
  it('refuses a malformed target, figure or option, naming it', () => {
    expect(() =>
      targetTracking({ ...coverage, value: Number.NaN }, [], {
        asOf: '2024-01-01',
        periodStart: start,
      }),
    ).toThrow(ScoringInputError);
    expect(() =>
      targetTracking(coverage, [fig('2024-02-30', 1)], { asOf: '2024-01-01', periodStart: start }),
    ).toThrow(/figures/);
    expect(() => targetTracking(coverage, [], { asOf: 'soon', periodStart: start })).toThrow(
      /options/,
    );
  });

  it('honours a stated deadline day and says which basis it judged on', () => {
    const row = targetTracking({ ...coverage, deadline: { year: 2023, date: '2023-09-01' } }, [], {
      asOf: '2023-09-01',
      periodStart: start,
      basis: 'indicator',
    });
    expect(row).toMatchObject({ due: '2023-09-01', daysToDeadline: 0, basis: 'indicator' });
    expect(row.status).toBe('not_reported');
  });
});
