import type { AssessmentItem } from '../../api/assessments.js';
import type { Method } from '../../api/types.js';
import { StatusBadge } from '../../components/StatusBadge.js';
import { formatNumber } from '../../i18n/format.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import { componentRows } from '../../lib/componentLabels.js';
import { methods } from '../../lib/statuses.js';

/** One method's status, score, explanation and calculation, per part of a split indicator. */
export function MethodCard({ method, item }: { method: Method; item: AssessmentItem | undefined }) {
  const { t, pick, locale } = useLocale();
  return (
    <article className="method-card" data-method={method}>
      <h3>{t(`method.${method}`)}</h3>
      {item ? (
        <>
          <StatusBadge method={method} status={item.status} label={item.label} />
          {item.score !== null ? (
            <p className="small muted">
              {t('detail.score')} {formatNumber(item.score, locale, 3)}
            </p>
          ) : null}
          <p className="explanation">{pick(item.explanation)}</p>
          {item.quantities.map((quantity, index) =>
            quantity.result ? (
              <details key={quantity.part ?? index} className="calculation">
                <summary>
                  {t('detail.calculation')}
                  {quantity.partLabel ? ` · ${pick(quantity.partLabel)}` : ''}
                </summary>
                {quantity.partLabel && item.quantities.length > 1 ? (
                  <p className="small">{pick(quantity.result.explanation)}</p>
                ) : null}
                <dl className="components">
                  {componentRows(quantity.result.components, locale, item.unit).map((row) => (
                    <div key={row.key}>
                      <dt>{row.label}</dt>
                      <dd>{row.value}</dd>
                    </div>
                  ))}
                </dl>
              </details>
            ) : null,
          )}
        </>
      ) : (
        <p className="muted">{t('common.noData')}</p>
      )}
    </article>
  );
}

/** The five methods side by side. */
export function MethodsSection({
  byMethod,
  unavailable,
}: {
  byMethod: Partial<Record<Method, AssessmentItem>>;
  unavailable: boolean;
}) {
  const { t } = useLocale();
  return (
    <section aria-labelledby="methods-heading">
      <h2 id="methods-heading">{t('detail.methods')}</h2>
      {unavailable ? <p className="notice">{t('common.notAvailable')}</p> : null}
      <div className="method-grid">
        {methods.map((method) => (
          <MethodCard key={method} method={method} item={byMethod[method]} />
        ))}
      </div>
    </section>
  );
}
