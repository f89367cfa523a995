import type { DefaultAsOf } from '@plan/scoring';
import { createContext, useCallback, useContext, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { PLAN_PARAM } from '../api/planScope.js';
import { usePlan } from '../api/queries.js';
import type { Method } from '../api/types.js';
import { isMethod } from './statuses.js';
import { useDefaultAsOf } from './useDefaultAsOf.js';

/** What every assessment on screen depends on; kept in the URL so a link shows the same view. */
export type Settings = {
  /** YYYY-MM-DD: the date picker's value; by default the latest date with data in the plan period (see `defaultAsOf`) */
  asOf: string;
  region: string;
  method: Method;
  /** Include illustrative demo figures (示例数据), always labelled as such */
  illustrative: boolean;
};

/**
 * Today as YYYY-MM-DD, read once where the app starts (main.tsx) and passed
 * down: nothing below calls `new Date()` for the as-of date.
 */
export const TodayContext = createContext<string | null>(null);

/** Today, as main.tsx (or a test) provides it. */
export function useToday(): string {
  const today = useContext(TodayContext);
  if (today === null) throw new Error('No TodayContext: main.tsx provides today’s date.');
  return today;
}

/** What a setting missing from the URL falls back to: the default as-of date, and the plan's own region. */
type SettingsDefaults = { asOf: string; region: string };

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const REGION = /^[a-z0-9-]{1,60}$/;

export function isIsoDay(text: string | null | undefined): text is string {
  if (!text || !ISO_DAY.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** Reads the settings from URL parameters, falling back to the defaults for anything missing or malformed. */
export function settingsFrom(params: URLSearchParams, defaults: SettingsDefaults): Settings {
  const asOf = params.get('asOf');
  const method = params.get('method');
  const region = params.get('region');
  return {
    asOf: isIsoDay(asOf) ? asOf : defaults.asOf,
    region: region && REGION.test(region) ? region : defaults.region,
    method: isMethod(method) ? method : 'time-progress',
    illustrative: params.get('illustrative') !== '0',
  };
}

/**
 * The as-of date the pages judge by when the URL names none, and the rule that chose it;
 * undefined while it is being worked out (the layout waits for it before it renders a page).
 */
export function useDefaultAsOfOfView(): DefaultAsOf | undefined {
  const [params] = useSearchParams();
  const region = params.get('region');
  return useDefaultAsOf({
    today: useToday(),
    region: region && REGION.test(region) ? region : undefined,
    illustrative: params.get('illustrative') !== '0',
  });
}

/**
 * The settings of the current URL. The as-of date defaults to the latest date with data in
 * the plan period (the plan's end once it is over), the region to the plan's subject region
 * (the layout renders pages once both are there).
 */
export function useSettings(): [Settings, (patch: Partial<Settings>) => void] {
  const today = useToday();
  const region = usePlan().data?.subjectRegion ?? '';
  const chosen = useDefaultAsOfOfView()?.asOf ?? today;
  const defaults = useMemo(() => ({ asOf: chosen, region }), [chosen, region]);
  const [params, setParams] = useSearchParams();
  const settings = useMemo(() => settingsFrom(params, defaults), [params, defaults]);
  const update = useCallback(
    (patch: Partial<Settings>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          const merged = { ...settingsFrom(current, defaults), ...patch };
          // Defaults stay out of the URL, so plain links stay plain.
          const set = (key: string, value: string, fallback: string) => {
            if (value === fallback) next.delete(key);
            else next.set(key, value);
          };
          set('asOf', merged.asOf, defaults.asOf);
          set('region', merged.region, defaults.region);
          set('method', merged.method, 'time-progress');
          set('illustrative', merged.illustrative ? '1' : '0', '1');
          return next;
        },
        { replace: true },
      );
    },
    [setParams, defaults],
  );
  return [settings, update];
}

/** The plan and settings part of the current URL, for links that keep the view ("?plan=…&asOf=…&region=…"). */
export function useSettingsSearch(): string {
  const [params] = useSearchParams();
  const kept = new URLSearchParams();
  for (const key of [PLAN_PARAM, 'asOf', 'region', 'method', 'illustrative']) {
    const value = params.get(key);
    if (value !== null) kept.set(key, value);
  }
  const text = kept.toString();
  return text ? `?${text}` : '';
}

/**
 * The day a reporting duty is judged on: the URL's as-of date, else today — what is due follows
 * the calendar, not the date of the latest data (the assessments' default).
 */
export function useDutyDay(): string {
  const [params] = useSearchParams();
  const today = useToday();
  const asOf = params.get('asOf');
  return isIsoDay(asOf) ? asOf : today;
}
