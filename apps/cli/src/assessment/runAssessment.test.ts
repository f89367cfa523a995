import { describe, expect, it } from 'vitest';
import { testRun } from './testRun.js';

const provenanceOf = (run: ReturnType<typeof testRun>, indicatorId: string) =>
  run.provenance.find((entry) => entry.indicatorId === indicatorId);

describe('runAssessment', () => {
  it('assesses every indicator by each method asked for, one provenance per indicator and region', () => {
    const run = testRun({ methods: ['time-progress', 'sdsn'] });
    expect(run.results.map((result) => result.method)).toEqual(['time-progress', 'sdsn']);
    expect(run.provenance).toHaveLength(61);
  });

  it('uses official figures only unless demo figures are asked for, and says which are demo', () => {
    expect(
      provenanceOf(testRun({ includeIllustrative: false }), 'student-myopia-rate'),
    ).toMatchObject({
      latest: null,
      values: 0,
      illustrative: false,
    });
    expect(provenanceOf(testRun(), 'student-myopia-rate')).toMatchObject({
      latest: { source: 'demo', time: '2022' },
      values: 1,
      illustrative: true,
    });
  });

  it('does not count the plan’s own base value as a figure observed', () => {
    const exercise = provenanceOf(testRun(), 'regular-exercise-share');
    expect(exercise).toMatchObject({ values: 1, sources: ['statistics-bureau'] });
    expect(testRun().used.some((observation) => observation.source === 'plan')).toBe(true);
  });
});
