import { sourceLabel } from '@plan/observations';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client.js';
import type { Indicator, Observation, PlanSummary } from '../../api/types.js';
import { formatDateTime, formatPeriod } from '../../i18n/format.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import { formatObservedValue } from '../../lib/planValues.js';
import { Field } from '../dataEntry/Field.js';
import type { SubmissionGroup } from './groupSubmissions.js';
import type { useReviewActions } from './useReviewActions.js';

type Actions = ReturnType<typeof useReviewActions>;

/** What a review action came to, said above the groups (a group approved in full is gone). */
export type ReviewOutcome = { ok: boolean; text: string };

/** Asks for the reason of a return (required: the district reads it), then returns the figure. */
function ReturnForm({
  onReturn,
  onCancel,
}: {
  onReturn: (reason: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useLocale();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setError(t('validate.required'));
      return;
    }
    setBusy(true);
    try {
      await onReturn(reason.trim());
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="correction" onSubmit={submit} noValidate>
      <Field label={t('review.reason')} error={error}>
        {(props) => (
          <input {...props} value={reason} onChange={(event) => setReason(event.target.value)} />
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('review.confirmReturn')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * One district's submitted figures of one year: each approved or returned with a reason,
 * or all approved together (only the figures shown: one submitted meanwhile waits).
 */
export function SubmissionGroupView({
  group,
  plan,
  indicators,
  actions,
  onOutcome,
}: {
  group: SubmissionGroup;
  plan: PlanSummary;
  indicators: readonly Indicator[];
  actions: Actions;
  onOutcome: (outcome: ReviewOutcome | undefined) => void;
}) {
  const { t, pick, locale } = useLocale();
  const [returning, setReturning] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const colon = locale === 'zh' ? '：' : ': ';
  const region = plan.regions.find((candidate) => candidate.id === group.region);
  const title = t('review.group', {
    region: region ? pick(region.name) : group.region,
    year: group.year,
  });
  const indicatorOf = (observation: Observation) =>
    indicators.find((candidate) => candidate.id === observation.indicatorId);
  const named = (observation: Observation) => ({
    indicator: (() => {
      const indicator = indicatorOf(observation);
      return indicator ? pick(indicator.name) : observation.indicatorId;
    })(),
    time: formatPeriod(observation, locale),
  });
  const run = async (action: () => Promise<string>) => {
    setBusy(true);
    onOutcome(undefined);
    try {
      onOutcome({ ok: true, text: await action() });
    } catch (caught) {
      onOutcome({
        ok: false,
        text:
          caught instanceof ApiError && caught.status === 409
            ? `${t('review.changed')} (${caught.message})`
            : caught instanceof Error
              ? caught.message
              : String(caught),
      });
    } finally {
      setBusy(false);
    }
  };
  const headingId = `review-${group.region}-${group.year}`;
  return (
    <section className="panel review-group" aria-labelledby={headingId}>
      <div className="page-title-row">
        <h2 id={headingId}>{title}</h2>
        <span className="muted small">{t('review.pending', { count: group.items.length })}</span>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              const done = await actions.approveMany({
                region: group.region,
                year: group.year,
                indicatorIds: [...new Set(group.items.map((item) => item.indicatorId))],
              });
              return t('review.approvedMany', { count: done.approved, group: title });
            })
          }
        >
          {t('review.approveAll', { group: title })}
        </button>
      </div>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('entry.indicator')}</th>
            <th scope="col">{t('entry.period')}</th>
            <th scope="col">{t('entry.value')}</th>
            <th scope="col">{t('entry.source')}</th>
            <th scope="col">{t('review.submittedBy')}</th>
            <th scope="col">{t('review.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {group.items.map((observation) => {
            const indicator = indicatorOf(observation);
            const words = named(observation);
            return (
              <tr key={observation.id} data-observation={observation.id}>
                <th scope="row">{words.indicator}</th>
                <td>{words.time}</td>
                <td>
                  <strong>
                    {indicator
                      ? formatObservedValue(observation.value, indicator, locale)
                      : JSON.stringify(observation.value)}
                  </strong>
                </td>
                <td title={observation.source}>{sourceLabel(observation.source)[locale]}</td>
                <td>
                  {observation.updatedBy}
                  <br />
                  <span className="muted small">
                    {formatDateTime(observation.updatedAt, locale)}
                  </span>
                </td>
                <td>
                  <div className="form-actions">
                    <button
                      type="button"
                      className="primary"
                      disabled={busy}
                      aria-label={`${t('review.approve')}${colon}${words.indicator} ${words.time}`}
                      onClick={() =>
                        void run(async () => {
                          await actions.approve(observation.id);
                          return t('review.approvedOne', words);
                        })
                      }
                    >
                      {t('review.approve')}
                    </button>
                    <button
                      type="button"
                      disabled={busy}
                      aria-expanded={returning === observation.id}
                      aria-label={`${t('review.return')}${colon}${words.indicator} ${words.time}`}
                      onClick={() =>
                        setReturning(returning === observation.id ? null : observation.id)
                      }
                    >
                      {t('review.return')}
                    </button>
                  </div>
                  {returning === observation.id ? (
                    <ReturnForm
                      onCancel={() => setReturning(null)}
                      onReturn={(reason) =>
                        run(async () => {
                          await actions.returnFigure(observation.id, reason);
                          setReturning(null);
                          return t('review.returnedOne', words);
                        })
                      }
                    />
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
