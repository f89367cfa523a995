import { describe, expect, it } from 'vitest';
import { ObservationInput, ObservationPatch } from './observation.js';

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

describe('ObservationPatch', () => {
  it('wants something to change', () => {
    expect(ObservationPatch.safeParse({ reason: 'typo' }).success).toBe(false);
    expect(ObservationPatch.safeParse({ value: 58, reason: 'typo' }).success).toBe(true);
  });
});
