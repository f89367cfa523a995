import { useId } from 'react';
import { usePlan } from '../api/queries.js';
import { useLocale } from '../i18n/LocaleProvider.js';
import { methods } from '../lib/statuses.js';
import { isIsoDay, useDefaultAsOfOfView, useSettings } from '../lib/useSettings.js';

/**
 * The as-of date (from the plan's base year; a link back to the default one, see
 * `defaultAsOf`), the region (the plan's city or
 * one of its districts) and the method; every assessment on every page follows them.
 */
export function Controls() {
  const { t, pick } = useLocale();
  const [settings, update] = useSettings();
  const chosen = useDefaultAsOfOfView();
  const plan = usePlan();
  const id = useId();
  const regions = (plan.data?.regions ?? []).filter(
    (region) =>
      region.id === plan.data?.subjectRegion || region.parent === plan.data?.subjectRegion,
  );
  return (
    <form
      className="controls no-print"
      aria-label={t('controls.label')}
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="control">
        <label htmlFor={`${id}-as-of`}>{t('controls.asOf')}</label>
        <div className="control-row">
          <input
            id={`${id}-as-of`}
            type="date"
            value={settings.asOf}
            title={chosen ? pick(chosen.explanation) : undefined}
            min={plan.data ? `${plan.data.baselineYear}-01-01` : undefined}
            max={plan.data ? `${plan.data.targetYear + 10}-12-31` : undefined}
            onChange={(event) => {
              if (isIsoDay(event.target.value)) update({ asOf: event.target.value });
            }}
          />
          {chosen && settings.asOf !== chosen.asOf ? (
            <button
              type="button"
              className="link-button"
              title={pick(chosen.explanation)}
              onClick={() => update({ asOf: chosen.asOf })}
            >
              {t('controls.defaultAsOf')}
            </button>
          ) : null}
        </div>
      </div>
      <div className="control">
        <label htmlFor={`${id}-region`}>{t('controls.region')}</label>
        <select
          id={`${id}-region`}
          value={settings.region}
          onChange={(event) => update({ region: event.target.value })}
        >
          {regions.length === 0 ? <option value={settings.region}>{settings.region}</option> : null}
          {regions.map((region) => (
            <option key={region.id} value={region.id}>
              {region.parent ? '\u3000' : ''}
              {pick(region.name)}
            </option>
          ))}
        </select>
      </div>
      <div className="control">
        <label htmlFor={`${id}-method`}>{t('controls.method')}</label>
        <select
          id={`${id}-method`}
          value={settings.method}
          onChange={(event) => update({ method: event.target.value as (typeof methods)[number] })}
        >
          {methods.map((method) => (
            <option key={method} value={method}>
              {t(`method.${method}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="control control-check">
        <input
          id={`${id}-illustrative`}
          type="checkbox"
          checked={settings.illustrative}
          onChange={(event) => update({ illustrative: event.target.checked })}
        />
        <label htmlFor={`${id}-illustrative`}>{t('controls.illustrative')}</label>
      </div>
    </form>
  );
}
