import { ordosPlan, type PlanInput, parsePlan } from '@plan/indicators';
import { describe, expect, it } from 'vitest';
import { assessPlan } from './assessPlan.js';
import { finalEvaluation } from './finalEvaluation.js';
import type { FinalEvaluation } from './schema/finalEvaluation.js';
import { PlanAssessment } from './schema/planAssessment.js';
import { ScoringInputError } from './scoringInputError.js';

// Hand-made observations for tests: not figures of Ordos, invented to reach each verdict.
const observations = [
  { indicatorId: 'preschool-enrolment-rate', year: 2023, value: 98.8 },
  { indicatorId: 'preschool-enrolment-rate', year: 2025, value: 99.2 },
  { indicatorId: 'compulsory-education-retention-rate', year: 2025, value: 96.8 },
  { indicatorId: 'compulsory-education-retention-rate', year: 2026, value: 97.5 },
  { indicatorId: 'inclusive-kindergarten-coverage', date: '2026-03-31', value: 91 },
  { indicatorId: 'student-myopia-rate', year: 2025, value: 55.5 },
  { indicatorId: 'student-obesity-rate', year: 2025, value: 16 },
  { indicatorId: 'vocational-general-ratio', year: 2025, value: { ratio: [41, 59] } },
  {
    indicatorId: 'dual-qualified-teachers-share',
    year: 2025,
    value: { parts: { secondary: 61, higher: 65 } },
  },
  { indicatorId: 'part-time-teachers-share', date: '2025-12-31', value: 20 },
  { indicatorId: 'part-time-teachers-share', date: '2026-01-01', value: 21 },
];

const evaluate = (asOf = '2027-01-31') =>
  finalEvaluation(ordosPlan, observations, { method: 'time-progress', asOf });

const find = (evaluation: FinalEvaluation, indicatorId: string) => {
  const found = evaluation.indicators.find((entry) => entry.indicatorId === indicatorId);
  if (!found) throw new Error(`no ${indicatorId}`);
  return found;
};

describe('finalEvaluation', () => {
  it('judges each target at the plan’s last day', () => {
    const evaluation = evaluate();
    expect(evaluation.endDate).toBe('2025-12-31');
    expect(evaluation.asOf).toBe('2027-01-31');
    expect(evaluation.indicators).toHaveLength(ordosPlan.indicators.length);
  });

  it('says a target met, by how much and how far along the way', () => {
    const preschool = find(evaluate(), 'preschool-enrolment-rate');
    expect(preschool.verdict).toBe('met');
    expect(preschool.quantities[0]).toMatchObject({
      atEnd: { time: '2025', value: 99.2 },
      difference: 0.2,
      shareOfWay: 1.4,
      afterDeadline: null,
    });
    expect(preschool.explanation.zh).toBe('2025年为99.2，目标99，已实现，完成140%。');
  });

  it('says a target missed and keeps the verdict when a later value meets it', () => {
    const retention = find(evaluate(), 'compulsory-education-retention-rate');
    expect(retention.verdict).toBe('missed');
    expect(retention.metAfterDeadline).toBe(true);
    expect(retention.quantities[0]).toMatchObject({
      atEnd: { time: '2025', value: 96.8 },
      difference: -0.2,
      shareOfWay: 0.6,
      afterDeadline: { time: '2026', value: 97.5, met: true },
    });
    expect(retention.explanation.en).toContain('the verdict at the end stands');
  });

  it('has no data at the end when the only value comes after it, and shows that value apart', () => {
    const inclusive = find(evaluate(), 'inclusive-kindergarten-coverage');
    expect(inclusive.verdict).toBe('no_data');
    expect(inclusive.metAfterDeadline).toBe(true);
    expect(inclusive.quantities[0]).toMatchObject({
      atEnd: null,
      difference: null,
      afterDeadline: { time: '2026-03-31', value: 91, met: true },
    });
  });

  it('does not count the plan’s own baseline as a value of the period', () => {
    expect(find(evaluate(), 'student-fitness-pass-rate').verdict).toBe('no_data');
  });

  it('reads a decrease-is-better target the right way round', () => {
    const evaluation = evaluate();
    expect(find(evaluation, 'student-myopia-rate').quantities[0]).toMatchObject({
      verdict: 'met',
      difference: -0.5,
      shareOfWay: 1.25,
    });
    expect(find(evaluation, 'student-obesity-rate').quantities[0]).toMatchObject({
      verdict: 'missed',
      difference: 1,
      shareOfWay: 0.75,
    });
  });

  it('judges a ratio on its scored share within its range', () => {
    const ratio = find(evaluate(), 'vocational-general-ratio');
    expect(ratio.verdict).toBe('met');
    expect(ratio.scoredOn?.zh).toContain('中职');
    expect(ratio.quantities[0]).toMatchObject({
      atEnd: { value: 41 },
      target: { comparator: 'between', value: 40, upper: 50 },
      difference: 0,
    });
  });

  it('misses a split target when one part misses', () => {
    const teachers = find(evaluate(), 'dual-qualified-teachers-share');
    expect(teachers.verdict).toBe('missed');
    expect(
      teachers.quantities.map((quantity) => [quantity.part, quantity.verdict, quantity.difference]),
    ).toEqual([
      ['secondary', 'met', 1],
      ['higher', 'missed', -5],
    ]);
  });

  it('counts a value of the last day at the end and one of the next day after it', () => {
    const partTime = find(evaluate(), 'part-time-teachers-share');
    // ＞20 is not met by 20 on 2025-12-31; 21 on 2026-01-01 would have been.
    expect(partTime.verdict).toBe('missed');
    expect(partTime.quantities[0]).toMatchObject({
      atEnd: { time: '2025-12-31', value: 20 },
      afterDeadline: { time: '2026-01-01', value: 21, met: true },
    });
  });

  it('leaves values after the as-of date out of what came after the deadline', () => {
    const retention = find(evaluate('2026-01-15'), 'compulsory-education-retention-rate');
    expect(retention.quantities[0]?.afterDeadline).toBeNull();
    expect(retention.metAfterDeadline).toBe(false);
  });

  it('counts the verdicts', () => {
    const { counts, indicators } = evaluate();
    expect(counts.met + counts.missed + counts.no_data + counts.no_target).toBe(indicators.length);
    expect(counts).toMatchObject({ met: 3, missed: 4, metAfterDeadline: 3 });
  });

  it('gives the method’s own status at the end beside the verdict', () => {
    const evaluation = finalEvaluation(ordosPlan, observations, {
      method: 'open-sdg',
      asOf: '2027-01-31',
    });
    expect(evaluation.method).toBe('open-sdg');
    expect(find(evaluation, 'preschool-enrolment-rate').statusAtEnd).toBe('target_achieved');
  });

  it('refuses an as-of date before the plan’s last day, and judges on that day', () => {
    expect(() => evaluate('2025-12-30')).toThrow(ScoringInputError);
    expect(() => evaluate('2024-06-30')).toThrow(/on or after the plan's last day \(2025-12-31\)/);
    expect(evaluate('2025-12-31').endDate).toBe('2025-12-31');
  });
});

describe('assessPlan after the plan’s end', () => {
  it('includes the final evaluation from the plan’s last day, and not before', () => {
    const after = assessPlan(ordosPlan, observations, {
      method: 'time-progress',
      asOf: '2027-01-31',
    });
    expect(after.finalEvaluation).toEqual(evaluate());
    expect(PlanAssessment.parse(after)).toEqual(after);
    const atEnd = assessPlan(ordosPlan, observations, {
      method: 'time-progress',
      asOf: '2025-12-31',
    });
    expect(atEnd.finalEvaluation?.endDate).toBe('2025-12-31');
    const dayBefore = assessPlan(ordosPlan, observations, {
      method: 'time-progress',
      asOf: '2025-12-30',
    });
    expect(dayBefore).not.toHaveProperty('finalEvaluation');
  });
});

// A plan invented for this test: its names and figures belong to no real plan.
const tinyPlan = parsePlan({
  id: 'invented-tiny-plan',
  title: { zh: '测试用虚构规划', en: 'A plan invented for tests' },
  issuer: 'invented-city',
  period: { start: 2026, end: 2030 },
  baselineYear: 2025,
  targetYear: 2030,
  subjectRegion: 'invented-city',
  benchmarkRegion: 'invented-province',
  regions: [
    { id: 'invented-province', name: { zh: '虚构省', en: 'Invented province' }, level: 'province' },
    {
      id: 'invented-city',
      name: { zh: '虚构市', en: 'Invented city' },
      level: 'city',
      parent: 'invented-province',
    },
  ],
  tables: [
    {
      id: 'invented-table',
      title: { zh: '虚构指标表', en: 'Invented indicators' },
      categories: [
        { id: 'invented-category', printed: '虚构类', name: { zh: '虚构类', en: 'Invented' } },
      ],
      indicators: [
        {
          id: 'invented-libraries',
          categoryPath: ['invented-category'],
          printed: '虚构图书馆数（个）',
          name: { zh: '虚构图书馆数', en: 'Invented libraries' },
          unit: { zh: '个', en: 'libraries', kind: 'count' },
          direction: 'increase',
          values: {
            subject: { baseline: '10', target: '≥20' },
            benchmark: { baseline: '—', target: '—' },
          },
        },
        {
          id: 'invented-dropout-rate',
          categoryPath: ['invented-category'],
          printed: '虚构辍学率（%）',
          name: { zh: '虚构辍学率', en: 'Invented drop-out rate' },
          unit: { zh: '%', en: '%', kind: 'percent' },
          direction: 'decrease',
          values: {
            subject: { baseline: '4.0', target: '＜2' },
            benchmark: { baseline: '5.0', target: '3.0' },
          },
        },
      ],
    },
  ],
} satisfies PlanInput);

describe('finalEvaluation of a plan of other years and regions', () => {
  const evaluation = finalEvaluation(
    tinyPlan,
    [
      { indicatorId: 'invented-libraries', year: 2030, value: 20 },
      { indicatorId: 'invented-dropout-rate', year: 2030, value: 2 },
      { indicatorId: 'invented-dropout-rate', year: 2031, value: 1.5 },
    ],
    { method: 'time-progress', asOf: '2031-12-31' },
  );

  it('ends on the last day of its own period', () => {
    expect(evaluation.endDate).toBe('2030-12-31');
    expect(evaluation.regions).toEqual(['invented-city']);
  });

  it('judges ≥ and ＜ targets by their comparators', () => {
    expect(find(evaluation, 'invented-libraries')).toMatchObject({
      verdict: 'met',
      metAfterDeadline: false,
    });
    const dropout = find(evaluation, 'invented-dropout-rate');
    expect(dropout).toMatchObject({ verdict: 'missed', metAfterDeadline: true });
    expect(dropout.quantities[0]).toMatchObject({
      difference: 0,
      shareOfWay: 1,
      afterDeadline: { time: '2031', value: 1.5, met: true },
    });
  });

  it('is not given as of a date inside the period', () => {
    expect(() =>
      finalEvaluation(tinyPlan, [], { method: 'time-progress', asOf: '2030-12-30' }),
    ).toThrow(/2030-12-31/);
  });
});
