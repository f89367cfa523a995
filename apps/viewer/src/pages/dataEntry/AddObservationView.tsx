import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../api/client.js';
import type { Indicator, Observation, PlanSummary, Region } from '../../api/types.js';
import { formatPeriod } from '../../i18n/format.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import {
  checkObservationForm,
  emptyForm,
  errorsFromApi,
  type FormErrors,
  type ObservationForm,
} from '../../lib/observationForm.js';
import { formatObservedValue } from '../../lib/planValues.js';
import { useSettings, useSettingsSearch, useToday } from '../../lib/useSettings.js';
import { Field, useFieldMessage } from './Field.js';
import { ObservationList } from './ObservationList.js';
import type { useObservationWrite } from './useObservationWrite.js';
import { ValueField } from './ValueField.js';

/** The regions the form offers without a scope: the subject region, its districts and the benchmark. */
function planRegions(plan: PlanSummary): Region[] {
  return plan.regions.filter(
    (region) =>
      region.id === plan.subjectRegion ||
      region.parent === plan.subjectRegion ||
      region.id === plan.benchmarkRegion,
  );
}

/**
 * The form for a new observation, checked inline as the API will check it,
 * beside the observations already stored for the chosen indicator and region.
 * `indicators` and `regions` are what the signed-in token may write.
 */
export function AddObservationView({
  plan,
  indicators,
  regions = planRegions(plan),
  regionScoped = false,
  write,
}: {
  plan: PlanSummary;
  indicators: Indicator[];
  regions?: Region[];
  /** A district's token: its approved figures are locked, and corrections resubmit */
  regionScoped?: boolean;
  write: ReturnType<typeof useObservationWrite>;
}) {
  const { t, pick, locale } = useLocale();
  const message = useFieldMessage();
  const today = useToday();
  const [settings] = useSettings();
  const search = useSettingsSearch();
  const [form, setForm] = useState<ObservationForm>(() =>
    emptyForm(
      indicators[0]?.id ?? '',
      regions.some((region) => region.id === settings.region)
        ? settings.region
        : (regions[0]?.id ?? settings.region),
      Number(today.slice(0, 4)) - 1,
    ),
  );
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FormErrors>({});
  const [problem, setProblem] = useState<string | undefined>();
  const [saved, setSaved] = useState<Observation | undefined>();
  const [conflictId, setConflictId] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const indicator = indicators.find((candidate) => candidate.id === form.indicatorId);
  const checked = checkObservationForm(form, indicator);
  // Inline: a field shows its error once touched (or after a submit); the API's errors until it changes.
  const shown: FormErrors = { ...serverErrors };
  for (const [path, error] of Object.entries(checked.errors)) {
    const field = path.split('.')[0] ?? path;
    if (submitted || touched.has(field) || touched.has(path)) shown[path] = error;
  }
  const update = (patch: Partial<ObservationForm>, fields: string[]) => {
    setForm({ ...form, ...patch });
    setTouched(new Set([...touched, ...fields]));
    const rest = { ...serverErrors };
    for (const key of Object.keys(rest)) {
      if (fields.some((field) => key === field || key.startsWith(`${field}.`))) delete rest[key];
    }
    setServerErrors(rest);
    setSaved(undefined);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setConflictId(undefined);
    if (!checked.input) {
      setProblem(t('entry.fixErrors'));
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      setSaved(await write.create(checked.input));
      setForm({ ...form, value: '', ratio: ['', ''], parts: {}, note: '' });
      setSubmitted(false);
      setTouched(new Set());
    } catch (caught) {
      if (caught instanceof ApiError) {
        if (caught.status === 409) {
          setProblem(t('entry.conflict'));
          setConflictId(caught.headers.get('location')?.split('/').pop());
        } else {
          setServerErrors(errorsFromApi(caught.fieldErrors));
          setProblem(caught.message);
        }
      } else setProblem(String(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="entry-grid">
      <form className="panel" onSubmit={submit} noValidate aria-labelledby="add-heading">
        <h2 id="add-heading">{t('entry.add')}</h2>
        <Field label={t('entry.indicator')} error={message(shown.indicatorId)}>
          {(props) => (
            <select
              {...props}
              value={form.indicatorId}
              onChange={(event) =>
                update({ indicatorId: event.target.value, value: '', ratio: ['', ''], parts: {} }, [
                  'indicatorId',
                ])
              }
            >
              {plan.tables
                .filter((table) => indicators.some((candidate) => candidate.table === table.id))
                .map((table) => (
                  <optgroup key={table.id} label={pick(table.title)}>
                    {indicators
                      .filter((candidate) => candidate.table === table.id)
                      .map((candidate) => (
                        <option key={candidate.id} value={candidate.id}>
                          {pick(candidate.name)}（{pick(candidate.unit)}）
                        </option>
                      ))}
                  </optgroup>
                ))}
            </select>
          )}
        </Field>
        <Field label={t('entry.region')} error={message(shown.region)}>
          {(props) => (
            <select
              {...props}
              value={form.region}
              onChange={(event) => update({ region: event.target.value }, ['region'])}
            >
              {regions.map((region) => (
                <option key={region.id} value={region.id}>
                  {pick(region.name)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className="period">
          <legend>{t('entry.period')}</legend>
          <div className="period-kinds">
            {(['year', 'date'] as const).map((kind) => (
              <label key={kind} className="inline-choice">
                <input
                  type="radio"
                  name="period-kind"
                  value={kind}
                  checked={form.periodKind === kind}
                  onChange={() => update({ periodKind: kind }, [])}
                />
                {t(kind === 'year' ? 'entry.year' : 'entry.date')}
              </label>
            ))}
          </div>
          {form.periodKind === 'year' ? (
            <Field label={t('entry.year')} error={message(shown.year)}>
              {(props) => (
                <input
                  {...props}
                  inputMode="numeric"
                  value={form.year}
                  onChange={(event) => update({ year: event.target.value }, ['year'])}
                />
              )}
            </Field>
          ) : (
            <Field label={t('entry.date')} error={message(shown.date)}>
              {(props) => (
                <input
                  {...props}
                  type="date"
                  value={form.date}
                  onChange={(event) => update({ date: event.target.value }, ['date'])}
                />
              )}
            </Field>
          )}
        </fieldset>
        <ValueField
          indicator={indicator}
          form={form}
          errors={shown}
          onChange={(patch) => update(patch, ['value'])}
        />
        <Field label={t('entry.source')} error={message(shown.source)} help={t('entry.sourceHelp')}>
          {(props) => (
            <input
              {...props}
              value={form.source}
              onChange={(event) => update({ source: event.target.value }, ['source'])}
            />
          )}
        </Field>
        <Field label={t('entry.note')} error={message(shown.note)}>
          {(props) => (
            <textarea
              {...props}
              rows={2}
              value={form.note}
              onChange={(event) => update({ note: event.target.value }, ['note'])}
            />
          )}
        </Field>
        {problem ? (
          <p className="form-problem" role="alert">
            {problem}
            {shown.form ? ` ${message(shown.form)}` : ''}
          </p>
        ) : null}
        {saved && indicator ? (
          <p className="form-success" role="status">
            {t('entry.saved', {
              indicator: pick(indicator.name),
              time: formatPeriod(saved, locale),
              value: formatObservedValue(saved.value, indicator, locale),
            })}{' '}
            <Link to={`/indicators/${indicator.id}${search}`}>→</Link>
            {saved.approval === 'submitted' ? ` ${t('entry.submitted')}` : null}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={busy}>
          {t('entry.submit')}
        </button>
      </form>
      {indicator ? (
        <ObservationList
          indicator={indicator}
          region={form.region}
          write={write}
          highlight={conflictId}
          regionScoped={regionScoped}
        />
      ) : null}
    </div>
  );
}
