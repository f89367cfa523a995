import { useId, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { usePlan } from '../api/queries.js';
import { formatDate } from '../i18n/format.js';
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
        <label id={`${id}-as-of-label`} htmlFor={`${id}-as-of`}>
          {t('controls.asOf')}
        </label>
        <div className="control-row">
          <AsOfInput
            id={`${id}-as-of`}
            labelId={`${id}-as-of-label`}
            value={settings.asOf}
            title={chosen ? pick(chosen.explanation) : undefined}
            min={plan.data ? `${plan.data.baselineYear}-01-01` : undefined}
            max={plan.data ? `${plan.data.targetYear + 10}-12-31` : undefined}
            onChange={(value) => update({ asOf: value })}
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

/**
 * The as-of date's field. A button showing the date until the reader reaches for it (a click,
 * a tap or Tab's focus), then the browser's date input in its place, focused (and on a click
 * its picker open): creating an `<input type="date">` loads the locale's calendar data, 40–90 ms
 * of a phone's first render (150–350 ms at Lighthouse's 4× slower CPU), before anything shows.
 */
function AsOfInput(props: {
  id: string;
  labelId: string;
  value: string;
  title: string | undefined;
  min: string | undefined;
  max: string | undefined;
  onChange: (value: string) => void;
}) {
  const { locale } = useLocale();
  const [open, setOpen] = useState<false | 'focus' | 'picker'>(false);
  const input = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    const field = input.current;
    if (!open || !field) return;
    field.focus();
    // Still inside the click (flushSync): the browser lets a page open the picker then.
    if (open === 'picker')
      try {
        field.showPicker?.();
      } catch {
        // No picker here (or no user activation): the focused field is enough.
      }
  }, [open]);
  if (!open)
    return (
      <button
        type="button"
        id={props.id}
        className="date-field"
        aria-labelledby={`${props.labelId} ${props.id}-value`}
        title={props.title}
        onFocus={(event) => {
          // From the keyboard (Tab): the input at once. A click or a tap opens it with its picker.
          if (focusVisible(event.currentTarget)) setOpen('focus');
        }}
        onClick={() => flushSync(() => setOpen('picker'))}
      >
        <span id={`${props.id}-value`}>{formatDate(props.value, locale)}</span>
        <svg
          width="16"
          height="16"
          viewBox="0 0 16 16"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinecap="round"
          aria-hidden="true"
          focusable="false"
        >
          <path d="M2.5 4h11v9.5h-11zM2.5 7h11M5.5 2.5v3M10.5 2.5v3" />
        </svg>
      </button>
    );
  return (
    <input
      ref={input}
      id={props.id}
      type="date"
      value={props.value}
      title={props.title}
      min={props.min}
      max={props.max}
      onChange={(event) => {
        if (isIsoDay(event.target.value)) props.onChange(event.target.value);
      }}
    />
  );
}

function focusVisible(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return true;
  }
}
