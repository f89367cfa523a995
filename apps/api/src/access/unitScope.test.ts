import { describe, expect, it } from 'vitest';
import { ownerOf, unitRefusal } from './unitScope.js';

const targets = [
  { id: 'T-P07-M2-4', location: { measure: 'P07-M2' } },
  { id: 'T-C3S4-1', location: {} },
];
const rows = [{ itemId: 'P07-M2', lead: 'basic-education', cooperating: ['finance'] }];

describe('ownerOf', () => {
  it('gives an item its own assignment, else (a target) its measure’s, else null', () => {
    expect(ownerOf('P07-M2', rows, targets)).toEqual({
      lead: 'basic-education',
      cooperating: ['finance'],
    });
    expect(ownerOf('T-P07-M2-4', rows, targets)).toEqual({
      lead: 'basic-education',
      cooperating: ['finance'],
    });
    const own = [...rows, { itemId: 'T-P07-M2-4', lead: 'planning', cooperating: [] }];
    expect(ownerOf('T-P07-M2-4', own, targets)).toEqual({ lead: 'planning', cooperating: [] });
    expect(ownerOf('T-C3S4-1', rows, targets)).toBeNull();
  });
});

describe('unitRefusal', () => {
  const owner = { lead: 'basic-education', cooperating: ['finance'] };
  it('lets the lead and cooperating units write, and any token without a unit', () => {
    expect(
      unitRefusal({ name: 'a', scope: { unit: 'basic-education' } }, 'P07-M2', owner),
    ).toBeUndefined();
    expect(unitRefusal({ name: 'a', scope: { unit: 'finance' } }, 'P07-M2', owner)).toBeUndefined();
    expect(unitRefusal({ name: 'a', scope: null }, 'P07-M2', null)).toBeUndefined();
  });
  it('names the item and the unit when refusing', () => {
    const refusal = unitRefusal({ name: 'sports', scope: { unit: 'sports' } }, 'P07-M2', owner);
    expect(refusal).toContain('P07-M2');
    expect(refusal).toContain('sports');
    expect(unitRefusal({ name: 'sports', scope: { unit: 'sports' } }, 'T-C3S4-1', null)).toContain(
      'no responsible unit',
    );
  });
});
