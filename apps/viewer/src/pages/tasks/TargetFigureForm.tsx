import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { Link } from 'react-router';
import { ApiError, request } from '../../api/client.js';
import { apiPath, usePlanId } from '../../api/planScope.js';
import { invalidateTrackingReads } from '../../api/tracking.js';
import type { Observation, PlanSummary, Region, Target } from '../../api/types.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import { useSettingsSearch } from '../../lib/useSettings.js';
import { Field } from '../dataEntry/Field.js';
import { isPerDistrict, whatToReport } from '../projects/projectsView.js';
import { useProjectsWords } from '../projects/projectsWords.js';
import { problemText } from './MeasureReportForm.js';
import { useTasksWords } from './tasksWords.js';

/** POST /api/v1/observations for a target's own figure (the target id in place of an indicator's). */
type TargetFigureInput = {
  targetId: string;
  region: string;
  date: string;
  value: number;
  source?: string;
  note?: string | null;
};

/**
 * The regions a target's figure may be given for: a per-旗区 target takes one figure per
 * district; any other the city's (or, for a district's token, its own district's).
 */
export function figureRegions(
  target: Target,
  plan: Pick<PlanSummary, 'subjectRegion'>,
  writable: readonly Region[],
): Region[] {
  const districts = writable.filter((region) => region.parent === plan.subjectRegion);
  if (isPerDistrict(target)) return districts;
  const city = writable.filter((region) => region.id === plan.subjectRegion);
  return city.length > 0 ? city : districts;
}

/**
 * A figure for a target not linked to an indicator, in the target's printed unit; a target
 * linked to an indicator takes its figures from the indicator, on the data-entry page.
 */
export function TargetFigureForm({
  target,
  token,
  regions,
  asOf,
  indicatorName,
}: {
  target: Target;
  token: string;
  regions: readonly Region[];
  asOf: string;
  indicatorName: string | undefined;
}) {
  const w = useTasksWords();
  const pw = useProjectsWords();
  const { pick, locale } = useLocale();
  const id = useId();
  const search = useSettingsSearch();
  const planId = usePlanId();
  const client = useQueryClient();
  const [region, setRegion] = useState(regions[0]?.id ?? '');
  const [date, setDate] = useState(asOf);
  const [value, setValue] = useState('');
  const [source, setSource] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'value' | 'date' | 'source', string>>>({});
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | undefined>();
  const save = useMutation({
    mutationFn: async (input: TargetFigureInput) =>
      (
        await request<Observation>(apiPath(planId, '/observations'), {
          method: 'POST',
          token,
          body: input,
        })
      ).data,
    onSuccess: () => invalidateTrackingReads(client),
  });
  if (target.indicatorId)
    return (
      <p className="muted">
        {w('viaIndicator', { indicator: indicatorName ?? target.indicatorId })}{' '}
        <Link to={`/data-entry${search}`}>{w('dataEntryLink')}</Link>
      </p>
    );
  const unit = target.unit[locale] || target.unit.zh;
  const regionName = (regionId: string) => {
    const found = regions.find((candidate) => candidate.id === regionId);
    return found ? pick(found.name) : regionId;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setOutcome(undefined);
    const number = Number(value.trim());
    const found: typeof errors = {};
    if (value.trim() === '' || !Number.isFinite(number)) found.value = w('numberInvalid');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) found.date = w('dateInvalid');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      const saved = await save.mutateAsync({
        targetId: target.id,
        region,
        date,
        value: number,
        ...(source.trim() ? { source: source.trim() } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      const values = { id: target.id, value: String(number), region: regionName(region), date };
      setOutcome({
        ok: true,
        text: w(saved.approval === 'submitted' ? 'figureSubmitted' : 'figureSaved', values),
      });
      setValue('');
      setNote('');
    } catch (caught) {
      const fieldErrors: typeof errors = {};
      if (caught instanceof ApiError)
        for (const error of caught.fieldErrors) {
          const field = error.path.replace(/^body\./, '').split('.')[0];
          if (field === 'value' || field === 'date' || field === 'source')
            fieldErrors[field] = error.message;
        }
      setErrors(fieldErrors);
      setOutcome({ ok: false, text: w('refused', { detail: problemText(caught) }) });
    }
  };

  return (
    <form className="task-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="visually-hidden">
        {w('figureFor', { id: target.id })}
      </h3>
      <p className="muted">
        {w('figureWhat', { what: whatToReport(target, indicatorName, locale, pw) })}
      </p>
      <div className="task-form-row">
        <Field label={w('region')}>
          {(props) => (
            <select {...props} value={region} onChange={(event) => setRegion(event.target.value)}>
              {regions.map((option) => (
                <option key={option.id} value={option.id}>
                  {pick(option.name)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={w('date')} error={errors.date}>
          {(props) => (
            <input
              {...props}
              type="date"
              value={date}
              onChange={(event) => setDate(event.target.value)}
            />
          )}
        </Field>
        <Field label={w('value', { unit })} error={errors.value}>
          {(props) => (
            <input
              {...props}
              inputMode="decimal"
              value={value}
              onChange={(event) => setValue(event.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="task-form-row">
        <Field label={w('source')} help={w('sourceHelp')} error={errors.source}>
          {(props) => (
            <input {...props} value={source} onChange={(event) => setSource(event.target.value)} />
          )}
        </Field>
        <Field label={w('note')}>
          {(props) => (
            <input {...props} value={note} onChange={(event) => setNote(event.target.value)} />
          )}
        </Field>
      </div>
      {outcome ? (
        <p
          className={outcome.ok ? 'form-success' : 'form-problem'}
          role={outcome.ok ? 'status' : 'alert'}
        >
          {outcome.text}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={save.isPending || regions.length === 0}>
          {w('submitFigure')}
        </button>
      </div>
    </form>
  );
}
