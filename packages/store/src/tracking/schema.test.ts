import { describe, expect, it } from 'vitest';
import { TokenScope } from '../tokenScope.js';
import { EvidenceLinkInput, MeasureReportInput, ResponsibilityInput, UnitInput } from './schema.js';

describe('tracking schemas', () => {
  it('takes a unit with a slug id and a Chinese name', () => {
    expect(UnitInput.parse({ id: 'sports', nameZh: ' 市体育局 ' })).toEqual({
      id: 'sports',
      nameZh: '市体育局',
    });
    for (const id of ['Sports', 'sports-', '-sports', 'a b', '', '体育局'])
      expect(UnitInput.safeParse({ id, nameZh: '市体育局' }).success).toBe(false);
    expect(UnitInput.safeParse({ id: 'sports', nameZh: ' ' }).success).toBe(false);
    expect(UnitInput.safeParse({ id: 'sports', nameZh: 'x', extra: 1 }).success).toBe(false);
  });

  it('takes an assignment whose lead is not also cooperating, each unit once', () => {
    expect(ResponsibilityInput.parse({ lead: 'sports' })).toEqual({
      lead: 'sports',
      cooperating: [],
    });
    expect(
      ResponsibilityInput.parse({ lead: null, cooperating: ['a', 'b'], reason: '调整' }),
    ).toEqual({ lead: null, cooperating: ['a', 'b'], reason: '调整' });
    expect(ResponsibilityInput.safeParse({ lead: 'a', cooperating: ['a'] }).success).toBe(false);
    expect(ResponsibilityInput.safeParse({ lead: null, cooperating: ['b', 'b'] }).success).toBe(
      false,
    );
    expect(ResponsibilityInput.safeParse({ cooperating: [] }).success).toBe(false);
  });

  it('takes a measure report for a year, half or quarter, with an optional percent and deliverable', () => {
    const base = { period: '2024', status: 'on_track', narrative: ' 推进中 ' };
    expect(MeasureReportInput.parse(base)).toEqual({ ...base, narrative: '推进中' });
    for (const period of ['2024-H1', '2024-H2', '2024-Q1', '2024-Q4'])
      expect(MeasureReportInput.safeParse({ ...base, period }).success).toBe(true);
    for (const period of ['24', '2024-H3', '2024-Q5', '2024-06', '2024Q1'])
      expect(MeasureReportInput.safeParse({ ...base, period }).success).toBe(false);
    expect(MeasureReportInput.safeParse({ ...base, status: 'not_reported' }).success).toBe(false);
    expect(MeasureReportInput.safeParse({ ...base, percent: 101 }).success).toBe(false);
    expect(MeasureReportInput.safeParse({ ...base, percent: null }).success).toBe(true);
    expect(MeasureReportInput.safeParse({ ...base, narrative: '  ' }).success).toBe(false);
    expect(
      MeasureReportInput.safeParse({
        ...base,
        deliverable: { done: true, date: '2024-02-30', document: null },
      }).success,
    ).toBe(false);
    expect(
      MeasureReportInput.parse({
        ...base,
        deliverable: { done: true, date: '2024-02-29', document: '《实施方案》' },
      }).deliverable,
    ).toEqual({ done: true, date: '2024-02-29', document: '《实施方案》' });
  });

  it('takes http(s) links only as evidence', () => {
    expect(
      EvidenceLinkInput.safeParse({ kind: 'link', name: 'x', url: 'https://example.org/a' })
        .success,
    ).toBe(true);
    for (const url of ['javascript:alert(1)', 'ftp://example.org', 'https://', 'example.org'])
      expect(EvidenceLinkInput.safeParse({ kind: 'link', name: 'x', url }).success).toBe(false);
  });

  it('lets a token report for one unit', () => {
    expect(TokenScope.parse({ unit: ' sports ' })).toEqual({ unit: 'sports' });
    expect(TokenScope.safeParse({ unit: '' }).success).toBe(false);
  });
});
