import { indicatorById, ordosPlan } from '@plan/indicators';
import { describe, expect, it } from 'vitest';
import { assessIndicator } from './assessIndicator.js';
import type { Method } from './schema/assessInput.js';
import { IndicatorAssessment } from './schema/indicatorAssessment.js';

const methods: Method[] = ['time-progress', 'open-sdg', 'unsd-2023', 'weather', 'sdsn'];

describe('assessIndicator', () => {
  describe('a plain row (学前三年入园率 98.5 → 99, 内蒙古 94.4 → ≥95.0)', () => {
    const preschool = indicatorById('preschool-enrolment-rate');
    const observations = [
      { indicatorId: 'preschool-enrolment-rate', year: 2021, value: 98.6 },
      { indicatorId: 'preschool-enrolment-rate', year: 2022, value: 98.7 },
      { indicatorId: 'preschool-enrolment-rate', year: 2023, value: 98.8 },
    ];

    it('scores it by every method, each result carrying its own figures', () => {
      const results = methods.map((method) =>
        assessIndicator(preschool, observations, { method, asOf: '2024-03-31' }),
      );
      expect(results.map((result) => result.status)).toEqual([
        'on_track',
        'substantial_progress',
        'On track or target met',
        'sun',
        'on_track',
      ]);
      for (const result of results) {
        expect(result.quantities).toHaveLength(1);
        expect(result.quantities[0]?.baseline).toEqual({
          time: '2020',
          value: 98.5,
          printed: '98.5',
          from: 'plan',
        });
        expect(result.quantities[0]?.result?.method).toBe(result.method);
        expect(IndicatorAssessment.safeParse(result).success).toBe(true);
      }
    });

    it('compares the latest value with the benchmark region’s baseline and target', () => {
      const result = assessIndicator(preschool, observations, { method: 'open-sdg' });
      expect(result.quantities[0]?.benchmark).toMatchObject({
        region: 'inner-mongolia',
        value: 98.8,
        baseline: 94.4,
        target: 95,
        targetComparator: 'gte',
        gapToBaseline: 4.4,
        gapToTarget: 3.8,
        meetsTarget: true,
        colour: 'green',
      });
      // The benchmark's name comes from the plan (its region 内蒙古自治区), as in assessPlan.
      expect(result.quantities[0]?.benchmark?.explanation.zh).toContain('与内蒙古自治区比较');
    });

    it('reports missing data as missing, not as zero', () => {
      const result = assessIndicator(preschool, [], { method: 'open-sdg' });
      expect(result.status).toBe('not_available');
      expect(result.missing).toBe(true);
      expect(result.score).toBeNull();
    });

    it('leaves out observations of other indicators and regions, and those after asOf', () => {
      const result = assessIndicator(
        preschool,
        [
          ...observations,
          { indicatorId: 'student-myopia-rate', year: 2023, value: 57 },
          { indicatorId: 'preschool-enrolment-rate', region: 'dalad', year: 2023, value: 10 },
        ],
        { method: 'time-progress', asOf: '2022-12-31' },
      );
      expect(result.quantities[0]?.latest).toEqual({ time: '2022', value: 98.7 });
    });

    it('is missing when asOf is before the plan starts, and judged against the target after it ends', () => {
      expect(
        assessIndicator(preschool, observations, { method: 'time-progress', asOf: '2020-06-30' })
          .missing,
      ).toBe(true);
      const late = assessIndicator(
        preschool,
        [...observations, { indicatorId: 'preschool-enrolment-rate', year: 2025, value: 98.9 }],
        { method: 'time-progress', asOf: '2026-06-30' },
      );
      expect(late.status).toBe('behind');
      expect(late.explanation.en).toContain('has passed');
    });

    it('refuses observations that cannot belong to it, with their index in the array given', () => {
      expect(() =>
        assessIndicator(
          preschool,
          [
            { indicatorId: 'student-myopia-rate', year: 2023, value: 57 },
            { indicatorId: 'preschool-enrolment-rate', year: 2023, value: 140 },
          ],
          { method: 'open-sdg' },
        ),
      ).toThrow(/\[1\]\.value: 140 is above 100/);
    });

    it('refuses bad options', () => {
      expect(() => assessIndicator(preschool, [], { method: 'linear' as Method })).toThrow(
        /Invalid options:\n- method/,
      );
      expect(() =>
        assessIndicator(preschool, [], { method: 'open-sdg', asOf: '2024-13-01' }),
      ).toThrow(/asOf/);
    });
  });

  it('scores a decrease-is-better row (中小学生近视眼率 58 → 56)', () => {
    const result = assessIndicator(
      indicatorById('student-myopia-rate'),
      [{ indicatorId: 'student-myopia-rate', year: 2023, value: 57 }],
      { method: 'time-progress' },
    );
    expect(result.quantities[0]?.direction).toBe('decrease');
    expect(result.status).toBe('behind');
    expect(result.score).toBe(0.5);
  });

  describe('a ratio row (职普比例 35：65 → 40：60)', () => {
    const ratio = indicatorById('vocational-general-ratio');
    const at = (share: number) => [
      {
        indicatorId: 'vocational-general-ratio',
        year: 2023,
        value: { ratio: [share, 100 - share] },
      },
    ];

    it('is scored on the vocational share, against the band 40–50', () => {
      const result = assessIndicator(ratio, at(38), { method: 'time-progress' });
      expect(result.scoredOn?.zh).toContain('中职占比');
      expect(result.quantities[0]?.baseline?.value).toBe(35);
      expect(result.quantities[0]?.target).toMatchObject({
        value: 40,
        upper: 50,
        comparator: 'between',
      });
      expect(result.score).toBe(0.6);
      expect(result.status).toBe('on_track');
      expect(result.explanation.zh.startsWith('按中职占比')).toBe(true);
    });

    it('is achieved inside the band', () => {
      expect(assessIndicator(ratio, at(45), { method: 'time-progress' }).status).toBe('achieved');
      expect(assessIndicator(ratio, at(45), { method: 'open-sdg' }).status).toBe('target_achieved');
    });

    it('is not achieved above the band', () => {
      expect(assessIndicator(ratio, at(55), { method: 'time-progress' }).achieved).toBe(false);
    });
  });

  describe('a split row (双师型教师比例 中职 58 → 60, 高职 40 → 70)', () => {
    const split = indicatorById('dual-qualified-teachers-share');
    const observations = [
      {
        indicatorId: 'dual-qualified-teachers-share',
        year: 2022,
        value: { parts: { secondary: 59, higher: 52 } },
      },
      {
        indicatorId: 'dual-qualified-teachers-share',
        year: 2023,
        value: { parts: { secondary: 59.5, higher: 55 } },
      },
    ];

    it('is scored per part, then combined: the worst part for time-progress', () => {
      const result = assessIndicator(split, observations, { method: 'time-progress' });
      expect(result.quantities.map((quantity) => [quantity.part, quantity.result?.status])).toEqual(
        [
          ['secondary', 'ahead'],
          ['higher', 'behind'],
        ],
      );
      expect(result.status).toBe('behind');
      expect(result.combination).toEqual({ rule: 'worst_of', assessed: 2 });
      expect(result.score).toBeCloseTo((0.75 + 0.5) / 2, 6);
      expect(result.explanation.zh).toContain('中职：');
      expect(result.explanation.zh).toContain('高职：');
    });

    it('averages the part scores for open-sdg, as sdg-build does for several series', () => {
      const result = assessIndicator(split, observations, { method: 'open-sdg' });
      const scores = result.quantities.map((quantity) => quantity.result?.score as number);
      expect(result.score).toBeCloseTo((scores[0] as number) / 2 + (scores[1] as number) / 2, 6);
      expect(result.combination?.rule).toBe('mean_score');
    });

    it('counts the target achieved only when every part achieves it', () => {
      const one = [
        {
          indicatorId: 'dual-qualified-teachers-share',
          year: 2023,
          value: { parts: { secondary: 61, higher: 55 } },
        },
      ];
      const result = assessIndicator(split, one, { method: 'open-sdg' });
      expect(result.quantities[0]?.result?.status).toBe('target_achieved');
      expect(result.status).not.toBe('target_achieved');
      expect(result.achieved).toBe(false);
      const both = [
        {
          indicatorId: 'dual-qualified-teachers-share',
          year: 2023,
          value: { parts: { secondary: 61, higher: 71 } },
        },
      ];
      expect(assessIndicator(split, both, { method: 'open-sdg' }).status).toBe('target_achieved');
    });

    it('compares each part with the benchmark', () => {
      const result = assessIndicator(split, observations, { method: 'open-sdg' });
      expect(result.quantities.map((quantity) => quantity.benchmark?.meetsTarget)).toEqual([
        true,
        true,
      ]);
    });

    it('assesses the parts that have data and leaves the others out of the combination', () => {
      const result = assessIndicator(
        split,
        [
          {
            indicatorId: 'dual-qualified-teachers-share',
            year: 2023,
            value: { parts: { higher: 55 } },
          },
        ],
        { method: 'time-progress' },
      );
      expect(result.quantities[0]?.result?.status).toBe('no_data');
      expect(result.status).toBe('behind');
      expect(result.combination?.assessed).toBe(1);
    });
  });

  describe('comparators and counts', () => {
    it('reads ＞20 strictly (兼职教师占比)', () => {
      const row = indicatorById('part-time-teachers-share');
      const at = (value: number) =>
        assessIndicator(row, [{ indicatorId: row.id, year: 2023, value }], {
          method: 'time-progress',
        });
      expect(at(20).achieved).toBe(false);
      expect(at(20.5).achieved).toBe(true);
    });

    it('scores a count from a zero baseline (新建学校 0 → 1)', () => {
      const row = indicatorById('new-secondary-vocational-schools');
      const open = assessIndicator(row, [{ indicatorId: row.id, year: 2023, value: 0 }], {
        method: 'open-sdg',
      });
      const components = open.quantities[0]?.result?.components as { baseValueUsed: number };
      expect(components.baseValueUsed).toBe(0.001);
      const done = assessIndicator(row, [{ indicatorId: row.id, year: 2023, value: 1 }], {
        method: 'time-progress',
      });
      expect(done.status).toBe('achieved');
    });
  });

  describe('an absent baseline (现代产业学院 "-" → 4)', () => {
    const row = indicatorById('modern-industry-colleges');
    it('takes the first observation as the base, and says so', () => {
      const result = assessIndicator(
        row,
        [
          { indicatorId: row.id, year: 2021, value: 1 },
          { indicatorId: row.id, year: 2023, value: 3 },
        ],
        { method: 'time-progress' },
      );
      expect(result.quantities[0]?.baseline).toEqual({
        time: '2021',
        value: 1,
        printed: null,
        from: 'observation',
      });
      expect(result.notes[0]?.en).toContain('first observation');
      expect(result.score).toBeCloseTo(2 / 3, 6);
    });
    it('is missing without observations', () => {
      const result = assessIndicator(row, [], { method: 'time-progress' });
      expect(result.missing).toBe(true);
      expect(result.quantities[0]?.result).toBeNull();
      expect(result.explanation.en).toBe('No value to start from: cannot be assessed.');
    });
  });

  describe('regions', () => {
    it('uses the benchmark region’s own baseline and target, and sees a target met at baseline', () => {
      const row = indicatorById('public-kindergarten-enrolment-share');
      const result = assessIndicator(row, [], { method: 'open-sdg', region: 'inner-mongolia' });
      expect(result.quantities[0]?.baseline?.value).toBe(55);
      expect(result.quantities[0]?.target).toMatchObject({
        value: 55,
        comparator: 'gte',
        from: 'plan',
      });
      expect(result.status).toBe('target_achieved');
      expect(result.quantities[0]?.benchmark).toBeNull();
    });

    it('applies the city’s target to a banner, with its own observations as the base', () => {
      const row = indicatorById('student-myopia-rate');
      const result = assessIndicator(
        row,
        [
          { indicatorId: row.id, region: 'dalad', year: 2021, value: 60 },
          { indicatorId: row.id, region: 'dalad', year: 2023, value: 58 },
          { indicatorId: row.id, year: 2023, value: 57 },
        ],
        { method: 'open-sdg', region: 'dalad' },
      );
      expect(result.region).toBe('dalad');
      expect(result.quantities[0]?.baseline).toMatchObject({
        time: '2021',
        value: 60,
        from: 'observation',
      });
      expect(result.quantities[0]?.target).toMatchObject({ value: 56, from: 'subject' });
      expect(result.notes.map((note) => note.en).join(' ')).toContain("city's target");
    });
  });

  it('keeps the plan’s baseline over an observation for the base year, and notes the difference', () => {
    const row = indicatorById('student-obesity-rate');
    const result = assessIndicator(
      row,
      [
        { indicatorId: row.id, year: 2020, value: 19.4 },
        { indicatorId: row.id, year: 2023, value: 17 },
      ],
      { method: 'unsd-2023' },
    );
    expect(result.quantities[0]?.baseline?.value).toBe(19);
    expect(result.notes[0]?.zh).toContain('观测数据为19.4');
  });

  describe('the plan it belongs to', () => {
    const preschool = indicatorById('preschool-enrolment-rate');
    const observations = [{ indicatorId: 'preschool-enrolment-rate', year: 2023, value: 98.8 }];

    it('takes the base and target years and the regions from the plan passed in', () => {
      const plan = {
        ...ordosPlan,
        baselineYear: 2021,
        targetYear: 2026,
        benchmarkRegion: 'ordos',
        subjectRegion: 'inner-mongolia',
      };
      const result = assessIndicator(preschool, observations, { method: 'time-progress' }, plan);
      expect(result.region).toBe('inner-mongolia');
      expect(result.quantities[0]?.baseline?.time).toBe('2021');
      expect(result.quantities[0]?.target?.year).toBe(2026);
    });

    it('defaults to the Ordos plan, and lets the options override it', () => {
      const byDefault = assessIndicator(preschool, observations, { method: 'time-progress' });
      expect(byDefault.region).toBe(ordosPlan.subjectRegion);
      expect(byDefault.quantities[0]?.target?.year).toBe(ordosPlan.targetYear);
      const overridden = assessIndicator(preschool, observations, {
        method: 'time-progress',
        targetYear: 2030,
        benchmarkName: { zh: '内蒙古', en: 'Inner Mongolia' },
      });
      expect(overridden.quantities[0]?.target?.year).toBe(2030);
      expect(overridden.quantities[0]?.benchmark?.explanation.zh).toContain('与内蒙古比较');
    });
  });
});
