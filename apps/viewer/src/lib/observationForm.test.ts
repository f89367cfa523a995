import { indicatorById } from '@plan/indicators';
import { describe, expect, it } from 'vitest';
import { checkObservationForm, emptyForm, errorsFromApi, readNumber } from './observationForm.js';

const percent = indicatorById('preschool-enrolment-rate');
const count = indicatorById('certified-football-coaches');
const ratio = indicatorById('vocational-general-ratio');
const parts = indicatorById('dual-qualified-teachers-share');

const form = (indicatorId: string, patch = {}) => ({
  ...emptyForm(indicatorId, 'ordos', 2023),
  source: 'statistics bureau',
  ...patch,
});

describe('readNumber', () => {
  it('reads plain, full-width and decimal-comma numbers', () => {
    expect(readNumber('98.5')).toBe(98.5);
    expect(readNumber('９８．５')).toBe(98.5);
    expect(readNumber('98,5')).toBe(98.5);
    expect(readNumber(' -3 ')).toBe(-3);
  });

  it('refuses text that is not a number', () => {
    for (const text of ['', 'abc', '1.2.3', '98%', '1e5']) expect(readNumber(text)).toBeUndefined();
  });
});

describe('checkObservationForm', () => {
  it('builds the request body for a valid percentage', () => {
    expect(
      checkObservationForm(form(percent.id, { value: '98.7', note: ' 公报 ' }), percent),
    ).toEqual({
      errors: {},
      input: {
        indicatorId: percent.id,
        region: 'ordos',
        year: 2023,
        value: 98.7,
        source: 'statistics bureau',
        note: '公报',
      },
    });
  });

  it('accepts 0 and 100 for a percentage but not 100.1 or a negative', () => {
    expect(checkObservationForm(form(percent.id, { value: '0' }), percent).input?.value).toBe(0);
    expect(checkObservationForm(form(percent.id, { value: '100' }), percent).input?.value).toBe(
      100,
    );
    expect(
      checkObservationForm(form(percent.id, { value: '100.1' }), percent).errors.value,
    ).toEqual({
      key: 'validate.percent',
    });
    expect(checkObservationForm(form(percent.id, { value: '-1' }), percent).errors.value).toEqual({
      key: 'validate.negative',
    });
  });

  it('names each missing field', () => {
    const { errors, input } = checkObservationForm(
      { ...emptyForm(percent.id, '', 2023), year: '' },
      percent,
    );
    expect(input).toBeUndefined();
    expect(Object.keys(errors).sort()).toEqual(['region', 'source', 'value', 'year']);
  });

  it('wants a whole number for a count', () => {
    expect(checkObservationForm(form(count.id, { value: '12.5' }), count).errors.value).toEqual({
      key: 'validate.integer',
    });
  });

  it('wants the two parts of a ratio to add up to 100', () => {
    expect(
      checkObservationForm(form(ratio.id, { ratio: ['38', '62'] }), ratio).input?.value,
    ).toEqual({
      ratio: [38, 62],
    });
    expect(checkObservationForm(form(ratio.id, { ratio: ['38', '61'] }), ratio).errors).toEqual({
      'value.ratio': { key: 'validate.ratioSum', values: { sum: 99 } },
    });
  });

  it('accepts a ratio missing 100 by the rounding of published shares (59.97 : 40), as the API does', () => {
    expect(
      checkObservationForm(form(ratio.id, { ratio: ['59.97', '40'] }), ratio).input?.value,
    ).toEqual({ ratio: [59.97, 40] });
    expect(checkObservationForm(form(ratio.id, { ratio: ['59.9', '40'] }), ratio).errors).toEqual({
      'value.ratio': { key: 'validate.ratioSum', values: { sum: 99.9 } },
    });
  });

  it('names the part of a ratio that is negative', () => {
    expect(checkObservationForm(form(ratio.id, { ratio: ['-5', '105'] }), ratio).errors).toEqual({
      'value.ratio.0': { key: 'validate.negative' },
    });
  });

  it('sends only the parts given, and wants at least one', () => {
    expect(
      checkObservationForm(form(parts.id, { parts: { secondary: '59', higher: '' } }), parts).input
        ?.value,
    ).toEqual({ parts: { secondary: 59 } });
    expect(checkObservationForm(form(parts.id), parts).errors.value).toEqual({
      key: 'validate.onePart',
    });
    expect(
      checkObservationForm(form(parts.id, { parts: { higher: '101' } }), parts).errors,
    ).toEqual({ 'value.parts.higher': { key: 'validate.percent' } });
  });

  it('takes a date instead of a year when asked', () => {
    const dated = form(percent.id, { periodKind: 'date', date: '2024-06-30', value: '99' });
    expect(checkObservationForm(dated, percent).input).toMatchObject({ date: '2024-06-30' });
    expect(checkObservationForm({ ...dated, date: '' }, percent).errors.date).toEqual({
      key: 'validate.date',
    });
  });
});

describe('errorsFromApi', () => {
  it('puts each API field error under its field, joining two on one field', () => {
    expect(
      errorsFromApi([
        { path: 'value', message: '140 is above 100: not a possible percentage' },
        { path: 'year', message: 'give either year or date' },
        { path: 'year', message: 'exactly one' },
      ]),
    ).toEqual({
      value: { text: '140 is above 100: not a possible percentage' },
      year: { text: 'give either year or date; exactly one' },
    });
  });
});
