import type { Indicator, ObservationValue } from '../../api/types.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import type { FormErrors, ObservationForm } from '../../lib/observationForm.js';
import { Field, useFieldMessage } from './Field.js';

/** The value part of the form, as typed. */
type ValueText = Pick<ObservationForm, 'value' | 'ratio' | 'parts'>;

/** A stored value as the form's text, to correct it. */
export function valueText(value: ObservationValue): ValueText {
  if (typeof value === 'number') return { value: String(value), ratio: ['', ''], parts: {} };
  if ('ratio' in value)
    return {
      value: '',
      ratio: [String(value.ratio[0] ?? ''), String(value.ratio[1] ?? '')],
      parts: {},
    };
  return {
    value: '',
    ratio: ['', ''],
    parts: Object.fromEntries(
      Object.entries(value.parts).map(([id, number]) => [id, String(number)]),
    ),
  };
}

/**
 * The value inputs an indicator needs: one number, a ratio's two parts, or one
 * per part; each with its error under it, keyed by the API's paths.
 */
export function ValueField({
  indicator,
  form,
  onChange,
  errors,
}: {
  indicator: Indicator | undefined;
  form: ValueText;
  onChange: (patch: Partial<ValueText>) => void;
  errors: FormErrors;
}) {
  const { t, pick } = useLocale();
  const message = useFieldMessage();
  const unit = indicator ? pick(indicator.unit) : '';
  if (indicator?.parts) {
    return (
      <fieldset className="value-group">
        <legend>
          {t('entry.value')} ({unit})
        </legend>
        {indicator.parts.map((part) => (
          <Field
            key={part.id}
            label={pick(part.label)}
            error={message(errors[`value.parts.${part.id}`])}
          >
            {(props) => (
              <input
                {...props}
                inputMode="decimal"
                value={form.parts[part.id] ?? ''}
                onChange={(event) =>
                  onChange({ parts: { ...form.parts, [part.id]: event.target.value } })
                }
              />
            )}
          </Field>
        ))}
        {errors.value ? <p className="field-error">{message(errors.value)}</p> : null}
      </fieldset>
    );
  }
  if (indicator?.unit.kind === 'ratio') {
    const sumError = message(errors['value.ratio']);
    return (
      <fieldset className="value-group">
        <legend>{t('entry.value')}</legend>
        <div className="ratio-inputs">
          <Field label={t('entry.ratioFirst')} error={message(errors['value.ratio.0'])}>
            {(props) => (
              <input
                {...props}
                inputMode="decimal"
                value={form.ratio[0]}
                onChange={(event) => onChange({ ratio: [event.target.value, form.ratio[1]] })}
              />
            )}
          </Field>
          <span aria-hidden="true" className="ratio-colon">
            :
          </span>
          <Field label={t('entry.ratioSecond')} error={message(errors['value.ratio.1'])}>
            {(props) => (
              <input
                {...props}
                inputMode="decimal"
                value={form.ratio[1]}
                onChange={(event) => onChange({ ratio: [form.ratio[0], event.target.value] })}
              />
            )}
          </Field>
        </div>
        {sumError ? (
          <p className="field-error" role="alert">
            {sumError}
          </p>
        ) : null}
      </fieldset>
    );
  }
  return (
    <Field label={`${t('entry.value')}${unit ? ` (${unit})` : ''}`} error={message(errors.value)}>
      {(props) => (
        <input
          {...props}
          inputMode="decimal"
          value={form.value}
          onChange={(event) => onChange({ value: event.target.value })}
        />
      )}
    </Field>
  );
}
