import { describe, expect, it } from 'vitest';
import { storedObservation } from './_test/storedObservation.js';
import { oneValuePerDate } from './oneValuePerDate.js';
import { sourceRank } from './sources.js';

const base = storedObservation;
const ids = (result: { used: { id: string }[] }) => result.used.map((item) => item.id);

describe('oneValuePerDate', () => {
  it('keeps one value per indicator, region and date, preferring official over illustrative', () => {
    const demo = {
      ...base,
      id: 'demo',
      source: 'demo',
      illustrative: true,
      createdAt: '2020-01-01T00:00:00Z',
    };
    const { used, setAside } = oneValuePerDate([demo, base]);
    expect(used.map((item) => item.id)).toEqual(['a']);
    expect(setAside.map((item) => item.id)).toEqual(['demo']);
  });

  it('follows the source precedence: plan, statistics, department reports, other sources, demo', () => {
    const plan = { ...base, id: 'plan', source: 'plan' };
    const stats = { ...base, id: 'stats', source: 'statistics-bureau' };
    const bulletin = { ...base, id: 'bulletin', source: '2022年统计公报' };
    const department = { ...base, id: 'dept', source: '市教育局' };
    const api = { ...base, id: 'api', source: 'api' };
    expect(ids(oneValuePerDate([api, department, stats, plan]))).toEqual(['plan']);
    expect(ids(oneValuePerDate([api, department, stats]))).toEqual(['stats']);
    expect(ids(oneValuePerDate([department, bulletin]))).toEqual(['bulletin']);
    expect(ids(oneValuePerDate([api, department]))).toEqual(['dept']);
    expect([plan, stats, bulletin, department, api].map(sourceRank)).toEqual([1, 2, 2, 3, 4]);
    expect(sourceRank({ source: 'demo', illustrative: true })).toBe(5);
  });

  it('does not let a later write of the same rank displace the value recorded first', () => {
    const later = {
      ...base,
      id: 'b',
      source: 'import',
      createdAt: '2024-02-01T00:00:00Z',
      updatedAt: '2024-02-01T00:00:00Z',
    };
    expect(ids(oneValuePerDate([base, later]))).toEqual(['a']);
    expect(ids(oneValuePerDate([later, base]))).toEqual(['a']);
  });

  it('breaks a tie of equal creation times by source name, so every run picks the same', () => {
    const other = { ...base, id: 'b', source: 'import' };
    expect(ids(oneValuePerDate([base, other]))).toEqual(['b']);
    expect(ids(oneValuePerDate([other, base]))).toEqual(['b']);
  });

  it('leaves values of other dates and regions alone', () => {
    const other = { ...base, id: 'c', region: 'dongsheng' };
    const later = { ...base, id: 'd', year: 2023, date: '2023-12-31' };
    expect(oneValuePerDate([base, other, later]).setAside).toEqual([]);
  });
});
