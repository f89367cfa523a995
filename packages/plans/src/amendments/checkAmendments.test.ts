import { ordosPlan } from '@plan/indicators';
import { describe, expect, it } from 'vitest';
import {
  raiseMyopiaTarget,
  redefineFitness,
  reviseRatioBaseline,
  splitTeachersTarget,
} from './_test/inventedAmendments.js';
import { Amendment } from './amendment.js';
import { checkAmendments } from './checkAmendments.js';

const check = (...inputs: unknown[]) =>
  checkAmendments(
    ordosPlan,
    inputs.map((input) => Amendment.parse(input)),
  );

describe('checkAmendments', () => {
  it('finds nothing wrong with well-formed amendments', () => {
    expect(
      check(raiseMyopiaTarget, reviseRatioBaseline, splitTeachersTarget, redefineFitness),
    ).toEqual([]);
  });

  it('names an unknown indicator with its path', () => {
    expect(check({ ...raiseMyopiaTarget, indicatorId: 'no-such-row' })).toEqual([
      {
        path: ['amendments', 0, 'indicatorId'],
        message: expect.stringContaining('unknown indicator "no-such-row"'),
      },
    ]);
  });

  it('refuses a value that does not fit the unit', () => {
    const issues = check(
      { ...raiseMyopiaTarget, value: '101' },
      { ...reviseRatioBaseline, value: '40：50' },
      { ...raiseMyopiaTarget, id: 'b', value: '36：64', effectiveDate: '2023-08-01' },
      { ...raiseMyopiaTarget, id: 'c', value: 'about fifty', effectiveDate: '2023-09-01' },
      { ...raiseMyopiaTarget, id: 'd', value: '—', effectiveDate: '2023-10-01' },
    );
    expect(issues.map((issue) => issue.path)).toEqual([
      ['amendments', 0, 'value'],
      ['amendments', 1, 'value'],
      ['amendments', 2, 'value'],
      ['amendments', 3, 'value'],
      ['amendments', 4, 'value'],
    ]);
    expect(issues[0]?.message).toContain('above 100');
    expect(issues[1]?.message).toContain('add up to 90');
    expect(issues[4]?.message).toBe('an amendment must state a value');
  });

  it('checks each part of a split value', () => {
    expect(check({ ...splitTeachersTarget, value: { secondary: '中职62' } })).toEqual([
      { path: ['amendments', 0, 'value', 'higher'], message: 'missing the value of part "higher"' },
    ]);
    expect(check({ ...splitTeachersTarget, value: '62' })[0]?.path).toEqual([
      'amendments',
      0,
      'value',
    ]);
  });

  it('refuses two amendments of the same thing on the same date', () => {
    const issues = check(raiseMyopiaTarget, { ...raiseMyopiaTarget, id: 'other', value: '54' });
    expect(issues).toEqual([
      {
        path: ['amendments', 1, 'effectiveDate'],
        message: expect.stringContaining('amendment "raise-myopia-target" already changes'),
      },
    ]);
  });

  it('allows the target and the baseline of one indicator to change on the same date', () => {
    expect(
      check(raiseMyopiaTarget, { ...raiseMyopiaTarget, id: 'base', kind: 'baseline' }),
    ).toEqual([]);
  });

  it('refuses the benchmark region, another region, a duplicate id and a date outside the plan', () => {
    const issues = check(
      { ...raiseMyopiaTarget, region: 'inner-mongolia' },
      { ...raiseMyopiaTarget, id: 'banner', region: 'dongsheng', effectiveDate: '2024-01-01' },
      { ...raiseMyopiaTarget, effectiveDate: '2026-01-01' },
    );
    expect(issues.map((issue) => issue.path)).toEqual([
      ['amendments', 0, 'region'],
      ['amendments', 1, 'region'],
      ['amendments', 2, 'id'],
      ['amendments', 2, 'effectiveDate'],
    ]);
    expect(issues[0]?.message).toContain('benchmark');
  });

  it('refuses an unknown project target when the targets are given', () => {
    const amendment = Amendment.parse({ ...raiseMyopiaTarget, targetId: 'T-P01-M1-1' });
    expect(checkAmendments(ordosPlan, [amendment], { targetIds: ['T-P01-M1-2'] })).toEqual([
      {
        path: ['amendments', 0, 'targetId'],
        message: 'unknown project target "T-P01-M1-1"',
      },
    ]);
    expect(checkAmendments(ordosPlan, [amendment], { targetIds: ['T-P01-M1-1'] })).toEqual([]);
  });
});
