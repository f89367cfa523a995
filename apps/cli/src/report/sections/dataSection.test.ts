import { describe, expect, it } from 'vitest';
import { reportText } from '../reportText.js';
import { testReport } from '../testReport.js';
import { dataSection } from './dataSection.js';

describe('dataSection', () => {
  it('lists each source, official first, the plan’s base year named in its lead', () => {
    const section = dataSection({ report: testReport(), t: reportText('zh') });
    expect(section.blocks[0]).toMatchObject({
      text: expect.stringContaining('规划表所列2020年值'),
    });
    const sources = section.blocks.find((block) => block.kind === 'table');
    expect(
      sources?.kind === 'table' &&
        sources.table.rows.map((row) => [row.cells[0]?.text, row.illustrative]),
    ).toEqual([
      ['statistics-bureau', false],
      ['demo', true],
    ]);
  });

  it('keeps an empty sheet of sources and says there are no figures when there are none', () => {
    const report = { ...testReport({ includeIllustrative: false }), sources: [] };
    const section = dataSection({ report, t: reportText('zh') });
    const sources = section.blocks.find((block) => block.kind === 'table');
    expect(sources?.kind === 'table' && sources.table.only).toEqual(['xlsx']);
    expect(section.blocks).toContainEqual({ kind: 'paragraph', text: reportText('zh').noFigures });
  });
});
