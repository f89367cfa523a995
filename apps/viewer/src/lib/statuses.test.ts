import { statusLabels } from '@plan/scoring';
import { describe, expect, it } from 'vitest';
import { methods, statusesOf, statusInfo } from './statuses.js';

describe('statusesOf', () => {
  it('lists every status of every method with both labels and an icon', () => {
    for (const method of methods) {
      const statuses = statusesOf(method);
      expect(statuses.map((entry) => entry.status)).toEqual(Object.keys(statusLabels[method]));
      for (const entry of statuses) {
        expect(entry.label.zh).not.toBe('');
        expect(entry.label.en).not.toBe('');
        expect(entry.icon).toBeTypeOf('string');
      }
    }
  });

  it('gives "cannot tell" statuses the unknown icon, so no data never looks like a verdict', () => {
    for (const method of methods) {
      for (const entry of statusesOf(method)) {
        expect(entry.icon === 'unknown').toBe(entry.rank === null);
      }
    }
  });

  it('gives the best and the worst status of each method different icons', () => {
    for (const method of methods) {
      const ranked = statusesOf(method).filter((entry) => entry.rank !== null);
      expect(ranked[0]?.icon).not.toBe(ranked.at(-1)?.icon);
    }
  });
});

describe('statusInfo', () => {
  it('reads the label of a known status', () => {
    expect(statusInfo('time-progress', 'behind').label).toEqual({
      zh: '滞后',
      en: 'Behind schedule',
    });
  });

  it('shows an unknown status by its own name instead of failing', () => {
    expect(statusInfo('weather', 'hail')).toMatchObject({
      label: { zh: 'hail', en: 'hail' },
      rank: null,
      icon: 'unknown',
    });
  });
});
