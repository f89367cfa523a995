import { ordosConsistencyReport } from '@plan/projects';
import { describe, expect, it } from 'vitest';
import { reportText } from '../reportText.js';
import { testReport } from '../testReport.js';
import { consistencySection } from './consistencySection.js';

const section = consistencySection({ report: testReport(), t: reportText('zh') });
const tables = section.blocks.flatMap((block) => (block.kind === 'table' ? [block.table] : []));

describe('consistencySection', () => {
  it('lists every finding, worst first, with the plan’s words as a list of quotes', () => {
    const findings = tables[0];
    expect(findings?.sheet).toBe('一致性检查');
    expect(findings?.rows).toHaveLength(ordosConsistencyReport.findings.length);
    expect(findings?.rows[0]?.cells[1]?.text).toBe('高');
    const readings = findings?.rows[0]?.cells[4];
    expect(readings?.items?.as).toBe('list');
    expect(readings?.items?.cells[0]?.text).toMatch(/^“.*”$/);
  });

  it('keeps the finding and check ids for the workbook only', () => {
    for (const table of tables)
      expect(table.columns[0]).toMatchObject({ header: 'id', only: ['xlsx'] });
  });

  it('counts the checks that agree in its lead', () => {
    const agrees = ordosConsistencyReport.checks.filter(
      (check) => check.outcome === 'agrees',
    ).length;
    expect(section.blocks[0]).toMatchObject({
      text: expect.stringContaining(`其中${agrees}项一致`),
    });
  });
});
