import type { FieldError } from '../api/client.js';
import type { Indicator, ObservationInput, ObservationValue } from '../api/types.js';
import type { MessageKey } from '../i18n/messages.js';

/** What the form holds: text as typed, read into numbers only when checked. */
export type ObservationForm = {
  indicatorId: string;
  region: string;
  periodKind: 'year' | 'date';
  year: string;
  date: string;
  value: string;
  ratio: [string, string];
  parts: Record<string, string>;
  source: string;
  note: string;
};

/** A message for a field: one of ours (translated) or the API's own words. */
export type FieldMessage =
  | { key: MessageKey; values?: Record<string, string | number> }
  | { text: string };

/** Messages by field, keyed by the API's paths: `value`, `value.ratio`, `value.parts.secondary`, `year`… */
export type FormErrors = Record<string, FieldMessage>;

export function emptyForm(indicatorId: string, region: string, year: number): ObservationForm {
  return {
    indicatorId,
    region,
    periodKind: 'year',
    year: String(year),
    date: '',
    value: '',
    ratio: ['', ''],
    parts: {},
    source: '',
    note: '',
  };
}

/** Reads a typed number; full-width digits and a decimal comma are read too (９８，５ → 98.5). */
export function readNumber(text: string): number | undefined {
  const normalised = text
    .trim()
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[，,]/g, '.')
    .replace(/．/g, '.')
    .replace(/－/g, '-');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(normalised)) return undefined;
  return Number(normalised);
}

function checkNumber(
  text: string,
  kind: Indicator['unit']['kind'],
  path: string,
  errors: FormErrors,
): number | undefined {
  if (text.trim() === '') {
    errors[path] = { key: 'validate.required' };
    return undefined;
  }
  const value = readNumber(text);
  if (value === undefined) {
    errors[path] = { key: 'validate.number' };
    return undefined;
  }
  if (value < 0) errors[path] = { key: 'validate.negative' };
  else if (kind === 'percent' && value > 100) errors[path] = { key: 'validate.percent' };
  else if (kind === 'count' && !Number.isInteger(value)) errors[path] = { key: 'validate.integer' };
  return value;
}

/**
 * Checks the form against its indicator as the API will (a percentage in
 * 0–100, a whole count, a ratio adding up to 100, at least one part), naming
 * each field at fault, and builds the request body when nothing is.
 */
export function checkObservationForm(
  form: ObservationForm,
  indicator: Indicator | undefined,
): { errors: FormErrors; input?: ObservationInput } {
  const errors: FormErrors = {};
  if (!indicator) errors.indicatorId = { key: 'validate.required' };
  if (!form.region) errors.region = { key: 'validate.required' };
  let year: number | undefined;
  if (form.periodKind === 'year') {
    year = readNumber(form.year);
    if (year === undefined || !Number.isInteger(year) || year < 1900 || year > 2100)
      errors.year = { key: 'validate.year' };
  } else if (!/^\d{4}-\d{2}-\d{2}$/.test(form.date)) {
    errors.date = { key: 'validate.date' };
  }
  if (form.source.trim() === '') errors.source = { key: 'validate.required' };
  let value: ObservationValue | undefined;
  if (indicator) {
    const kind = indicator.unit.kind;
    if (indicator.parts) {
      const parts: Record<string, number> = {};
      for (const part of indicator.parts) {
        const text = form.parts[part.id] ?? '';
        if (text.trim() === '') continue;
        const number = checkNumber(text, kind, `value.parts.${part.id}`, errors);
        if (number !== undefined) parts[part.id] = number;
      }
      const filled = indicator.parts.some((part) => (form.parts[part.id] ?? '').trim() !== '');
      if (!filled) errors.value = { key: 'validate.onePart' };
      value = { parts };
    } else if (kind === 'ratio') {
      const first = checkNumber(form.ratio[0], 'amount', 'value.ratio.0', errors);
      const second = checkNumber(form.ratio[1], 'amount', 'value.ratio.1', errors);
      if (first !== undefined && second !== undefined) {
        const sum = Math.round((first + second) * 1000) / 1000;
        if (Math.abs(sum - 100) > 1e-6)
          errors['value.ratio'] = { key: 'validate.ratioSum', values: { sum } };
        value = { ratio: [first, second] };
      }
    } else {
      value = checkNumber(form.value, kind, 'value', errors);
    }
  }
  if (Object.keys(errors).length > 0 || !indicator || value === undefined) return { errors };
  const note = form.note.trim();
  return {
    errors,
    input: {
      indicatorId: indicator.id,
      region: form.region,
      ...(form.periodKind === 'year' ? { year: year as number } : { date: form.date }),
      value,
      source: form.source.trim(),
      ...(note ? { note } : {}),
    },
  };
}

/** The API's field errors as form messages, under the field each names ("value.ratio" → value.ratio). */
export function errorsFromApi(fieldErrors: readonly FieldError[]): FormErrors {
  const errors: FormErrors = {};
  for (const error of fieldErrors) {
    const path = error.path.replace(/^(json|body)\./, '');
    const key = path === '(body)' ? 'form' : path;
    errors[key] = errors[key]
      ? { text: `${textOf(errors[key])}; ${error.message}` }
      : { text: error.message };
  }
  return errors;
}

function textOf(message: FieldMessage | undefined): string {
  return message && 'text' in message ? message.text : '';
}
