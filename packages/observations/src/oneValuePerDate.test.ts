import { describe, expect, it } from 'vitest';
import { storedObservation } from './_test/storedObservation.js';
import { oneValuePerDate } from './oneValuePerDate.js';

const base = storedObservation;

describe('oneValuePerDate', () => {
  it('keeps one value per indicator, region and date, preferring official over illustrative', () => {
    const demo = {
      ...base,
      id: 'demo',
      source: 'demo',
      illustrative: true,
      updatedAt: '2024-01-01T00:00:00Z',
    };
    const { used, setAside } = oneValuePerDate([demo, base]);
    expect(used.map((item) => item.id)).toEqual(['a']);
    expect(setAside.map((item) => item.id)).toEqual(['demo']);
  });

  it('prefers the most recently updated among official values', () => {
    const newer = { ...base, id: 'b', source: 'bulletin', updatedAt: '2024-02-01T00:00:00Z' };
    expect(oneValuePerDate([base, newer]).used.map((item) => item.id)).toEqual(['b']);
    expect(oneValuePerDate([newer, base]).used.map((item) => item.id)).toEqual(['b']);
  });

  it('breaks a tie of equal update times by source name, so every run picks the same', () => {
    const other = { ...base, id: 'b', source: 'bulletin' };
    expect(oneValuePerDate([base, other]).used.map((item) => item.id)).toEqual(['b']);
    expect(oneValuePerDate([other, base]).used.map((item) => item.id)).toEqual(['b']);
  });

  it('leaves values of other dates and regions alone', () => {
    const other = { ...base, id: 'c', region: 'dongsheng' };
    const later = { ...base, id: 'd', year: 2023, date: '2023-12-31' };
    expect(oneValuePerDate([base, other, later]).setAside).toEqual([]);
  });
});
