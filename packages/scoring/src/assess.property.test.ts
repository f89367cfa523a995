import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from './assess.js';
import type { AssessInput, Method } from './schema/assessInput.js';
import { AssessResult } from './schema/results.js';
import { sdsnColourLabels, statusRank } from './statusLabels.js';

const RUNS = { numRuns: 200 };
const methods: Method[] = ['time-progress', 'open-sdg', 'unsd-2023', 'weather', 'sdsn'];

/** Positive values with one decimal, as plan figures are: the growth-rate methods need them non-zero. */
const value = fc.integer({ min: 1, max: 2000 }).map((x) => x / 10);

/** A series from 2020 of 2–8 yearly points, a target in 2025 or 2030, a direction, sometimes a limit. */
const input = fc.record({
  method: fc.constantFrom(...methods),
  direction: fc.constantFrom('increase' as const, 'decrease' as const),
  values: fc.array(value, { minLength: 2, maxLength: 8 }),
  target: fc.option(fc.record({ year: fc.constantFrom(2025, 2030), value }), { nil: undefined }),
  limit: fc.option(value, { nil: undefined }),
});
type Generated = typeof input extends fc.Arbitrary<infer T> ? T : never;

function toInput(g: Generated, transform: (x: number) => number = (x) => x): AssessInput {
  return {
    method: g.method,
    direction: g.direction,
    series: g.values.map((v, i) => ({ year: 2020 + i, value: transform(v) })),
    ...(g.target ? { target: { year: g.target.year, value: transform(g.target.value) } } : {}),
    ...(g.limit !== undefined ? { limit: transform(g.limit) } : {}),
  };
}

function colourRank(result: ReturnType<typeof assess>): number | null {
  return result.method === 'sdsn' ? sdsnColourLabels[result.colour].rank : null;
}

describe('assess, for any series', () => {
  it('never gives a worse status for a better latest value', () => {
    fc.assert(
      fc.property(input, fc.integer({ min: 1, max: 500 }), (g, step) => {
        const d = g.direction === 'increase' ? 1 : -1;
        const values = [...g.values];
        const last = values.length - 1;
        const better = (values[last] as number) + (d * step) / 10;
        fc.pre(better > 0);
        const before = assess(toInput(g));
        values[last] = better;
        const after = assess(toInput({ ...g, values }));
        const rankBefore = statusRank(g.method, before.status);
        const rankAfter = statusRank(g.method, after.status);
        if (rankBefore !== null && rankAfter !== null)
          expect(rankAfter).toBeGreaterThanOrEqual(rankBefore);
        const colourBefore = colourRank(before);
        const colourAfter = colourRank(after);
        if (colourBefore !== null && colourAfter !== null)
          expect(colourAfter).toBeGreaterThanOrEqual(colourBefore);
      }),
      RUNS,
    );
  });

  it('mirrors: negating every value and flipping the direction gives the same result', () => {
    fc.assert(
      fc.property(input, (g) => {
        const result = assess(toInput(g));
        const mirrored = assess({
          ...toInput(g, (x) => -x),
          direction: g.direction === 'increase' ? 'decrease' : 'increase',
        });
        expect(mirrored.status).toBe(result.status);
        expect(mirrored.score).toBe(result.score);
        if (result.method === 'open-sdg' && mirrored.method === 'open-sdg') {
          expect(mirrored.progressValue).toBe(result.progressValue);
        }
        if (result.method === 'sdsn' && mirrored.method === 'sdsn')
          expect(mirrored.colour).toBe(result.colour);
      }),
      RUNS,
    );
  });

  it('is scale-free: multiplying every value by a power of two changes nothing', () => {
    fc.assert(
      fc.property(input, fc.integer({ min: -4, max: 4 }), (g, k) => {
        const factor = 2 ** k;
        const result = assess(toInput(g));
        const scaled = assess(toInput(g, (x) => x * factor));
        expect(scaled.status).toBe(result.status);
        expect(scaled.score).toBe(result.score);
        if (result.method === 'sdsn' && scaled.method === 'sdsn')
          expect(scaled.colour).toBe(result.colour);
      }),
      RUNS,
    );
  });

  it('returns plain JSON matching the AssessResult schema, even for zero, negative and odd inputs', () => {
    const anyValue = fc.integer({ min: -1000, max: 1000 }).map((x) => x / 10);
    const odd = fc.record({
      method: fc.constantFrom(...methods),
      direction: fc.constantFrom('increase' as const, 'decrease' as const),
      values: fc.array(anyValue, { minLength: 1, maxLength: 8 }),
      target: fc.option(
        fc.record({
          year: fc.constantFrom(2021, 2025),
          value: anyValue,
          comparator: fc.constantFrom(
            'eq' as const,
            'gte' as const,
            'gt' as const,
            'lte' as const,
            'lt' as const,
            'about' as const,
          ),
        }),
        { nil: undefined },
      ),
      asOf: fc.option(fc.constantFrom('2019-06-30', '2021-12-31', '2023-06-30', '2030-01-01'), {
        nil: undefined,
      }),
    });
    fc.assert(
      fc.property(odd, (g) => {
        const result = assess({
          method: g.method,
          direction: g.direction,
          series: g.values.map((v, i) => ({ year: 2020 + i, value: v })),
          ...(g.target ? { target: g.target } : {}),
          ...(g.asOf ? { asOf: g.asOf } : {}),
        });
        expect(JSON.parse(JSON.stringify(result))).toEqual(result);
        expect(AssessResult.safeParse(result).success).toBe(true);
      }),
      RUNS,
    );
  });
});
