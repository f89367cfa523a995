import { describe, expect, it } from 'vitest';
import { indicatorOf, planSummary } from '../../test/fakeApi.js';
import { sampleObservations } from '../../test/fixtures.js';
import { assessed } from './_fixtures.js';
import { chartInputOf } from './chartInputOf.js';

const labels = {
  path: 'path',
  observed: 'observed',
  illustrative: 'illustrative',
  projection: 'projection',
  benchmark: 'benchmark',
  asOf: 'asOf',
  band: 'band',
};

describe('chartInputOf', () => {
  const observations = sampleObservations();

  it('draws the plan period of the plan, the observations in date order and the projection', () => {
    const id = 'preschool-enrolment-rate';
    const input = chartInputOf(
      indicatorOf(id),
      planSummary,
      observations.filter((item) => item.indicatorId === id).reverse(),
      assessed(id, observations),
      '2024-06-30',
      labels,
      'zh',
    );
    expect([input.baselineDate, input.targetDate, input.asOf]).toEqual([
      '2020-12-31',
      '2025-12-31',
      '2024-06-30',
    ]);
    const [track] = input.tracks;
    expect(track?.observations.map((point) => point.date)).toEqual([
      '2020-12-31',
      '2021-12-31',
      '2023-12-31',
    ]);
    expect(track?.projection?.from).toEqual({ date: '2023-12-31', value: 98.9 });
    expect(track?.projection?.to.date).toBe('2025-12-31');
  });

  it('draws one track per part, each with its own projection', () => {
    const id = 'dual-qualified-teachers-share';
    const input = chartInputOf(
      indicatorOf(id),
      planSummary,
      observations.filter((item) => item.indicatorId === id),
      assessed(id, observations),
      '2024-06-30',
      labels,
      'en',
    );
    expect(input.tracks.map((track) => [track.label, track.observations.length])).toEqual([
      ['Secondary vocational', 2],
      ['Higher vocational', 2],
    ]);
  });

  it('draws no projection without an assessment', () => {
    const id = 'student-myopia-rate';
    const input = chartInputOf(
      indicatorOf(id),
      planSummary,
      [],
      undefined,
      '2024-06-30',
      labels,
      'zh',
    );
    expect(input.tracks[0]?.projection).toBeUndefined();
    expect(input.tracks[0]?.observations).toEqual([]);
  });
});
