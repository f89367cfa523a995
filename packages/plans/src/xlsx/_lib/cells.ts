import type { CellValue } from 'exceljs';
import type { ColumnSpec } from '../planSheets.js';
import { isRecord } from './paths.js';

/** The cell a value is written as, or undefined when the column cannot hold it (it goes to the extra column). */
export function toCell(column: ColumnSpec, value: unknown): CellValue | undefined {
  // The value an empty cell stands for in this column (null for a measure printed without a number).
  if (column.blank !== undefined && value === column.blank) return '';
  switch (column.type) {
    case 'text':
      return typeof value === 'string' && readsBack(column, value) ? value : undefined;
    case 'integer':
      return Number.isSafeInteger(value) ? (value as number) : undefined;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
    case 'cell':
      if (typeof value === 'string') return readsBack(column, value) ? value : undefined;
      return isRecord(value) && Object.values(value).every((text) => typeof text === 'string')
        ? JSON.stringify(value)
        : undefined;
    case 'json':
      return JSON.stringify(value);
  }
}

/**
 * Whether text survives the trip through a cell: a blank cell reads as the
 * field left out, or as '' where the column says so, never as spaces.
 */
function readsBack(column: ColumnSpec, text: string): boolean {
  return text.trim() !== '' || (text === '' && column.blank === '');
}

/** What a cell read: nothing, a value, or why it cannot be read. */
export type ReadCell = { blank: true } | { value: unknown } | { problem: string };

/** The text of a cell as a person sees it; dates as ISO days (YYYY-MM-DD). */
function textOf(raw: CellValue): string | { problem: string } {
  if (raw === null || raw === undefined) return '';
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  if (raw instanceof Date) {
    const iso = raw.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if ('richText' in raw) return raw.richText.map((run) => run.text).join('');
  if ('hyperlink' in raw) return String(raw.text);
  if ('formula' in raw || 'sharedFormula' in raw) {
    return { problem: 'a formula: type the value itself (formulas are not read)' };
  }
  if ('error' in raw) return { problem: `an error value (${raw.error})` };
  return { problem: 'a cell that cannot be read' };
}

/** Reads a cell as its column's type. `blank` means the field is left out (or the column's `blank` value). */
export function fromCell(column: ColumnSpec, raw: CellValue): ReadCell {
  const text = textOf(raw);
  if (typeof text !== 'string') return text;
  if (text.trim() === '')
    return column.blank === undefined ? { blank: true } : { value: column.blank };
  switch (column.type) {
    case 'text':
      return { value: text };
    case 'integer':
    case 'number': {
      const value = typeof raw === 'number' ? raw : Number(text.trim());
      if (!Number.isFinite(value)) return { problem: `"${text}" is not a number` };
      if (column.type === 'integer' && !Number.isInteger(value)) {
        return { problem: `${value} is not a whole number` };
      }
      return { value };
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return { value: raw };
      const word = text.trim().toLowerCase();
      if (['true', '是', 'yes', '1'].includes(word)) return { value: true };
      if (['false', '否', 'no', '0'].includes(word)) return { value: false };
      return { problem: `"${text}" is not TRUE or FALSE` };
    }
    case 'cell': {
      if (!text.trimStart().startsWith('{')) return { value: text };
      const parsed = parseJson(text);
      if ('problem' in parsed) return parsed;
      if (
        !isRecord(parsed.value) ||
        !Object.values(parsed.value).every((v) => typeof v === 'string')
      ) {
        return { problem: 'a cell starting with "{" must be a JSON object of one text per part' };
      }
      return parsed;
    }
    case 'json':
      return parseJson(text);
  }
}

function parseJson(text: string): { value: unknown } | { problem: string } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return {
      problem: `not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    };
  }
}
