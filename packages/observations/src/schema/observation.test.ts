import { describe, expect, it } from 'vitest';
import { storedObservation } from '../_test/storedObservation.js';
import {
  Approval,
  Observation,
  ObservationInput,
  ObservationPatch,
  Revision,
} from './observation.js';

describe('ObservationInput', () => {
  it('takes a year or a date, exactly one', () => {
    const base = { indicatorId: 'student-myopia-rate', value: 57 };
    expect(ObservationInput.safeParse({ ...base, year: 2023 }).success).toBe(true);
    expect(ObservationInput.safeParse({ ...base, date: '2023-06-30' }).success).toBe(true);
    expect(ObservationInput.safeParse(base).success).toBe(false);
    expect(ObservationInput.safeParse({ ...base, year: 2023, date: '2023-06-30' }).success).toBe(
      false,
    );
  });

  it('refuses a day that does not exist, an unknown field and a source with control characters', () => {
    const base = { indicatorId: 'student-myopia-rate', value: 57 };
    expect(ObservationInput.safeParse({ ...base, date: '2023-02-29' }).success).toBe(false);
    expect(ObservationInput.safeParse({ ...base, year: 2023, colour: 'red' }).success).toBe(false);
    expect(ObservationInput.safeParse({ ...base, year: 2023, source: 'a\u0007' }).success).toBe(
      false,
    );
  });
});

describe('ObservationInput of a target’s own figure', () => {
  it('takes targetId in place of indicatorId, exactly one of the two', () => {
    const base = { year: 2023, value: 41 };
    expect(ObservationInput.safeParse({ ...base, targetId: 'T-P07-M2-1' }).success).toBe(true);
    const both = ObservationInput.safeParse({
      ...base,
      targetId: 'T-P07-M2-1',
      indicatorId: 'student-myopia-rate',
    });
    const neither = ObservationInput.safeParse(base);
    for (const result of [both, neither]) {
      expect(result.success).toBe(false);
      const messages = result.error?.issues.map((issue) => issue.message).join(' ');
      expect(messages).toContain('give either indicatorId');
      expect(messages).toContain('targetId');
    }
    expect(both.error?.issues[0]?.path).toEqual(['targetId']);
    expect(neither.error?.issues[0]?.path).toEqual(['indicatorId']);
  });

  it('refuses a target id that is not one', () => {
    expect(ObservationInput.safeParse({ year: 2023, value: 1, targetId: 'P07-M2' }).success).toBe(
      false,
    );
  });
});

describe('ObservationPatch', () => {
  it('wants something to change', () => {
    expect(ObservationPatch.safeParse({ reason: 'typo' }).success).toBe(false);
    expect(ObservationPatch.safeParse({ value: 58, reason: 'typo' }).success).toBe(true);
  });
});

describe('Observation', () => {
  it('carries its review state, the reason of the last return and the last reviewer', () => {
    const returned = {
      ...storedObservation,
      approval: 'returned',
      approvalReason: 'the 2023 figure is the 2022 one',
      reviewedBy: 'city-bureau',
      reviewedAt: '2024-02-01T00:00:00Z',
    };
    expect(Observation.parse(returned)).toEqual(returned);
    expect(Observation.safeParse({ ...storedObservation, approval: 'maybe' }).success).toBe(false);
    expect(Approval.options).toEqual(['submitted', 'approved', 'returned']);
  });
});

describe('Revision', () => {
  it('has the review steps among its actions', () => {
    const step = {
      revision: 2,
      action: 'approve',
      actor: 'city-bureau',
      actorId: 't1',
      at: '2024-02-01T00:00:00Z',
      old: { ...storedObservation, approval: 'submitted' },
      new: storedObservation,
      reason: null,
    };
    expect(Revision.safeParse(step).success).toBe(true);
    expect(Revision.safeParse({ ...step, action: 'return' }).success).toBe(true);
    expect(Revision.safeParse({ ...step, action: 'reject' }).success).toBe(false);
  });
});
