import { parsePlan } from '@plan/plans';
import { fixturePlanFile } from '@plan/plans/testing';
import { describe, expect, it } from 'vitest';
import { amendmentRows } from '../amendmentRows.js';
import { reportText } from '../reportText.js';
import { testReport } from '../testReport.js';
import { amendmentsSection } from './amendmentsSection.js';

// The fixture plan's invented amendment, shown in a report of the Ordos plan's shape: the section reads only the rows.
const { plan, amendments } = parsePlan(fixturePlanFile);
const sectionOf = (lang: 'zh' | 'en', asOf: string) =>
  amendmentsSection({
    report: { ...testReport({ lang }), amendments: amendmentRows(plan, amendments, asOf) },
    t: reportText(lang),
  });

describe('amendmentsSection', () => {
  it('is absent for a plan without amendments', () => {
    expect(amendmentsSection({ report: testReport(), t: reportText('zh') })).toBeUndefined();
  });

  it('lists each amendment: what, the printed value beside the amended one, when, why, by which document', () => {
    const section = sectionOf('zh', '2028-12-31');
    expect(section?.heading).toBe('规划调整');
    expect(section?.blocks[0]).toMatchObject({
      kind: 'paragraph',
      text: expect.stringContaining('规划共有1项调整，截至评估日有效1项'),
    });
    const table = section?.blocks[1];
    if (table?.kind !== 'table') throw new Error('expected a table');
    expect(table.table.rows[0]?.cells.map((cell) => cell.text)).toEqual([
      'fixture-raise-preschool-target',
      '目标值',
      '学前教育毛入园率（%）',
      '≥96.0',
      '≥97.0',
      '2028-07-01',
      '测试用理由（虚构）',
      '测试用规划中期调整文件（虚构） 测试〔2028〕1号 2028-06-15',
      '有效',
    ]);
  });

  it('in English keeps the Chinese reason beside the translation, and says when it is not yet in force', () => {
    const table = sectionOf('en', '2027-12-31')?.blocks[1];
    if (table?.kind !== 'table') throw new Error('expected a table');
    const cells = table.table.rows[0]?.cells ?? [];
    expect(cells[6]).toEqual({
      text: 'A reason invented for tests',
      original: '测试用理由（虚构）',
    });
    expect(cells[8]?.text).toBe('not yet in force');
  });
});
