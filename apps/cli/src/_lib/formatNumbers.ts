/** A share as a percentage with one decimal: 0.7654 → "76.5%"; null → "—". */
export function formatShare(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '—';
  return `${roundTo(share * 100, 1)}%`;
}

/** A number as a reader writes it: at most `decimals` decimals, no trailing zeros, no "-0". */
export function formatNumber(value: number | null | undefined, decimals = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const rounded = roundTo(value, decimals);
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
