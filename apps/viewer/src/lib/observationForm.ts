import { checkValue, type FieldProblem, type FieldProblemCode } from '@plan/observations';
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

/** Reads one typed number, or names why it cannot be read (empty, not a number). */
function readField(text: string, path: string, errors: FormErrors): number | undefined {
  if (text.trim() === '') {
    errors[path] = { key: 'validate.required' };
    return undefined;
  }
  const value = readNumber(text);
  if (value === undefined) errors[path] = { key: 'validate.number' };
  return value;
}

/** The message key of each rule of `checkValue` the form can break; the others keep the rule's words. */
const PROBLEM_KEYS: Partial<Record<FieldProblemCode, MessageKey>> = {
  negative: 'validate.negative',
  percent: 'validate.percent',
  integer: 'validate.integer',
  'ratio-sum': 'validate.ratioSum',
  'one-part': 'validate.onePart',
};

/** A value-fit problem as a form message, under the form's field. */
function messageOf(problem: FieldProblem, value: ObservationValue): [string, FieldMessage] {
  const key = PROBLEM_KEYS[problem.code];
  if (!key) return [problem.path, { text: problem.message }];
  if (problem.code === 'one-part') return ['value', { key }];
  if (problem.code === 'ratio-sum' && typeof value === 'object' && 'ratio' in value) {
    const sum = Math.round(value.ratio.reduce((total, part) => total + part, 0) * 1000) / 1000;
    return [problem.path, { key, values: { sum } }];
  }
  return [problem.path, { key }];
}

/**
 * Checks the form against its indicator by the same rule as the API
 * (`checkValue` of @plan/observations: a percentage in 0–100, a whole count, a
 * ratio adding up to 100 within the rounding of published shares, at least one
 * part), naming each field at fault, and builds the request body when nothing is.
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
    // First the text: every field typed as a number. Then the one value-fit rule.
    if (indicator.parts) {
      const parts: Record<string, number> = {};
      for (const part of indicator.parts) {
        const text = form.parts[part.id] ?? '';
        if (text.trim() === '') continue;
        const number = readField(text, `value.parts.${part.id}`, errors);
        if (number !== undefined) parts[part.id] = number;
      }
      const filled = indicator.parts.some((part) => (form.parts[part.id] ?? '').trim() !== '');
      if (filled && Object.keys(parts).length > 0) value = { parts };
      else if (!filled) value = { parts: {} };
    } else if (indicator.unit.kind === 'ratio') {
      const first = readField(form.ratio[0], 'value.ratio.0', errors);
      const second = readField(form.ratio[1], 'value.ratio.1', errors);
      if (first !== undefined && second !== undefined) value = { ratio: [first, second] };
    } else {
      value = readField(form.value, 'value', errors);
    }
    if (value !== undefined) {
      for (const problem of checkValue(indicator, value, 'value')) {
        const [path, message] = messageOf(problem, value);
        errors[path] ??= message;
      }
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
