import { describe, expect, it } from 'vitest';
import {
  openSdgStatuses,
  sdsnStatuses,
  statusLabels,
  statusRank,
  timeProgressStatuses,
  unsd2023Statuses,
  weatherStatuses,
} from './statusLabels.js';

describe('statusLabels', () => {
  it('labels every status of every method in both languages', () => {
    const lists = {
      'time-progress': timeProgressStatuses,
      'open-sdg': openSdgStatuses,
      'unsd-2023': unsd2023Statuses,
      weather: weatherStatuses,
      sdsn: sdsnStatuses,
    } as const;
    for (const [method, statuses] of Object.entries(lists)) {
      expect(Object.keys(statusLabels[method as keyof typeof lists])).toEqual([...statuses]);
      for (const entry of Object.values(statusLabels[method as keyof typeof lists])) {
        expect(entry.label.zh.length).toBeGreaterThan(0);
        expect(entry.label.en.length).toBeGreaterThan(0);
        expect(entry.colour).toMatch(/^#[0-9a-f]{6}$/);
      }
    }
  });

  it('uses the wording of the national mid-term evaluation for time-progress', () => {
    expect(Object.values(statusLabels['time-progress']).map((entry) => entry.label.zh)).toEqual([
      '提前实现',
      '快于预期',
      '基本符合预期',
      '滞后',
      '倒退',
      '无数据',
    ]);
  });

  it('ranks statuses from worst (0) up, and gives "cannot tell" no rank', () => {
    expect(statusRank('weather', 'thunderstorm')).toBe(0);
    expect(statusRank('weather', 'sun')).toBe(3);
    expect(statusRank('open-sdg', 'not_available')).toBeNull();
    expect(statusRank('open-sdg', 'no such status')).toBeNull();
  });
});
