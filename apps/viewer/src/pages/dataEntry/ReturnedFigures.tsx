import { useState } from 'react';
import type { Indicator, PlanSummary } from '../../api/types.js';
import { ErrorNotice } from '../../components/QueryState.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import { CorrectionForm } from './CorrectionForm.js';
import { ObservationFigure } from './ObservationFigure.js';
import { useObservationsInApproval } from './useObservationsInApproval.js';
import type { useObservationWrite } from './useObservationWrite.js';

/**
 * What the city returned to a district, first on its page: each figure with the city's
 * reason, corrected and so resubmitted in place. Nothing shows when nothing was returned.
 */
export function ReturnedFigures({
  plan,
  indicators,
  regions,
  write,
}: {
  plan: PlanSummary;
  indicators: readonly Indicator[];
  /** The district's regions: figures returned elsewhere are not its own */
  regions: readonly string[];
  write: Pick<ReturnType<typeof useObservationWrite>, 'correct'>;
}) {
  const { t } = useLocale();
  const returned = useObservationsInApproval('returned');
  const [editing, setEditing] = useState<string | null>(null);
  const [done, setDone] = useState('');
  if (returned.isError) return <ErrorNotice error={returned.error} />;
  const items = (returned.data?.items ?? [])
    .filter((item) => regions.includes(item.region))
    .sort((a, b) => a.indicatorId.localeCompare(b.indicatorId) || a.date.localeCompare(b.date));
  if (items.length === 0 && !done) return null;
  return (
    <section className="panel returned-figures" aria-labelledby="returned-heading">
      <h2 id="returned-heading">{t('entry.returned')}</h2>
      <p className="small muted">{t('entry.returnedHelp')}</p>
      {done ? (
        <p className="form-success" role="status">
          {done}
        </p>
      ) : null}
      <ul className="existing">
        {items.map((observation) => {
          const indicator = indicators.find(
            (candidate) => candidate.id === observation.indicatorId,
          );
          return (
            <li key={observation.id}>
              <div className="existing-row">
                <ObservationFigure
                  observation={observation}
                  indicators={indicators}
                  plan={plan}
                  first="indicator"
                />
                {indicator ? (
                  <button
                    type="button"
                    className="link-button"
                    aria-expanded={editing === observation.id}
                    onClick={() => {
                      setDone('');
                      setEditing(editing === observation.id ? null : observation.id);
                    }}
                  >
                    {t('entry.resubmit')}
                  </button>
                ) : null}
              </div>
              {editing === observation.id && indicator ? (
                <CorrectionForm
                  observation={observation}
                  indicator={indicator}
                  write={write}
                  onDone={(message) => {
                    setEditing(null);
                    setDone(message ? `${message} ${t('entry.submitted')}` : '');
                  }}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
