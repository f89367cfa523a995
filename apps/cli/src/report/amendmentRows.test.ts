import { type Amendment, parsePlan } from '@plan/plans';
import { fixturePlanFile } from '@plan/plans/testing';
import { describe, expect, it } from 'vitest';
import { amendmentRows } from './amendmentRows.js';

// The fixture plan (invented figures) with one more amendment of its own: a later raise of the same target.
const { plan, amendments } = parsePlan(fixturePlanFile);
const later: Amendment = {
  ...(amendments[0] as Amendment & { kind: 'target' }),
  id: 'fixture-raise-again',
  value: '≥98.0',
  effectiveDate: '2029-07-01',
};

describe('amendmentRows', () => {
  it('gives nothing for a plan without amendments', () => {
    expect(amendmentRows(plan, [], '2028-12-31')).toEqual([]);
  });

  it('puts the printed value beside the amended one, pending before its effective date', () => {
    const [row] = amendmentRows(plan, amendments, '2028-06-30');
    expect(row).toMatchObject({
      original: { zh: '≥96.0', en: '≥96.0' },
      amended: { zh: '≥97.0', en: '≥97.0' },
      state: 'pending',
    });
    expect(row?.indicator?.id).toBe('fixture-preschool-enrolment-rate');
  });

  it('is in force from its effective date, and superseded once a later one of the same value is', () => {
    expect(amendmentRows(plan, amendments, '2028-07-01')[0]?.state).toBe('in-force');
    const rows = amendmentRows(plan, [...amendments, later], '2029-12-31');
    expect(rows.map((row) => [row.amendment.id, row.state])).toEqual([
      ['fixture-raise-preschool-target', 'superseded'],
      ['fixture-raise-again', 'in-force'],
    ]);
    // The original is always what the plan printed, not the value an earlier amendment put in force.
    expect(rows[1]?.original.zh).toBe('≥96.0');
  });

  it('writes a split row’s amended value part by part, and a definition with its new name', () => {
    const split: Amendment = {
      id: 'fixture-split',
      kind: 'target',
      indicatorId: 'fixture-dual-qualified-teachers-share',
      value: { secondary: '中职58', higher: '高职52' },
      effectiveDate: '2027-01-01',
      reason: '测试用理由（虚构）',
      decidedBy: { title: '测试用文件（虚构）' },
    };
    const definition: Amendment = {
      id: 'fixture-definition',
      kind: 'definition',
      indicatorId: 'fixture-myopia-rate',
      definition: { zh: '虚构的新口径', en: 'An invented new definition' },
      effectiveDate: '2027-01-01',
      reason: '测试用理由（虚构）',
      decidedBy: { title: '测试用文件（虚构）' },
    };
    const [splitRow, definitionRow] = amendmentRows(plan, [split, definition], '2027-06-30');
    expect(splitRow?.original.zh).toBe('中职55 / 高职50');
    expect(splitRow?.amended).toEqual({
      zh: '中职58 / 高职52',
      en: 'Secondary vocational 中职58 / Higher vocational 高职52',
    });
    expect(definitionRow?.original.zh).toBe('儿童青少年总体近视率');
    expect(definitionRow?.amended.zh).toBe('儿童青少年总体近视率：虚构的新口径');
  });
});
