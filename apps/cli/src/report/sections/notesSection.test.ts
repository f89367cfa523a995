import { describe, expect, it } from 'vitest';
import { reportText } from '../reportText.js';
import { testReport } from '../testReport.js';
import { notesSection } from './notesSection.js';

describe('notesSection', () => {
  it('explains the method with the plan’s years, and warns about demo figures only when shown', () => {
    const t = reportText('en');
    const demo = notesSection({ report: testReport({ lang: 'en' }), t });
    expect(demo.blocks[0]).toMatchObject({
      kind: 'list',
      items: expect.arrayContaining([expect.stringContaining('end of 2020')]),
    });
    expect(demo.blocks.at(-1)).toEqual({ kind: 'callout', text: t.illustrativeNote });
    const official = notesSection({
      report: testReport({ lang: 'en', includeIllustrative: false }),
      t,
    });
    expect(official.blocks.some((block) => block.kind === 'callout')).toBe(false);
  });
});
