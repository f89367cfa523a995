import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_SOURCE, PLAN_SOURCE, SOURCE_PRECEDENCE, sourceRank } from './sources.js';

/** The value (not type-only) imports of a module of this package. */
function valueImports(file: string): string[] {
  const text = readFileSync(new URL(file, import.meta.url), 'utf8');
  return [...text.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1] ?? '');
}

describe('sources', () => {
  it('names the demo and plan sources', () => {
    expect([DEMO_SOURCE, PLAN_SOURCE]).toEqual(['demo', 'plan']);
  });

  it('ranks every source, the plan first and demo last', () => {
    expect(SOURCE_PRECEDENCE.map((entry) => entry.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(sourceRank({ source: PLAN_SOURCE, illustrative: false })).toBe(1);
    expect(sourceRank({ source: 'someone', illustrative: true })).toBe(5);
  });

  it('keeps oneValuePerDate and the source names free of zod, so a browser page can use them', () => {
    expect(valueImports('./sources.ts')).toEqual([]);
    expect(valueImports('./oneValuePerDate.ts')).toEqual(['./sources.js']);
  });
});
