import { describe, expect, it } from 'vitest';
import { BaselineFactId } from './baselineFact.js';
import { Location, MeasureId } from './location.js';
import { TargetId } from './target.js';

describe('MeasureId', () => {
  it('accepts the project in two digits or more, as many projects as the plan has', () => {
    for (const id of ['P01-M1', 'P07-M3', 'P20-M12', 'P23-M1', 'P105-M2']) {
      expect(MeasureId.safeParse(id).success, id).toBe(true);
    }
  });

  it('refuses project 0, a number in one digit, and a padded number past two digits', () => {
    for (const id of ['P00-M1', 'P7-M1', 'P007-M1', 'P07-M0', 'P07M1']) {
      expect(MeasureId.safeParse(id).success, id).toBe(false);
    }
  });
});

describe('TargetId and BaselineFactId', () => {
  it('accept a measure past 专栏20 and prose past chapter 9', () => {
    for (const id of ['T-P13-M2-1', 'T-P23-M1-1', 'T-C3S4-7', 'T-C12S10-2']) {
      expect(TargetId.safeParse(id).success, id).toBe(true);
    }
    for (const id of ['B-P07-M2-1', 'B-P25-M1-3', 'B-C1S1-3', 'B-C11S2-1']) {
      expect(BaselineFactId.safeParse(id).success, id).toBe(true);
    }
  });

  it('refuse an id that does not say where it is', () => {
    for (const id of ['T-P13-1', 'T-C0S1-1', 'T-C3-1', 'T-P13-M2-0']) {
      expect(TargetId.safeParse(id).success, id).toBe(false);
    }
  });
});

describe('Location', () => {
  it('takes any 专栏 number the plan has', () => {
    expect(Location.safeParse({ chapter: 4, box: 23, measure: 'P23-M1', line: 9 }).success).toBe(
      true,
    );
    expect(Location.safeParse({ box: 0, line: 9 }).success).toBe(false);
  });
});
