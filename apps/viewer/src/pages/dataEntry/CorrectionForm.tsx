import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client.js';
import type { Indicator, Observation } from '../../api/types.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import {
  checkObservationForm,
  emptyForm,
  errorsFromApi,
  type FormErrors,
} from '../../lib/observationForm.js';
import { Field, useFieldMessage } from './Field.js';
import type { useObservationWrite } from './useObservationWrite.js';
import { ValueField, valueText } from './ValueField.js';

/** Corrects one observation's value, with a reason the history keeps. */
export function CorrectionForm({
  observation,
  indicator,
  write,
  onDone,
}: {
  observation: Observation;
  indicator: Indicator;
  write: Pick<ReturnType<typeof useObservationWrite>, 'correct'>;
  /** Called with the confirmation to show, or '' when cancelled */
  onDone: (message: string) => void;
}) {
  const { t } = useLocale();
  const message = useFieldMessage();
  const [values, setValues] = useState(() => valueText(observation.value));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors>({});
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkObservationForm(
      {
        ...emptyForm(indicator.id, observation.region, observation.year),
        ...values,
        source: observation.source,
      },
      indicator,
    );
    const found = { ...checked.errors };
    if (reason.trim() === '') found.reason = { key: 'validate.required' };
    setErrors(found);
    if (Object.keys(found).length > 0 || !checked.input) {
      setProblem(t('entry.fixErrors'));
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      const outcome = await write.correct(observation, {
        value: checked.input.value,
        reason: reason.trim(),
      });
      if ('stale' in outcome) setProblem(t('entry.stale'));
      else onDone(t('entry.corrected', { version: outcome.saved.version }));
    } catch (caught) {
      if (caught instanceof ApiError) {
        // The API's own words (a refused move between demo and official, a natural-key
        // conflict naming the other observation), with the status it answered.
        setErrors(errorsFromApi(caught.fieldErrors));
        setProblem(caught.status ? `${caught.message} (HTTP ${caught.status})` : caught.message);
      } else setProblem(String(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="correction" onSubmit={submit} noValidate>
      <ValueField
        indicator={indicator}
        form={values}
        errors={errors}
        onChange={(patch) => setValues({ ...values, ...patch })}
      />
      <Field label={t('entry.reason')} error={message(errors.reason)}>
        {(props) => (
          <input {...props} value={reason} onChange={(event) => setReason(event.target.value)} />
        )}
      </Field>
      {problem ? (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('entry.saveCorrection')}
        </button>
        <button type="button" onClick={() => onDone('')}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
