import { ordosPlan } from '@plan/indicators';
import { describe, expect, it } from 'vitest';
import { indicatorRows } from './indicatorRows.js';
import { ASSESSMENT_CSV_COLUMNS, renderAssessmentCsv } from './renderAssessmentCsv.js';
import { testRun } from './testRun.js';

describe('renderAssessmentCsv', () => {
  const run = testRun({ methods: ['time-progress', 'sdsn'] });
  const csv = renderAssessmentCsv(indicatorRows(ordosPlan, run, 'zh'));
  const lines = csv.split('\r\n');

  it('starts with a byte-order mark and the header, one row per indicator and method', () => {
    expect(csv.startsWith(`\uFEFF${ASSESSMENT_CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(lines.filter((line) => line !== '')).toHaveLength(1 + 61 * 2);
  });

  it('writes the latest figure as an import would read it, flagged when it is a demo figure', () => {
    const myopia = lines.find(
      (line) => line.startsWith('time-progress,ordos,') && line.includes(',student-myopia-rate,'),
    );
    expect(myopia).toContain(',57.2,2022,demo,true,');
  });
});
