import { describe, expect, it } from 'vitest';
import { reportingDue } from './reportingDue.js';

const plan = { start: 2021, end: 2025 };

describe('reportingDue', () => {
  it('names the last report due and the next one, 30 days after each period', () => {
    expect(reportingDue('year', '2024-03-01', plan)).toEqual({
      last: { id: '2023', start: '2023-01-01', end: '2023-12-31', dueBy: '2024-01-30' },
      next: { id: '2024', start: '2024-01-01', end: '2024-12-31', dueBy: '2025-01-30' },
    });
    expect(reportingDue('quarter', '2024-05-15', plan).next?.id).toBe('2024-Q2');
  });

  it('has no last before the first is due, and no next after the plan', () => {
    expect(reportingDue('year', '2021-06-30', plan).last).toBeNull();
    expect(reportingDue('year', '2027-01-01', plan).next).toBeNull();
  });
});
