/** A finite number, or null for NaN and ±Infinity (results must be plain JSON). */
export function finite(x: number): number | null {
  return x - x === 0 ? x : null;
}

const FACTORS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8];

/**
 * Rounds to a number of decimals (default 6), so figures read cleanly without
 * losing anything a reader checks by hand; null for NaN and ±Infinity.
 */
export function round(x: number, decimals = 6): number | null {
  if (x - x !== 0) return null;
  const factor = FACTORS[decimals] ?? 1e6;
  const rounded = Math.round(x * factor) / factor;
  return rounded === 0 ? 0 : rounded;
}

/**
 * Writes a whole number of hundredths (or tenths) with its decimal point,
 * from integers only: much cheaper than turning a fraction into a string.
 */
function fixed(units: number, perUnit: 10 | 100): string {
  const negative = units < 0;
  const a = negative ? -units : units;
  if (a > 2147483647) return String(units / perUnit);
  const whole = Math.floor(a / perUnit);
  let part = a - whole * perUnit;
  let text: string;
  if (part === 0) text = `${whole}`;
  else if (perUnit === 10) text = `${whole}.${part}`;
  else if (part % 10 === 0) {
    part /= 10;
    text = `${whole}.${part}`;
  } else text = `${whole}.${part < 10 ? '0' : ''}${part}`;
  return negative ? `-${text}` : text;
}

/** A number for an explanation: at most two decimals, no trailing zeros; `—` for none. */
export function fmt(x: number | null): string {
  if (x === null || x - x !== 0) return '—';
  const units = Math.round(x * 100);
  return units === 0 ? '0' : fixed(units, 100);
}

/** A ratio as a percentage for an explanation: `0.6` → `60%`; `—` for none. */
export function pct(x: number | null): string {
  if (x === null || x - x !== 0) return '—';
  const units = Math.round(x * 1000);
  return units === 0 ? '0%' : `${fixed(units, 10)}%`;
}
