import { describe, expect, it } from 'vitest';
import {
  fmt,
  fmtAfterWide,
  orNull,
  pct,
  round,
  round3,
  round4,
  round6,
  round6Into,
  roundHalfUp,
} from './numbers.js';

/** What `fmt` and `pct` must write: the shortest decimal of a whole number of hundredths (tenths). */
function expected(units: number, perUnit: number): string {
  return `${units < 0 ? '-' : ''}${String(Math.abs(units) / perUnit)}`;
}

describe('fmt', () => {
  it('writes at most two decimals without trailing zeros', () => {
    expect(fmt(12.345678)).toBe('12.35');
    expect(fmt(12.3)).toBe('12.3');
    expect(fmt(12.05)).toBe('12.05');
    expect(fmt(12)).toBe('12');
    expect(fmt(0.004)).toBe('0');
    expect(fmt(-0.004)).toBe('0');
    expect(fmt(-0.05)).toBe('-0.05');
    expect(fmt(-1234.5)).toBe('-1234.5');
  });

  it('writes a dash for no number', () => {
    expect(fmt(null)).toBe('—');
    expect(fmt(Number.NaN)).toBe('—');
    expect(fmt(Number.POSITIVE_INFINITY)).toBe('—');
  });

  it('writes huge numbers as JavaScript does', () => {
    expect(fmt(1e300)).toBe(String(1e300));
    expect(fmt(-21474836.48)).toBe('-21474836.48');
  });

  it('agrees with the shortest decimal of every number of hundredths up to ±200,000', () => {
    for (let units = -200_000; units <= 200_000; units++) {
      const text = fmt(units / 100);
      if (text !== (units === 0 ? '0' : expected(units, 100)))
        expect(text).toBe(expected(units, 100));
    }
  });
});

describe('pct', () => {
  it('writes a ratio as a percentage with at most one decimal', () => {
    expect(pct(0.6)).toBe('60%');
    expect(pct(0.59965)).toBe('60%');
    expect(pct(0.5996)).toBe('60%');
    expect(pct(0.5994)).toBe('59.9%');
    expect(pct(-0.0126)).toBe('-1.3%');
    expect(pct(0.0004)).toBe('0%');
    expect(pct(null)).toBe('—');
  });

  it('rounds a half up, as Math.round does', () => {
    expect(pct(0.0125)).toBe('1.3%');
    expect(pct(-0.0125)).toBe('-1.2%');
  });

  it('agrees with the shortest decimal of every number of tenths of a percent up to ±200,000', () => {
    for (let units = -200_000; units <= 200_000; units++) {
      const text = pct(units / 1000);
      const want = units === 0 ? '0%' : `${expected(units, 10)}%`;
      if (text !== want) expect(text).toBe(want);
    }
  });
});

describe('round', () => {
  it('rounds to six decimals by default, and to fewer when asked', () => {
    expect(round(1 / 3)).toBe(0.333333);
    expect(round(1 / 3, 4)).toBe(0.3333);
  });

  it('never returns minus zero, and null for no number', () => {
    expect(Object.is(round(-1e-9), 0)).toBe(true);
    expect(round(Number.NaN)).toBeNull();
    expect(round(Number.NEGATIVE_INFINITY)).toBeNull();
    expect(Object.is(round(-0), 0)).toBe(true);
  });

  it('returns whole numbers as the full formula would, at every number of decimals', () => {
    const formula = (x: number, factor: number) => Math.round(x * factor) / factor;
    const wholes = [1, 2, 7, 2025, 9999, 65_535, 1e6 + 1, 2 ** 30 + 3, 2 ** 31 - 1];
    for (let decimals = 0; decimals <= 8; decimals++) {
      const factor = 10 ** decimals;
      for (const x of [...wholes, ...wholes.map((w) => -w), -(2 ** 31)]) {
        if (!Object.is(round(x, decimals), formula(x, factor))) {
          expect([x, decimals, round(x, decimals)]).toEqual([x, decimals, formula(x, factor)]);
        }
      }
      // Whole numbers spread over the 32-bit range (a multiplicative hash of i).
      for (let i = 0; i < 20_000; i++) {
        const x = Math.imul(i, 2_654_435_761);
        const want = formula(x, factor);
        if (!Object.is(round(x, decimals), want === 0 ? 0 : want))
          expect(round(x, decimals)).toBe(want);
      }
    }
  });
});

describe('roundHalfUp', () => {
  it('gives what Math.round gives, but +0 for −0', () => {
    const values = [
      0,
      -0,
      0.5,
      -0.5,
      1.5,
      -1.5,
      2.5,
      -2.5,
      0.49999999999999994,
      -0.49999999999999994,
      -0.5000000000000001,
      0.5000000000000001,
      4503599627370495.5,
      -4503599627370495.5,
      2 ** 52 + 1,
      -(2 ** 52) - 1,
      2 ** 53 + 2,
      Number.MIN_VALUE,
      -Number.MIN_VALUE,
      Number.MAX_VALUE,
      -Number.MAX_VALUE,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
    ];
    // Doubles from their bits (every exponent, both signs), and halves and near-halves.
    const bits = new DataView(new ArrayBuffer(8));
    for (let i = 0; i < 200_000; i++) {
      bits.setUint32(0, Math.imul(i, 2_654_435_761) >>> 0);
      bits.setUint32(4, Math.imul(i + 1, 2_246_822_519) >>> 0);
      values.push(bits.getFloat64(0));
      const half = (i % 4000) - 2000 + 0.5;
      values.push(half, half * (1 + Number.EPSILON), half * (1 - Number.EPSILON) - 0);
      values.push(((i % 2000) - 1000) / 1000 + (i % 3) * 1e-17);
    }
    for (const v of values) {
      const want = Math.round(v) + 0;
      if (!Object.is(roundHalfUp(v), want)) expect([v, roundHalfUp(v)]).toEqual([v, want]);
    }
  });
});

describe('round6, round4, round3 and round6Into', () => {
  it('give exactly what round gives at 6, 4 and 3 decimals', () => {
    const values = [
      0,
      -0,
      1e-9,
      -1e-9,
      0.5e-6,
      -0.5e-6,
      1 / 3,
      -2 / 3,
      2025,
      -7,
      2 ** 31,
      -(2 ** 31) - 1,
    ];
    values.push(1e15 + 0.5, 1.7e302, -1.7e302, 1e306, Number.MAX_VALUE, Number.MIN_VALUE);
    values.push(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY);
    for (let i = 0; i < 50_000; i++) {
      // Magnitudes from 1e-8 to 1e8, both signs, from a multiplicative hash of i.
      const u = (Math.imul(i, 2_654_435_761) >>> 0) / 2 ** 32;
      values.push((i % 2 ? -1 : 1) * 10 ** (u * 16 - 8));
    }
    for (const x of values) {
      if (!Object.is(round6(x), round(x, 6))) expect([x, round6(x)]).toEqual([x, round(x, 6)]);
      if (!Object.is(round4(x), round(x, 4))) expect([x, round4(x)]).toEqual([x, round(x, 4)]);
      const into = new Float64Array(1);
      round6Into(Float64Array.of(x), into);
      if (!Object.is(orNull(into[0] as number), round6(x)))
        expect([x, orNull(into[0] as number)]).toEqual([x, round6(x)]);
      if (!Object.is(round3(x), round(x, 3))) expect([x, round3(x)]).toEqual([x, round(x, 3)]);
    }
  });
});

describe('fmtAfterWide', () => {
  it('writes the prefix and fmt of the number, for every number of hundredths up to ±1,000,000', () => {
    for (
      let units = -1_000_000;
      units <= 1_000_000;
      units += units > -2000 && units < 2000 ? 1 : 7
    ) {
      const x = units / 100;
      const text = fmtAfterWide('≥ ', x);
      if (text !== `≥ ${fmt(x)}`) expect(text).toBe(`≥ ${fmt(x)}`);
    }
  });

  it('rounds as fmt does, and writes a dash for no number', () => {
    expect(fmtAfterWide('≤ ', 59.535447946272704)).toBe('≤ 59.54');
    expect(fmtAfterWide('≤ ', 0.004)).toBe('≤ 0');
    expect(fmtAfterWide('≤ ', 9999.995)).toBe(`≤ ${fmt(9999.995)}`);
    expect(fmtAfterWide('≥ ', 1e12)).toBe('≥ 1000000000000');
    expect(fmtAfterWide('≥ ', Number.NaN)).toBe('≥ —');
  });
});
