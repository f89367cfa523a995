import { trackingStatusLabels } from '@plan/scoring';
import { type FormEvent, useId, useState } from 'react';
import { ApiError } from '../../api/client.js';
import {
  type ReportedStatus,
  type ReportingCycle,
  useAddEvidence,
  useAddMeasureReport,
} from '../../api/tracking.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import { Field } from '../dataEntry/Field.js';
import { evidenceAccept } from './evidenceFile.js';
import {
  type DraftErrors,
  type DraftMessage,
  fieldOfProblemPath,
  type ReportDraft,
  readReportDraft,
} from './reportDraft.js';
import { useTasksWords } from './tasksWords.js';

const reportedStatuses: readonly ReportedStatus[] = ['done', 'on_track', 'at_risk', 'overdue'];

/** What the last submission came to, in words. */
type Outcome = { ok: boolean; text: string };

/** The problem document's words, with each field's message the API gave. */
export function problemText(caught: unknown): string {
  if (caught instanceof ApiError) {
    const fields = caught.fieldErrors.map((error) => `${error.path}: ${error.message}`);
    return [caught.message, ...fields].join('；');
  }
  return caught instanceof Error ? caught.message : String(caught);
}

/**
 * A measure's progress report for one period: status from the one vocabulary, an optional
 * percent, a narrative, the deliverable for a measure without targets, and evidence (a file
 * checked before it is sent, or a link). The report is saved first, then its evidence.
 */
export function MeasureReportForm({
  measureId,
  token,
  periods,
  defaultPeriod,
  cycle,
  deliverable,
}: {
  measureId: string;
  token: string;
  periods: readonly { id: string }[];
  defaultPeriod: string | undefined;
  cycle: ReportingCycle;
  /** A measure without targets is judged by its deliverable (出台《…》, 制定…方案) */
  deliverable: boolean;
}) {
  const w = useTasksWords();
  const { pick } = useLocale();
  const id = useId();
  const addReport = useAddMeasureReport(token);
  const addEvidence = useAddEvidence(token);
  const initial = (): ReportDraft => ({
    period: defaultPeriod ?? periods.at(-1)?.id ?? '',
    status: 'on_track',
    percent: '',
    narrative: '',
    deliverable: deliverable ? { done: false, date: '', document: '' } : undefined,
    evidence: { kind: 'none' },
  });
  const [draft, setDraft] = useState<ReportDraft>(initial);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [busy, setBusy] = useState(false);
  const [fileKey, setFileKey] = useState(0);
  const say = (message: DraftMessage | undefined) =>
    message ? w(message.key, message.values) : undefined;
  const update = (patch: Partial<ReportDraft>) => setDraft((current) => ({ ...current, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setOutcome(undefined);
    const read = readReportDraft(draft);
    if (!read.ok) {
      setErrors(read.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      let saved: Awaited<ReturnType<typeof addReport.mutateAsync>>;
      try {
        saved = await addReport.mutateAsync({ measureId, report: read.report });
      } catch (caught) {
        const fieldErrors: DraftErrors = {};
        if (caught instanceof ApiError)
          for (const error of caught.fieldErrors) {
            const field = fieldOfProblemPath(error.path);
            if (field) fieldErrors[field] = { key: 'refused', values: { detail: error.message } };
          }
        setErrors(fieldErrors);
        setOutcome({ ok: false, text: w('refused', { detail: problemText(caught) }) });
        return;
      }
      const done = { id: measureId, period: saved.period };
      if (read.evidence) {
        try {
          await addEvidence.mutateAsync({ measureId, reportId: saved.id, evidence: read.evidence });
        } catch (caught) {
          setOutcome({ ok: false, text: w('evidenceFailed', { detail: problemText(caught) }) });
          return;
        }
        setOutcome({
          ok: true,
          text: w('reportSavedWithEvidence', { ...done, name: read.evidence.name }),
        });
      } else setOutcome({ ok: true, text: w('reportSaved', done) });
      setDraft(initial());
      setFileKey((key) => key + 1);
    } finally {
      setBusy(false);
    }
  };

  const evidence = draft.evidence;
  return (
    <form className="task-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="visually-hidden">
        {w('reportFor', { id: measureId })}
      </h3>
      <div className="task-form-row">
        <Field
          label={w('period')}
          help={w('periodHelp', { cycle: w(`cycle.${cycle}`) })}
          error={say(errors.period)}
        >
          {(props) => (
            <select
              {...props}
              value={draft.period}
              onChange={(event) => update({ period: event.target.value })}
            >
              {periods.map((period) => (
                <option key={period.id} value={period.id}>
                  {period.id}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={w('status')}>
          {(props) => (
            <select
              {...props}
              value={draft.status}
              onChange={(event) => update({ status: event.target.value as ReportedStatus })}
            >
              {reportedStatuses.map((status) => (
                <option key={status} value={status}>
                  {pick(trackingStatusLabels[status])}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={w('percent')} error={say(errors.percent)}>
          {(props) => (
            <input
              {...props}
              inputMode="decimal"
              value={draft.percent}
              onChange={(event) => update({ percent: event.target.value })}
            />
          )}
        </Field>
      </div>
      <Field label={w('narrative')} help={w('narrativeHelp')} error={say(errors.narrative)}>
        {(props) => (
          <textarea
            {...props}
            lang="zh-CN"
            rows={4}
            value={draft.narrative}
            onChange={(event) => update({ narrative: event.target.value })}
          />
        )}
      </Field>
      {draft.deliverable ? (
        <fieldset>
          <legend>{w('deliverable')}</legend>
          <label className="inline-choice">
            <input
              type="checkbox"
              checked={draft.deliverable.done}
              onChange={(event) =>
                draft.deliverable &&
                update({ deliverable: { ...draft.deliverable, done: event.target.checked } })
              }
            />
            {w('deliverableDone')}
          </label>
          <div className="task-form-row">
            <Field label={w('deliverableDate')} error={say(errors.deliverableDate)}>
              {(props) => (
                <input
                  {...props}
                  type="date"
                  value={draft.deliverable?.date ?? ''}
                  onChange={(event) =>
                    draft.deliverable &&
                    update({ deliverable: { ...draft.deliverable, date: event.target.value } })
                  }
                />
              )}
            </Field>
            <Field label={w('deliverableDocument')}>
              {(props) => (
                <input
                  {...props}
                  value={draft.deliverable?.document ?? ''}
                  maxLength={500}
                  onChange={(event) =>
                    draft.deliverable &&
                    update({ deliverable: { ...draft.deliverable, document: event.target.value } })
                  }
                />
              )}
            </Field>
          </div>
        </fieldset>
      ) : null}
      <fieldset>
        <legend>{w('evidence')}</legend>
        <div className="period-kinds">
          {(['none', 'file', 'link'] as const).map((kind) => (
            <label key={kind} className="inline-choice">
              <input
                type="radio"
                name={`${id}-evidence`}
                value={kind}
                checked={evidence.kind === kind}
                onChange={() =>
                  update({
                    evidence:
                      kind === 'file'
                        ? { kind, file: null }
                        : kind === 'link'
                          ? { kind, name: '', url: '' }
                          : { kind },
                  })
                }
              />
              {w(
                kind === 'none'
                  ? 'evidenceNone'
                  : kind === 'file'
                    ? 'evidenceFile'
                    : 'evidenceLink',
              )}
            </label>
          ))}
        </div>
        {evidence.kind === 'file' ? (
          <Field label={w('file')} help={w('fileHelp')} error={say(errors.file)}>
            {(props) => (
              <input
                {...props}
                key={fileKey}
                type="file"
                accept={evidenceAccept}
                onChange={(event) =>
                  update({ evidence: { kind: 'file', file: event.target.files?.[0] ?? null } })
                }
              />
            )}
          </Field>
        ) : null}
        {evidence.kind === 'link' ? (
          <div className="task-form-row">
            <Field label={w('linkName')} error={say(errors.linkName)}>
              {(props) => (
                <input
                  {...props}
                  value={evidence.name}
                  onChange={(event) =>
                    update({ evidence: { ...evidence, name: event.target.value } })
                  }
                />
              )}
            </Field>
            <Field label={w('linkUrl')} help={w('linkUrlHelp')} error={say(errors.linkUrl)}>
              {(props) => (
                <input
                  {...props}
                  type="url"
                  value={evidence.url}
                  onChange={(event) =>
                    update({ evidence: { ...evidence, url: event.target.value } })
                  }
                />
              )}
            </Field>
          </div>
        ) : null}
      </fieldset>
      {outcome ? (
        <p
          className={outcome.ok ? 'form-success' : 'form-problem'}
          role={outcome.ok ? 'status' : 'alert'}
        >
          {outcome.text}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? w('submitting') : w('submitReport')}
        </button>
      </div>
    </form>
  );
}
