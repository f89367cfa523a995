import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactScoreOf } from './_lib/exactScore.js';
import { assess } from './assess.js';
import type { AssessInput, Method } from './schema/assessInput.js';
import { ScoringInputError } from './scoringInputError.js';

/**
 * `assess` must give, for every method, exactly what it gave before it was
 * made faster: `assess.reference.generated.json` holds a varied set of inputs and, for
 * each, a hash of `JSON.stringify` of the result (or of the error's issues)
 * and the unrounded score that roll-ups combine, computed by the earlier
 * implementation (zod-checked inputs, eager explanations, scores kept in a
 * WeakMap). `UPDATE_ASSESS_REFERENCE=1 vitest run src/assess.reference.test.ts`
 * rewrites it: only do so on purpose, when a result is meant to change.
 */
const FIXTURE = new URL('./assess.reference.generated.json', import.meta.url);
const methods: Method[] = ['time-progress', 'open-sdg', 'unsd-2023', 'weather', 'sdsn'];

// The generators of assess.property.test.ts.
const value = fc.integer({ min: 1, max: 2000 }).map((x) => x / 10);
const generated = fc.record({
  method: fc.constantFrom(...methods),
  direction: fc.constantFrom('increase' as const, 'decrease' as const),
  values: fc.array(value, { minLength: 2, maxLength: 8 }),
  target: fc.option(fc.record({ year: fc.constantFrom(2025, 2030), value }), { nil: undefined }),
  limit: fc.option(value, { nil: undefined }),
});
type Generated = typeof generated extends fc.Arbitrary<infer T> ? T : never;

function fromGenerated(g: Generated, transform: (x: number) => number = (x) => x): AssessInput {
  return {
    method: g.method,
    direction: g.direction,
    series: g.values.map((v, i) => ({ year: 2020 + i, value: transform(v) })),
    ...(g.target ? { target: { year: g.target.year, value: transform(g.target.value) } } : {}),
    ...(g.limit !== undefined ? { limit: transform(g.limit) } : {}),
  };
}

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Edge cases the property generators do not reach: comparators, dates, asOf, zeros, signs, bounds, bad input. */
function handMade(): unknown[] {
  const next = random(17);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const comparators = [undefined, 'eq', 'gte', 'gt', 'lte', 'lt', 'about', 'between'] as const;
  const cases: unknown[] = [];
  for (let i = 0; i < 1000; i++) {
    const method = methods[i % methods.length] as Method;
    const direction = next() < 0.5 ? 'increase' : 'decrease';
    const count = 1 + Math.floor(next() * 8);
    const dated = next() < 0.25;
    const scale = pick([1, 1, 1, 100, 0.01, -1]);
    const base = pick([0, 10, 50, 99, 100, -5, 37.25]) * scale;
    const slope = (next() - 0.4) * 10 * Math.abs(scale || 1);
    const series: { year?: number; date?: string; value: number }[] = [];
    for (let j = 0; j < count; j++) {
      const v = Math.round((base + slope * j + (next() - 0.5) * 3) * 100) / 100;
      const value = next() < 0.05 ? 0 : v;
      if (dated) series.push({ date: `${2020 + j}-${pick(['03-31', '06-30', '12-31'])}`, value });
      else series.push({ year: 2020 + j, value });
    }
    if (count > 2 && next() < 0.1) series.reverse().unshift(series.pop() as never);
    const input: Record<string, unknown> = { method, direction, series };
    if (next() < 0.85) {
      const comparator = pick(comparators);
      const tv = pick([base, base + 20 * scale, base - 20 * scale, 100, 0, 56.5]);
      const target: Record<string, unknown> =
        next() < 0.2 ? { date: '2025-06-30' } : { year: pick([2025, 2023, 2030]) };
      target.value = tv;
      if (comparator) target.comparator = comparator;
      if (comparator === 'between') target.upper = tv + pick([0, 5, 10]);
      if (comparator === 'about' && next() < 0.5) target.tolerance = pick([0, 1, 2.5]);
      input.target = target;
    }
    if (next() < 0.2) input.limit = pick([100, 0, null, 120]);
    if (next() < 0.3)
      input.asOf = pick(['2019-12-31', '2021-12-31', '2022-07-01', '2023-12-31', '2030-01-01']);
    if (next() < 0.15) input.onTrackTolerance = pick([0, 0.1, 1]);
    if (next() < 0.2) input.unit = pick(['percent', 'count', 'amount', 'ratio']);
    if (method === 'sdsn' && next() < 0.3) {
      input.sdsn = pick([
        { lowerBound: 0, optimum: 100 },
        { green: 90, red: 40 },
        { lowerBound: 0, optimum: 100, green: 90, red: 40 },
        { optimum: -10 },
        {},
      ]);
    }
    cases.push(input);
  }
  const ok = {
    method: 'open-sdg',
    direction: 'increase',
    series: [
      { year: 2020, value: 1 },
      { year: 2023, value: 2 },
    ],
  };
  cases.push(
    null,
    {},
    { ...ok, method: 'nope' },
    { ...ok, series: [] },
    { ...ok, series: [{ year: 2020, value: Number.NaN }] },
    { ...ok, series: [{ year: 2020.5, value: 1 }] },
    { ...ok, series: [{ year: 2020, date: '2020-12-31', value: 1 }] },
    { ...ok, series: [{ value: 1 }] },
    { ...ok, series: [{ date: '2020-13-40', value: 1 }] },
    {
      ...ok,
      series: [
        { year: 2021, value: 1 },
        { year: 2020, value: 2 },
      ],
    },
    {
      ...ok,
      series: [
        { year: 2020, value: 1 },
        { year: 2021, value: 2 },
        { year: 2021, value: 3 },
      ],
    },
    { ...ok, target: { year: 2019, value: 3 } },
    { ...ok, target: { year: 2025, value: 3, comparator: 'between' } },
    { ...ok, target: { year: 2025, value: 3, comparator: 'between', upper: 2 } },
    { ...ok, target: { value: 3 } },
    { ...ok, target: { year: 2025, value: 3, tolerance: -1 } },
    { ...ok, limit: Number.POSITIVE_INFINITY },
    { ...ok, asOf: 'yesterday' },
    { ...ok, onTrackTolerance: 2 },
    { ...ok, unit: 'metres' },
    { ...ok, sdsn: { lowerBound: 'x' } },
    {
      ...ok,
      method: 'sdsn',
      target: { year: 2025, value: 3 },
      sdsn: { lowerBound: 10, optimum: 0 },
    },
  );
  return cases;
}

function allInputs(): unknown[] {
  const sampled = fc.sample(generated, { seed: 20261202, numRuns: 600 });
  const fromProperties = sampled.flatMap((g) => [
    fromGenerated(g),
    {
      ...fromGenerated(g, (x) => -x),
      direction: g.direction === 'increase' ? 'decrease' : 'increase',
    },
  ]);
  return [...fromProperties, ...handMade()];
}

function numberText(x: number | null): string {
  return x === null ? 'null' : Object.is(x, -0) ? '-0' : String(x);
}

/** What a caller sees of one input: the result as JSON and the unrounded score, or the error's issues. */
function outcome(input: unknown): { json: string; exact: string } {
  try {
    const result = assess(input as AssessInput);
    return { json: JSON.stringify(result), exact: numberText(exactScoreOf(result)) };
  } catch (error) {
    // `assess(null)` has always thrown a TypeError rather than a ScoringInputError.
    if (!(error instanceof ScoringInputError))
      return { json: `throws ${String(error)}`, exact: 'error' };
    return { json: `error ${error.message} ${JSON.stringify(error.issues)}`, exact: 'error' };
  }
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

type Reference = { inputs: unknown[]; expected: [string, string][] };

describe('assess, against the results of its earlier implementation', () => {
  it('gives the same JSON and the same unrounded score for every method and input', () => {
    if (process.env.UPDATE_ASSESS_REFERENCE === '1') {
      // Through JSON first, as the fixture keeps them (NaN and Infinity become null).
      const inputs = JSON.parse(JSON.stringify(allInputs())) as unknown[];
      const expected = inputs.map((input) => {
        const { json, exact } = outcome(input);
        return [hash(json), exact];
      });
      writeFileSync(FIXTURE, `${JSON.stringify({ inputs, expected })}\n`);
    }
    const reference = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Reference;
    const inputs = reference.inputs;
    expect(inputs.length).toBeGreaterThan(2000);
    const differences: string[] = [];
    inputs.forEach((input, index) => {
      const { json, exact } = outcome(input);
      const [hashWas, exactWas] = reference.expected[index] as [string, string];
      if (hash(json) !== hashWas || exact !== exactWas)
        differences.push(
          `#${index} ${JSON.stringify(input)} → ${json} (unrounded ${exact}, was ${exactWas})`,
        );
    });
    expect(differences.slice(0, 5)).toEqual([]);
  });

  it('covers every method, valid and invalid input', () => {
    const reference = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Reference;
    const seen = new Set(
      reference.inputs.map((input) => (input as { method?: string } | null)?.method ?? 'none'),
    );
    for (const method of methods) expect(seen).toContain(method);
    expect(reference.expected.filter(([, exact]) => exact === 'error').length).toBeGreaterThan(10);
  });
});
