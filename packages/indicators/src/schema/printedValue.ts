import type { AbsentValue, Comparator, RatioValue, ScalarValue } from './value.js';

/** The result of reading one printed cell: the value, or why it cannot be read. */
export type ReadResult<T> = { ok: true; value: T } | { ok: false; message: string };

const NUMBER = String.raw`[+-]?\d+(?:\.\d+)?`;
const PREFIX_COMPARATORS: ReadonlyArray<readonly [string, Comparator]> = [
  ['≥', 'gte'],
  ['>=', 'gte'],
  ['≤', 'lte'],
  ['<=', 'lte'],
  ['＞', 'gt'],
  ['>', 'gt'],
  ['＜', 'lt'],
  ['<', 'lt'],
  ['约', 'about'],
];
const SUFFIX_COMPARATORS: ReadonlyArray<readonly [string, Comparator]> = [
  ['左右', 'about'],
  ['以上', 'gte'],
  ['以下', 'lte'],
];
const ABSENT_MARKS = ['', '—', '-'] as const;

function decimalsOf(numberText: string): number {
  const dot = numberText.indexOf('.');
  return dot === -1 ? 0 : numberText.length - dot - 1;
}

/**
 * Reads one printed table cell (`98.5`, `≥95.0`, `＞20`, `20左右`, `35 ：65`, `—`)
 * into a typed value, keeping the printed text beside it.
 *
 * `label`, when given, is a part label the cell may start with (the plan prints
 * `中职58` in the split 双师型 row); it is part of the printed text, not the number.
 */
export function readPrintedValue(
  printed: string,
  label?: string,
): ReadResult<ScalarValue | RatioValue | AbsentValue> {
  // Cells carry stray spaces in the source (`96.5  `); they are not part of the value.
  let text = printed.trim();
  if ((ABSENT_MARKS as readonly string[]).includes(text)) {
    return { ok: true, value: { kind: 'absent', printed: text as AbsentValue['printed'] } };
  }
  if (label && text.startsWith(label)) text = text.slice(label.length).trim();

  const ratio = new RegExp(`^(${NUMBER})\\s*[：:]\\s*(${NUMBER})$`).exec(text);
  if (ratio) {
    const parts = [Number(ratio[1]), Number(ratio[2])];
    if (parts.some((part) => part < 0)) {
      return { ok: false, message: `ratio "${printed}" has a negative part` };
    }
    return { ok: true, value: { kind: 'ratio', printed, parts } };
  }

  let comparator: Comparator = 'eq';
  for (const [mark, meaning] of PREFIX_COMPARATORS) {
    if (text.startsWith(mark)) {
      comparator = meaning;
      text = text.slice(mark.length).trim();
      break;
    }
  }
  if (comparator === 'eq') {
    for (const [mark, meaning] of SUFFIX_COMPARATORS) {
      if (text.endsWith(mark)) {
        comparator = meaning;
        text = text.slice(0, -mark.length).trim();
        break;
      }
    }
  }
  if (!new RegExp(`^${NUMBER}$`).test(text)) {
    return {
      ok: false,
      message: `cannot read "${printed}" as a value: expected a number (98.5), a comparator and a number (≥95.0, ＞20, 20左右), a ratio (35：65), or a blank, "—" or "-"`,
    };
  }
  const value = Number(text);
  const decimals = decimalsOf(text);
  return {
    ok: true,
    value:
      comparator === 'eq'
        ? { kind: 'number', printed, value, decimals }
        : { kind: 'comparator', printed, comparator, value, decimals },
  };
}
