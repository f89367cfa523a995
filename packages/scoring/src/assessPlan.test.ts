import { ordosPlan } from '@plan/indicators';
import { describe, expect, it } from 'vitest';
import { assessPlan } from './assessPlan.js';
import type { RegionIndicatorAssessment } from './regions/schema/regionJudging.js';
import { PlanAssessment } from './schema/planAssessment.js';

const observations = [
  { indicatorId: 'preschool-enrolment-rate', year: 2023, value: 98.8, source: '统计公报' },
  { indicatorId: 'student-myopia-rate', year: 2023, value: 57 },
  { indicatorId: 'student-myopia-rate', region: 'dalad', year: 2021, value: 60 },
  { indicatorId: 'student-myopia-rate', region: 'dalad', year: 2023, value: 58 },
  { indicatorId: 'vocational-general-ratio', year: 2023, value: { ratio: [38, 62] } },
];

describe('assessPlan', () => {
  it('assesses every indicator of the plan for the subject region by default', () => {
    const report = assessPlan(ordosPlan, observations, {
      method: 'time-progress',
      asOf: '2024-03-31',
    });
    expect(report.regions).toEqual(['ordos']);
    expect(report.indicators).toHaveLength(61);
    expect(report.planId).toBe(ordosPlan.id);
    expect(
      report.indicators
        .filter((assessment) => !assessment.missing)
        .map((assessment) => assessment.indicatorId),
    ).toEqual(['preschool-enrolment-rate', 'student-myopia-rate', 'vocational-general-ratio']);
  });

  it('lists what is missing', () => {
    const report = assessPlan(ordosPlan, observations, { method: 'open-sdg' });
    expect(report.missing).toHaveLength(58);
    expect(report.missing[0]).toEqual({
      indicatorId: 'compulsory-education-retention-rate',
      region: 'ordos',
    });
  });

  it('rolls up by plan, region, table and category', () => {
    // 达拉特旗's own 2020 value is its base: a district is never judged from the city's.
    const withBase = [
      ...observations,
      { indicatorId: 'student-myopia-rate', region: 'dalad', year: 2020, value: 61 },
    ];
    const report = assessPlan(ordosPlan, withBase, {
      method: 'unsd-2023',
      regions: ['ordos', 'dalad'],
    });
    expect(report.indicators).toHaveLength(122);
    expect(report.rollUps.plan).toHaveLength(1);
    expect(report.rollUps.regions.map((group) => [group.id, group.assessed])).toEqual([
      ['ordos', 3],
      ['dalad', 1],
    ]);
    expect(report.rollUps.tables).toHaveLength(6);
    expect(report.rollUps.categories.every((group) => group.region !== null)).toBe(true);
  });

  it('judges a district from its own base-year value, never the city’s, and not on what only the city can be', () => {
    const report = assessPlan(ordosPlan, observations, {
      method: 'time-progress',
      asOf: '2023-12-31',
      regions: ['dalad'],
    });
    const myopia = report.indicators.find(
      (assessment) => assessment.indicatorId === 'student-myopia-rate',
    ) as RegionIndicatorAssessment;
    // 2021 and 2023 only: no district baseline, said so; the city's 2020 value is not borrowed.
    expect(myopia.status).toBe('no_data');
    expect(myopia.regionJudging.baseline).toBe('missing');
    const cityOnly = report.indicators.filter(
      (assessment) =>
        (assessment as RegionIndicatorAssessment).regionJudging.notJudgedReason === 'subject-only',
    );
    expect(cityOnly.length).toBeGreaterThan(0);
    // Not missing and not rolled up: it is not the district's to report.
    const missing = new Set(report.missing.map((entry) => entry.indicatorId));
    expect(cityOnly.some((assessment) => missing.has(assessment.indicatorId))).toBe(false);
    expect(report.rollUps.plan[0]?.indicators).toBe(ordosPlan.indicators.length - cityOnly.length);
  });

  it('names the benchmark region from the plan in its explanations', () => {
    const report = assessPlan(ordosPlan, observations, { method: 'open-sdg' });
    const preschool = report.indicators.find(
      (assessment) => assessment.indicatorId === 'preschool-enrolment-rate',
    );
    expect(preschool?.quantities[0]?.benchmark?.explanation.zh).toContain('与内蒙古自治区比较');
  });

  it('is plain JSON that matches its schema, for an HTTP API or a viewer', () => {
    const report = assessPlan(ordosPlan, observations, {
      method: 'sdsn',
      asOf: '2024-03-31',
      regions: ['ordos', 'dalad'],
    });
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    expect(PlanAssessment.safeParse(report).success).toBe(true);
  });

  it('refuses unknown regions, bad options and bad observations', () => {
    expect(() => assessPlan(ordosPlan, [], { method: 'open-sdg', region: 'baotou' })).toThrow(
      /region: unknown region "baotou"/,
    );
    expect(() => assessPlan(ordosPlan, [], { method: 'open-sdg', asOf: 'soon' })).toThrow(
      /asOf: expected an ISO date/,
    );
    expect(() =>
      assessPlan(ordosPlan, [{ indicatorId: 'preschool-enrolment-rate', year: 2023, value: 140 }], {
        method: 'open-sdg',
      }),
    ).toThrow(/\[0\]\.value: 140 is above 100/);
    expect(() => assessPlan(ordosPlan, 'not a list', { method: 'open-sdg' })).toThrow(
      /Invalid observations/,
    );
  });
});
