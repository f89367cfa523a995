import { ordosPlan } from '@plan/indicators';
import { describe, expect, it } from 'vitest';
import { indicatorRows } from './indicatorRows.js';
import { runAssessment } from './runAssessment.js';
import { figure, stored, testRun } from './testRun.js';

const rowOf = (rows: ReturnType<typeof indicatorRows>, id: string, region = 'ordos') =>
  rows.find((row) => row.indicator.id === id && row.region === region);

describe('indicatorRows', () => {
  const run = testRun();
  const rows = indicatorRows(ordosPlan, run, 'zh');

  it('lines up each indicator with every method’s assessment, time-progress first as primary', () => {
    const row = rowOf(rows, 'regular-exercise-share');
    expect(row?.assessments.map((entry) => entry.method)).toEqual(
      run.results.map((result) => result.method),
    );
    expect(row?.primary.method).toBe('time-progress');
  });

  it('prints the plan’s values as printed and the latest figure with its time', () => {
    const row = rowOf(rows, 'regular-exercise-share');
    const printed = row?.indicator.values.subject;
    expect(row?.baselineText).toBe(
      printed?.baseline.kind === 'absent' ? '—' : printed?.baseline.printed.trim(),
    );
    expect(row?.latestText).toBe('44.1');
    expect(row?.latestTime).toBe('2023');
    expect(row?.progress).toHaveLength(1);
    expect(row?.progress[0]?.completion).toEqual(expect.any(Number));
  });

  it('names the categories from the top of the indicator’s table down', () => {
    expect(rowOf(rows, 'regular-exercise-share')?.categories.length).toBeGreaterThan(0);
  });

  it('judges a district from its own base-year figure only: a later first figure is no base', () => {
    const district = runAssessment(
      ordosPlan,
      [
        figure('regular-exercise-share', 2021, 40, 'bureau', 'dongsheng'),
        figure('regular-exercise-share', 2023, 42, 'bureau', 'dongsheng'),
      ].map(stored),
      {
        asOf: '2023-12-31',
        regions: ['dongsheng'],
        methods: ['time-progress'],
        includeIllustrative: false,
      },
    );
    const row = rowOf(
      indicatorRows(ordosPlan, district, 'zh'),
      'regular-exercise-share',
      'dongsheng',
    );
    // The plan prints no district figures and 东胜区 gave none for 2020: no district baseline,
    // never the city's 2020 value nor its own 2021 figure.
    expect(row?.baselineText).toBe('—');
    expect(row?.latestText).toBe('42');
  });
});
