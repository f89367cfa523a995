import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useContext, useId, useState } from 'react';
import { Link } from 'react-router';
import { ApiError, request } from '../api/client.js';
import { keys, useIndicators, useObservations, usePlan } from '../api/queries.js';
import type {
  ImportReport,
  Indicator,
  Me,
  Observation,
  ObservationValue,
  PlanSummary,
} from '../api/types.js';
import { IllustrativeTag } from '../components/IllustrativeTag.js';
import { ErrorNotice, Loading } from '../components/QueryState.js';
import { formatPeriod } from '../i18n/format.js';
import { useLocale } from '../i18n/LocaleProvider.js';
import {
  checkObservationForm,
  emptyForm,
  errorsFromApi,
  type FieldMessage,
  type FormErrors,
  type ObservationForm,
} from '../lib/observationForm.js';
import { formatObservedValue } from '../lib/planValues.js';
import { usePageTitle } from '../lib/usePageTitle.js';
import { type Session, useSession } from '../lib/useSession.js';
import { TodayContext, useSettings, useSettingsSearch } from '../lib/useSettings.js';

function useMessage() {
  const { t } = useLocale();
  return (message: FieldMessage | undefined) =>
    message === undefined
      ? undefined
      : 'text' in message
        ? message.text
        : t(message.key, message.values);
}

/** A labelled control with its help and its error, wired for screen readers. */
function Field({
  label,
  error,
  help,
  children,
  className,
}: {
  label: string;
  error?: string | undefined;
  help?: string;
  className?: string;
  children: (props: {
    id: string;
    'aria-describedby'?: string;
    'aria-invalid'?: boolean;
  }) => ReactNode;
}) {
  const id = useId();
  const described = [help ? `${id}-help` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        ...(described ? { 'aria-describedby': described } : {}),
        ...(error ? { 'aria-invalid': true } : {}),
      })}
      {help ? (
        <p className="field-help" id={`${id}-help`}>
          {help}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

function SignIn({ onSignIn }: { onSignIn: (session: Session) => void }) {
  const { t } = useLocale();
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (token.trim() === '') {
      setError(t('validate.required'));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const { data } = await request<Me>('/api/v1/me', { token: token.trim() });
      if (!data.role || !data.name) setError(t('entry.badToken'));
      else if (data.role === 'viewer') setError(t('entry.readOnly'));
      else onSignIn({ token: token.trim(), name: data.name, role: data.role });
    } catch (caught) {
      setError(
        caught instanceof ApiError && caught.status === 401
          ? `${t('entry.badToken')} (${caught.message})`
          : caught instanceof Error
            ? caught.message
            : String(caught),
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="panel sign-in" onSubmit={submit} noValidate>
      <h2>{t('entry.signIn')}</h2>
      <Field label={t('entry.token')} error={error} help={t('entry.tokenHelp')}>
        {(props) => (
          <input
            {...props}
            type="password"
            autoComplete="off"
            value={token}
            onChange={(event) => setToken(event.target.value)}
          />
        )}
      </Field>
      <button type="submit" className="primary" disabled={busy}>
        {t('entry.signInButton')}
      </button>
    </form>
  );
}

/** The value inputs an indicator needs: one number, a ratio's two parts, or one per part. */
function ValueInputs({
  indicator,
  form,
  onChange,
  errors,
}: {
  indicator: Indicator | undefined;
  form: Pick<ObservationForm, 'value' | 'ratio' | 'parts'>;
  onChange: (patch: Partial<Pick<ObservationForm, 'value' | 'ratio' | 'parts'>>) => void;
  errors: FormErrors;
}) {
  const { t, pick } = useLocale();
  const message = useMessage();
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

function useInvalidateData() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: keys.observationsAll }),
      client.invalidateQueries({ queryKey: keys.assessmentsAll }),
      client.invalidateQueries({ queryKey: keys.indicatorAssessmentAll }),
      client.invalidateQueries({ queryKey: ['history'] }),
    ]);
}

function valueForm(value: ObservationValue): Pick<ObservationForm, 'value' | 'ratio' | 'parts'> {
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

function CorrectionForm({
  observation,
  indicator,
  session,
  onDone,
}: {
  observation: Observation;
  indicator: Indicator;
  session: Session;
  onDone: (message: string) => void;
}) {
  const { t } = useLocale();
  const message = useMessage();
  const invalidate = useInvalidateData();
  const [values, setValues] = useState(() => valueForm(observation.value));
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
      // Read the current version now: the If-Match guards against a change made meanwhile.
      const current = await request<Observation>(`/api/v1/observations/${observation.id}`);
      if (current.data.version !== observation.version) {
        await invalidate();
        setProblem(t('entry.stale'));
        return;
      }
      const { data } = await request<Observation>(`/api/v1/observations/${observation.id}`, {
        method: 'PATCH',
        token: session.token,
        headers: { 'if-match': current.etag ?? '*' },
        body: { value: checked.input.value, reason: reason.trim() },
      });
      await invalidate();
      onDone(t('entry.corrected', { version: data.version }));
    } catch (caught) {
      if (caught instanceof ApiError) {
        if (caught.status === 412) {
          await invalidate();
          setProblem(t('entry.stale'));
        } else {
          setErrors(errorsFromApi(caught.fieldErrors));
          setProblem(caught.message);
        }
      } else setProblem(String(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="correction" onSubmit={submit} noValidate>
      <ValueInputs
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

function ExistingObservations({
  indicator,
  region,
  session,
  highlight,
}: {
  indicator: Indicator;
  region: string;
  session: Session;
  highlight: string | undefined;
}) {
  const { t, locale } = useLocale();
  const observations = useObservations({ indicatorId: indicator.id, region, illustrative: true });
  const [editing, setEditing] = useState<string | null>(null);
  const [done, setDone] = useState('');
  return (
    <section className="panel" aria-labelledby="existing-heading">
      <h3 id="existing-heading">{t('entry.existing')}</h3>
      {done ? (
        <p className="form-success" role="status">
          {done}
        </p>
      ) : null}
      {observations.isError ? <ErrorNotice error={observations.error} /> : null}
      {observations.isPending ? <Loading /> : null}
      {observations.data && observations.data.items.length === 0 ? (
        <p className="muted">{t('entry.noExisting')}</p>
      ) : null}
      {observations.data && observations.data.items.length > 0 ? (
        <ul className="existing">
          {[...observations.data.items]
            .sort((a, b) => b.date.localeCompare(a.date))
            .map((observation) => (
              <li
                key={observation.id}
                className={observation.id === highlight ? 'highlight' : undefined}
              >
                <div className="existing-row">
                  <span>{formatPeriod(observation, locale)}</span>
                  <strong>{formatObservedValue(observation.value, indicator, locale)}</strong>
                  <span className="muted small">{observation.source}</span>
                  {observation.illustrative ? <IllustrativeTag /> : null}
                  <button
                    type="button"
                    className="link-button"
                    aria-expanded={editing === observation.id}
                    onClick={() => {
                      setDone('');
                      setEditing(editing === observation.id ? null : observation.id);
                    }}
                  >
                    {t('entry.correct')}
                  </button>
                </div>
                {editing === observation.id ? (
                  <CorrectionForm
                    observation={observation}
                    indicator={indicator}
                    session={session}
                    onDone={(message) => {
                      setEditing(null);
                      setDone(message);
                    }}
                  />
                ) : null}
              </li>
            ))}
        </ul>
      ) : null}
    </section>
  );
}

function AddObservation({
  plan,
  indicators,
  session,
}: {
  plan: PlanSummary;
  indicators: Indicator[];
  session: Session;
}) {
  const { t, pick, locale } = useLocale();
  const message = useMessage();
  const today = useContext(TodayContext);
  const [settings] = useSettings();
  const search = useSettingsSearch();
  const invalidate = useInvalidateData();
  const [form, setForm] = useState<ObservationForm>(() =>
    emptyForm(indicators[0]?.id ?? '', settings.region, Number(today.slice(0, 4)) - 1),
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
  const regions = plan.regions.filter(
    (region) =>
      region.id === plan.subjectRegion ||
      region.parent === plan.subjectRegion ||
      region.id === plan.benchmarkRegion,
  );
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
      const { data } = await request<Observation>('/api/v1/observations', {
        method: 'POST',
        token: session.token,
        body: checked.input,
      });
      setSaved(data);
      setForm({ ...form, value: '', ratio: ['', ''], parts: {}, note: '' });
      setSubmitted(false);
      setTouched(new Set());
      await invalidate();
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
              {plan.tables.map((table) => (
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
        <ValueInputs
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
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={busy}>
          {t('entry.submit')}
        </button>
      </form>
      {indicator ? (
        <ExistingObservations
          indicator={indicator}
          region={form.region}
          session={session}
          highlight={conflictId}
        />
      ) : null}
    </div>
  );
}

function ImportSection({ session }: { session: Session }) {
  const { t } = useLocale();
  const invalidate = useInvalidateData();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const send = async (dryRun: boolean) => {
    if (!file) {
      setError(t('entry.noFile'));
      return;
    }
    setBusy(true);
    setError(undefined);
    const body = new FormData();
    body.append('file', file, file.name);
    try {
      const { data } = await request<ImportReport>(
        `/api/v1/observations/import?dryRun=${dryRun ? 'true' : 'false'}`,
        { method: 'POST', token: session.token, body },
      );
      setReport(data);
      if (!dryRun) await invalidate();
    } catch (caught) {
      if (caught instanceof ApiError && caught.fieldErrors.length > 0) {
        // A refused real import names each row as rows.N.column.
        setReport({
          dryRun,
          ok: false,
          rows: 0,
          created: 0,
          unchanged: 0,
          problems: caught.fieldErrors.map((fieldError) => {
            const match = /^rows\.(\d+)\.?(.*)$/.exec(fieldError.path);
            return {
              row: match ? Number(match[1]) : 0,
              column: match?.[2] ?? '',
              problem: fieldError.message,
            };
          }),
        });
        setError(caught.message);
      } else {
        setReport(undefined);
        setError(caught instanceof Error ? caught.message : String(caught));
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('entry.upload')}</h2>
      <p className="small muted">{t('entry.uploadHelp')}</p>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('entry.file')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setReport(undefined);
            setError(undefined);
          }}
        />
      </div>
      <div className="form-actions">
        <button type="button" onClick={() => void send(true)} disabled={busy}>
          {t('entry.dryRun')}
        </button>
        {report?.ok && report.dryRun ? (
          <button
            type="button"
            className="primary"
            onClick={() => void send(false)}
            disabled={busy}
          >
            {t('entry.commit')}
          </button>
        ) : null}
      </div>
      {error ? (
        <p className="form-problem" role="alert">
          {error}
        </p>
      ) : null}
      {report ? <ImportReportView report={report} /> : null}
    </section>
  );
}

export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useLocale();
  if (report.ok) {
    return (
      <p className="form-success" role="status" data-testid="import-report">
        {report.dryRun
          ? t('entry.report.ok', {
              rows: report.rows,
              created: report.created,
              unchanged: report.unchanged,
            })
          : t('entry.report.done', { created: report.created, unchanged: report.unchanged })}
      </p>
    );
  }
  return (
    <div className="import-report" data-testid="import-report">
      <p className="form-problem" role="alert">
        {t('entry.report.failed', { count: report.problems.length })}
      </p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('entry.report.row')}
            </th>
            <th scope="col">{t('entry.report.column')}</th>
            <th scope="col">{t('entry.report.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {report.problems.map((problem) => (
            <tr key={`${problem.row}/${problem.column}/${problem.problem}`}>
              <td className="num">{problem.row > 0 ? problem.row : t('entry.report.file')}</td>
              <td>
                <code>{problem.column || '—'}</code>
              </td>
              <td>{problem.problem}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function DataEntryPage() {
  const { t } = useLocale();
  usePageTitle(t('entry.title'));
  const [session, setSession] = useSession();
  const plan = usePlan();
  const indicators = useIndicators();
  return (
    <>
      <div className="page-title-row">
        <h1>{t('entry.title')}</h1>
        {session ? (
          <p className="signed-in">
            {t('entry.signedInAs', { name: session.name, role: session.role })}{' '}
            <button type="button" className="link-button" onClick={() => setSession(null)}>
              {t('entry.signOut')}
            </button>
          </p>
        ) : null}
      </div>
      {session ? (
        plan.data && indicators.data ? (
          <>
            <AddObservation plan={plan.data} indicators={indicators.data} session={session} />
            <ImportSection session={session} />
          </>
        ) : plan.isError || indicators.isError ? (
          <ErrorNotice error={plan.error ?? indicators.error} />
        ) : (
          <Loading />
        )
      ) : (
        <SignIn onSignIn={setSession} />
      )}
    </>
  );
}
