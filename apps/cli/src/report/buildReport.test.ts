import { ordosPlan, regionScopeOf } from '@plan/indicators';
import { describe, expect, it } from 'vitest';
import { testReport } from './testReport.js';

describe('buildReport', () => {
  it('keeps the rows of the report’s region, in the plan’s tables, with the roll-ups of time-progress', () => {
    const report = testReport({ region: 'dongsheng' });
    expect(report.region.id).toBe('dongsheng');
    expect(report.rows.every((row) => row.region === 'dongsheng')).toBe(true);
    expect(report.tables.map((entry) => entry.table.id)).toEqual(
      ordosPlan.tables.map((table) => table.id),
    );
    // A district is not judged on what only the city as a whole can be (7 rows of the Ordos plan).
    const cityOnly = ordosPlan.indicators.filter(
      (indicator) => regionScopeOf(indicator).judged === 'subject-only',
    ).length;
    expect(cityOnly).toBeGreaterThan(0);
    expect(report.overall).toMatchObject({ method: 'time-progress', indicators: 61 - cityOnly });
  });

  it('says whether a figure rests on demo data, and how much of the plan period has elapsed', () => {
    expect(testReport().showsIllustrative).toBe(true);
    expect(testReport({ includeIllustrative: false }).showsIllustrative).toBe(false);
    // 1095 of the 1826 days from the end of 2020 to the end of 2025.
    expect(testReport().timeElapsed).toBeCloseTo(1095 / 1826, 6);
  });

  it('lists the plan’s inconsistencies worst first', () => {
    const order = { high: 0, medium: 1, low: 2 };
    const severities = testReport().consistency.findings.map((finding) => order[finding.severity]);
    expect(severities).toEqual([...severities].sort((a, b) => a - b));
  });
});
