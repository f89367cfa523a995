import { PLAN_SOURCE, sourceLabel } from '@plan/observations';
import { useState } from 'react';
import { useObservations } from '../../api/queries.js';
import type { Indicator } from '../../api/types.js';
import { IllustrativeTag } from '../../components/IllustrativeTag.js';
import { ErrorNotice, Loading } from '../../components/QueryState.js';
import { formatPeriod } from '../../i18n/format.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import { formatObservedValue } from '../../lib/planValues.js';
import { ApprovalBadge } from './ApprovalBadge.js';
import { CorrectionForm } from './CorrectionForm.js';
import type { useObservationWrite } from './useObservationWrite.js';

/**
 * The observations already stored for an indicator and region, newest first, each with
 * where it stands in the approval, and correctable but the plan's own (and, for a
 * district's token, but those the city approved: they are locked).
 */
export function ObservationList({
  indicator,
  region,
  write,
  highlight,
  regionScoped = false,
}: {
  indicator: Indicator;
  region: string;
  write: Pick<ReturnType<typeof useObservationWrite>, 'correct'>;
  /** The id of an observation to point at (the one a refused duplicate clashed with) */
  highlight: string | undefined;
  /** A district's token: approved figures are locked (the API answers 409), corrections resubmit */
  regionScoped?: boolean;
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
                  <span className="muted small" title={observation.source}>
                    {sourceLabel(observation.source)[locale]}
                  </span>
                  {observation.illustrative ? <IllustrativeTag /> : null}
                  <ApprovalBadge observation={observation} />
                  {observation.source === PLAN_SOURCE ? (
                    // The API refuses any change to the plan's own rows: nothing to offer.
                    <span className="muted small">{t('entry.planRow')}</span>
                  ) : regionScoped && observation.approval === 'approved' ? (
                    // Approved figures are locked for a district: the city returns one first.
                    <span className="muted small">{t('entry.locked')}</span>
                  ) : (
                    <button
                      type="button"
                      className="link-button"
                      aria-expanded={editing === observation.id}
                      onClick={() => {
                        setDone('');
                        setEditing(editing === observation.id ? null : observation.id);
                      }}
                    >
                      {t(
                        regionScoped && observation.approval !== 'approved'
                          ? 'entry.resubmit'
                          : 'entry.correct',
                      )}
                    </button>
                  )}
                </div>
                {editing === observation.id ? (
                  <CorrectionForm
                    observation={observation}
                    indicator={indicator}
                    write={write}
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
