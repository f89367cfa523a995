import { indicatorById, ordosPlan } from '@plan/indicators';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../schema/observation.js';
import { indicatorSpecs } from './indicatorSpecs.js';

const observation = (
  indicatorId: string,
  year: number,
  value: Observation['value'],
  region = 'ordos',
): Observation => ({ indicatorId, year, value, region, source: 'test' }) as unknown as Observation;

describe('indicatorSpecs', () => {
  it('reads a plain row as one number, with the benchmark region’s figures beside it', () => {
    const row = indicatorById('preschool-enrolment-rate');
    const { quantities, scoredOn, notes } = indicatorSpecs(
      row,
      [observation(row.id, 2023, 98.8)],
      'ordos',
      ordosPlan,
    );
    expect(quantities).toHaveLength(1);
    expect(quantities[0]).toMatchObject({
      part: null,
      baseline: { value: 98.5, comparator: 'eq' },
      target: { value: 99, upper: null, comparator: 'eq' },
      targetFrom: 'plan',
      points: [{ year: 2023, value: 98.8, t: 2023 }],
      benchmark: { baseline: { value: 94.4 }, target: { value: 95, comparator: 'gte' } },
    });
    expect(scoredOn).toBeNull();
    expect(notes).toEqual([]);
  });

  it('scores a ratio on one share, within its band', () => {
    const row = indicatorById('vocational-general-ratio');
    const { quantities, scoredOn } = indicatorSpecs(
      row,
      [observation(row.id, 2023, { ratio: [38, 62] })],
      'ordos',
      ordosPlan,
    );
    expect(scoredOn?.zh).toContain('中职占比');
    expect(quantities[0]?.target).toMatchObject({ comparator: 'between', value: 40, upper: 50 });
    expect(quantities[0]?.points[0]?.value).toBeCloseTo(38, 10);
  });

  it('splits a row by part, each part with its own points', () => {
    const row = indicatorById('dual-qualified-teachers-share');
    const { quantities } = indicatorSpecs(
      row,
      [observation(row.id, 2023, { parts: { higher: 55 } })],
      'ordos',
      ordosPlan,
    );
    expect(quantities.map((quantity) => quantity.part)).toEqual(['secondary', 'higher']);
    expect(quantities.map((quantity) => quantity.points.length)).toEqual([0, 1]);
  });

  it('applies the city’s target to a district, without a baseline, and says so', () => {
    const row = indicatorById('preschool-enrolment-rate');
    const { quantities, notes } = indicatorSpecs(row, [], 'dongsheng', ordosPlan);
    expect(quantities[0]).toMatchObject({ baseline: null, targetFrom: 'subject', benchmark: null });
    expect(quantities[0]?.target?.value).toBe(99);
    expect(notes).toHaveLength(1);
  });

  it('reads the benchmark region’s own figures when it is the region assessed', () => {
    const row = indicatorById('preschool-enrolment-rate');
    const { quantities } = indicatorSpecs(row, [], 'inner-mongolia', ordosPlan);
    expect(quantities[0]).toMatchObject({
      baseline: { value: 94.4 },
      target: { value: 95 },
      targetFrom: 'plan',
      benchmark: null,
    });
  });
});
