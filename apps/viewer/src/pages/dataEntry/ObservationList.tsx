import { PLAN_SOURCE } from '@plan/observations';
import { useState } from 'react';
import { useObservations } from '../../api/queries.js';
import type { Indicator } from '../../api/types.js';
import { IllustrativeTag } from '../../components/IllustrativeTag.js';
import { ErrorNotice, Loading } from '../../components/QueryState.js';
import { formatPeriod } from '../../i18n/format.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import { formatObservedValue } from '../../lib/planValues.js';
import { CorrectionForm } from './CorrectionForm.js';
import type { useObservationWrite } from './useObservationWrite.js';

/** The observations already stored for an indicator and region, newest first, each correctable but the plan's own. */
export function ObservationList({
  indicator,
  region,
  write,
  highlight,
}: {
  indicator: Indicator;
  region: string;
  write: Pick<ReturnType<typeof useObservationWrite>, 'correct'>;
  /** The id of an observation to point at (the one a refused duplicate clashed with) */
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
                  {observation.source === PLAN_SOURCE ? (
                    // The API refuses any change to the plan's own rows: nothing to offer.
                    <span className="muted small">{t('entry.planRow')}</span>
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
                      {t('entry.correct')}
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
