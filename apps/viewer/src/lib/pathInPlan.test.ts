import { describe, expect, it } from 'vitest';
import { indicatorOfPath, linkedIndicators, pathInPlan } from './pathInPlan.js';

const older = { id: 'older-plan' };
const newer = {
  id: 'newer-plan',
  succession: { predecessor: 'older-plan', links: [{ from: 'rate-old', to: 'rate-new' }] },
};

describe('linkedIndicators', () => {
  it('maps the predecessor’s indicators to their successors', () => {
    expect([...linkedIndicators(older, newer)]).toEqual([['rate-old', 'rate-new']]);
  });

  it('maps a successor’s indicators back to the predecessor’s', () => {
    expect([...linkedIndicators(newer, older)]).toEqual([['rate-new', 'rate-old']]);
  });

  it('is empty for plans that do not follow one another', () => {
    expect(linkedIndicators(older, { id: 'unrelated' }).size).toBe(0);
  });
});

describe('pathInPlan', () => {
  const other = {
    indicatorIds: new Set(['shared', 'rate-new']),
    linked: new Map([['rate-old', 'rate-new']]),
  };

  it('keeps every page that is not an indicator’s', () => {
    expect(pathInPlan('/', other)).toBe('/');
    expect(pathInPlan('/report', other)).toBe('/report');
  });

  it('keeps an indicator the other plan has', () => {
    expect(pathInPlan('/indicators/shared', other)).toBe('/indicators/shared');
  });

  it('follows a succession link to the continued indicator', () => {
    expect(pathInPlan('/indicators/rate-old', other)).toBe('/indicators/rate-new');
  });

  it('falls back to the list for an indicator the other plan lacks', () => {
    expect(pathInPlan('/indicators/missing', other)).toBe('/indicators');
  });

  it('reads the indicator of a detail path', () => {
    expect(indicatorOfPath('/indicators/a-b')).toBe('a-b');
    expect(indicatorOfPath('/indicators')).toBeUndefined();
  });
});
