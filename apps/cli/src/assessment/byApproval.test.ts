import type { Observation } from '@plan/observations';
import { describe, expect, it } from 'vitest';
import { approvalOf, byApproval } from './byApproval.js';
import { figure, stored } from './testRun.js';

const withApproval = (approval: string | undefined, index: number): Observation => {
  const { approval: _approved, ...row } = stored(
    figure('regular-exercise-share', 2021 + index, 40 + index, 'statistics-bureau'),
    index,
  ) as Observation & { approval?: string };
  return { ...row, ...(approval ? { approval } : {}) } as Observation;
};

const rows = [
  withApproval('approved', 0),
  withApproval('submitted', 1),
  withApproval('returned', 2),
  withApproval(undefined, 3),
];

describe('byApproval', () => {
  it('keeps approved figures only by default, a row without the field counting as approved', () => {
    expect(byApproval(rows, false).map((row) => row.id)).toEqual(['test-0', 'test-3']);
  });

  it('adds submitted figures when asked, and never uses a returned one', () => {
    expect(byApproval(rows, true).map((row) => row.id)).toEqual(['test-0', 'test-1', 'test-3']);
  });

  it('reads a missing approval as approved', () => {
    expect(approvalOf(rows[3] as Observation)).toBe('approved');
    expect(approvalOf(rows[1] as Observation)).toBe('submitted');
  });
});
