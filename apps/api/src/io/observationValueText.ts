import type { ObservationValue } from '../domain/observation.js';

/** Writes a value for a spreadsheet cell: `63.5`, `38:62`, `secondary=59;higher=52`. */
export function formatValueText(value: ObservationValue): string {
  if (typeof value === 'number') return String(value);
  if ('ratio' in value) return value.ratio.join(':');
  return Object.entries(value.parts)
    .map(([part, number]) => `${part}=${number}`)
    .join(';');
}

/** Reads a value cell written by `formatValueText` (also `38：62` with a full-width colon). */
export function parseValueText(
  text: string,
): { ok: true; value: ObservationValue } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'the value is empty' };
  const number = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
  if (number.test(trimmed)) {
    const value = Number(trimmed);
    if (!Number.isFinite(value)) return { ok: false, message: `"${trimmed}" is too large` };
    return { ok: true, value };
  }
  if (/[:：]/.test(trimmed) && !trimmed.includes('=')) {
    const parts = trimmed.split(/\s*[:：]\s*/);
    if (parts.every((part) => number.test(part)))
      return { ok: true, value: { ratio: parts.map(Number) } };
    return { ok: false, message: `"${trimmed}" is not a ratio such as 38:62` };
  }
  if (trimmed.includes('=')) {
    const parts: Record<string, number> = {};
    for (const pair of trimmed
      .split(';')
      .map((piece) => piece.trim())
      .filter(Boolean)) {
      const [name, raw] = pair.split('=').map((piece) => piece.trim());
      if (!name || raw === undefined || !number.test(raw)) {
        return { ok: false, message: `"${pair}" is not a part value such as secondary=59` };
      }
      if (name in parts) return { ok: false, message: `part "${name}" is given twice` };
      parts[name] = Number(raw);
    }
    return { ok: true, value: { parts } };
  }
  return {
    ok: false,
    message: `"${trimmed.slice(0, 40)}" is not a value: expected a number (63.5), a ratio (38:62) or parts (secondary=59;higher=52)`,
  };
}
