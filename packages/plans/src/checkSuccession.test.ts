import { ordosPlan } from '@plan/indicators';
import { describe, expect, it } from 'vitest';
import { checkSuccession, checkSuccessionAgainst } from './checkSuccession.js';

const plan = { id: 'next', indicatorIds: new Set(['a', 'b']) };

describe('checkSuccession', () => {
  it('accepts links that end at the plan’s own indicators', () => {
    const links = [
      { from: 'x', to: 'a' },
      { from: 'x', to: 'b' },
    ];
    expect(checkSuccession({ predecessor: 'previous', links }, plan)).toEqual([]);
  });

  it('refuses a link to an indicator the plan does not have', () => {
    expect(
      checkSuccession({ predecessor: 'previous', links: [{ from: 'x', to: 'c' }] }, plan),
    ).toEqual([{ path: ['links', 0, 'to'], message: expect.stringContaining('"c"') }]);
  });

  it('refuses a second link to the same indicator: its baseline would be ambiguous', () => {
    const links = [
      { from: 'x', to: 'a' },
      { from: 'y', to: 'a' },
    ];
    expect(checkSuccession({ predecessor: 'previous', links }, plan)).toEqual([
      { path: ['links', 1, 'to'], message: expect.stringContaining('already continues "x"') },
    ]);
  });
});

describe('checkSuccessionAgainst', () => {
  it('accepts links from the predecessor’s indicators', () => {
    const succession = {
      predecessor: ordosPlan.id,
      links: [{ from: 'preschool-enrolment-rate', to: 'a' }],
    };
    expect(checkSuccessionAgainst(succession, ordosPlan)).toEqual([]);
  });

  it('refuses another predecessor and a link from an indicator it does not have', () => {
    const succession = { predecessor: 'other', links: [{ from: 'no-such-row', to: 'a' }] };
    expect(checkSuccessionAgainst(succession, ordosPlan)).toEqual([
      { path: ['predecessor'], message: `names "other", not "${ordosPlan.id}"` },
      { path: ['links', 0, 'from'], message: expect.stringContaining('"no-such-row"') },
    ]);
  });
});
