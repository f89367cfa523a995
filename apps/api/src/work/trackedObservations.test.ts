import { describe, expect, it } from 'vitest';
import { packTrackedObservations, unpackTrackedObservations } from './trackedObservations.js';

const row = {
  indicatorId: 'preschool-enrolment-rate',
  region: 'ordos',
  year: 2023,
  date: '2023-12-31',
  period: 'year' as const,
  value: 91.5,
  source: 'bulletin',
  illustrative: false,
};

describe('packTrackedObservations', () => {
  it('gives back the fields trackPlan reads, and no others', () => {
    const stored = {
      ...row,
      id: 'o1',
      note: 'dropped',
      targetId: 'T-1',
      approval: 'submitted' as const,
    };
    expect(unpackTrackedObservations(packTrackedObservations([stored]))).toEqual([
      { ...row, targetId: 'T-1', approval: 'submitted' },
    ]);
  });

  it('leaves an unset approval unset (trackPlan counts it) and a missing target id null', () => {
    const [back] = unpackTrackedObservations(packTrackedObservations([row]));
    expect(back).toEqual({ ...row, targetId: null });
    expect(back && 'approval' in back).toBe(false);
  });
});
