import type { Method } from '@plan/scoring';
import { type ReactNode, useId, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useAssessments } from '../api/assessmentQueries.js';
import type { AssessmentItem } from '../api/assessments.js';
import { useIndicators, useObservations, usePlan } from '../api/queries.js';
import type { Indicator, Observation, PlanSummary } from '../api/types.js';
import { IllustrativeBanner } from '../components/IllustrativeBanner.js';
import { IllustrativeTag } from '../components/IllustrativeTag.js';
import { ProgressBars } from '../components/ProgressBars.js';
import { ErrorNotice, Loading } from '../components/QueryState.js';
import { StatusBadge } from '../components/StatusBadge.js';
import { formatPeriod } from '../i18n/format.js';
import { useLocale } from '../i18n/LocaleProvider.js';
import type { MessageKey } from '../i18n/messages.js';
import { latestObservations } from '../lib/latestObservations.js';
import {
  flattenCategories,
  formatExpected,
  formatObservedValue,
  printedOf,
} from '../lib/planValues.js';
import { statusesOf, statusInfo } from '../lib/statuses.js';
import { usePageTitle } from '../lib/usePageTitle.js';
import { useRestLater } from '../lib/useRestLater.js';
import { useSettings, useSettingsSearch } from '../lib/useSettings.js';

export type Row = {
  indicator: Indicator;
  /** The assessment by the chosen method: the status */
  item: AssessmentItem | undefined;
  /** The time-progress assessment: completion, time elapsed and the expected value, whatever the method */
  progress: AssessmentItem | undefined;
  latest: Observation | undefined;
};

export type SortKey = 'order' | 'name' | 'latest' | 'completion' | 'status';

const SORT_KEYS: readonly SortKey[] = ['order', 'name', 'latest', 'completion', 'status'];

/** Rows rendered with the page; the rest follow in a transition (more than a phone's first screen). */
const FIRST_ROWS = 12;

/** Filters on table, category, status and a search of both names; all optional. */
export function filterRows(
  rows: readonly Row[],
  filter: { table?: string; category?: string; status?: string; query?: string },
): Row[] {
  const query = filter.query?.trim().toLowerCase() ?? '';
  return rows.filter(
    ({ indicator, item }) =>
      (!filter.table || indicator.table === filter.table) &&
      (!filter.category || indicator.categoryPath.includes(filter.category)) &&
      (!filter.status || item?.status === filter.status) &&
      (query === '' ||
        indicator.name.zh.toLowerCase().includes(query) ||
        indicator.name.en.toLowerCase().includes(query) ||
        indicator.printed.toLowerCase().includes(query)),
  );
}

/**
 * Sorts rows; rows without the sorted figure go last in either direction, so
 * missing data never passes for the lowest value.
 */
export function sortRows(
  rows: readonly Row[],
  key: SortKey,
  direction: 'asc' | 'desc',
  options: { method: Method; locale: 'zh' | 'en'; tableOrder: readonly string[] },
): Row[] {
  const value = (row: Row): number | string | null => {
    switch (key) {
      case 'name':
        return options.locale === 'zh' ? row.indicator.name.zh : row.indicator.name.en;
      case 'latest':
        return row.latest?.date ?? null;
      case 'completion':
        return row.progress?.completion ?? null;
      case 'status':
        return row.item ? statusInfo(options.method, row.item.status).rank : null;
      default:
        return options.tableOrder.indexOf(row.indicator.table) * 1000 + row.indicator.order;
    }
  };
  // Made only when names are compared: a first Collator loads the locale's collation data
  // (10–20 ms here), which the default order (by table and number) does not need.
  let collator: Intl.Collator | undefined;
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const left = value(a);
    const right = value(b);
    if (left === null && right === null) return 0;
    if (left === null) return 1;
    if (right === null) return -1;
    if (typeof left === 'string' && typeof right === 'string') {
      collator ??= new Intl.Collator(options.locale === 'zh' ? 'zh-CN' : 'en');
      return sign * collator.compare(left, right);
    }
    return sign * ((left as number) - (right as number));
  });
}

function SortHeader({
  label,
  sortKey,
  current,
  direction,
  onSort,
  className,
}: {
  label: string;
  sortKey: SortKey;
  current: SortKey;
  direction: 'asc' | 'desc';
  onSort: (key: SortKey) => void;
  className?: string;
}) {
  const { t } = useLocale();
  const active = current === sortKey;
  return (
    <th
      scope="col"
      className={className}
      aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <button
        type="button"
        className="sort-button"
        onClick={() => onSort(sortKey)}
        title={t('col.sortBy', { column: label })}
      >
        {label}
        <span aria-hidden="true" className="sort-mark">
          {active ? (direction === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

/** One filter of the list: a labelled select whose first option, "all", clears it. */
function FilterSelect({
  id,
  label,
  value,
  onChange,
  children,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  const { t } = useLocale();
  return (
    <div className="control">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('indicators.all')}</option>
        {children}
      </select>
    </div>
  );
}

function IndicatorTable({
  plan,
  rows,
  method,
}: {
  plan: PlanSummary;
  rows: Row[];
  method: Method;
}) {
  const { t, pick, locale } = useLocale();
  const [params, setParams] = useSearchParams();
  const search = useSettingsSearch();
  const id = useId();
  const table = params.get('table') ?? '';
  const category = params.get('category') ?? '';
  const status = params.get('status') ?? '';
  const query = params.get('q') ?? '';
  const sortParam = params.get('sort') as SortKey | null;
  const sortKey: SortKey = sortParam && SORT_KEYS.includes(sortParam) ? sortParam : 'order';
  const direction = params.get('dir') === 'desc' ? 'desc' : 'asc';
  const set = (patch: Record<string, string>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(patch)) {
          if (value === '') next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );
  const categories = flattenCategories(plan.tables).filter(
    (candidate) => !table || candidate.table === table,
  );
  const benchmark = plan.regions.find((region) => region.id === plan.benchmarkRegion);
  const shown = sortRows(filterRows(rows, { table, category, status, query }), sortKey, direction, {
    method,
    locale,
    tableOrder: plan.tables.map((candidate) => candidate.id),
  });
  // The first screen's rows at once, the others just after (see useRestLater).
  const rest = useRestLater();
  const rendered = rest ? shown : shown.slice(0, FIRST_ROWS);
  const onSort = (key: SortKey) =>
    set({ sort: key, dir: sortKey === key && direction === 'asc' ? 'desc' : '' });
  const header = (key: MessageKey, values?: Record<string, string | number>) => t(key, values);
  return (
    <>
      <form
        className="filters"
        aria-label={t('indicators.filters')}
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="control control-grow">
          <label htmlFor={`${id}-q`}>{t('indicators.search')}</label>
          <input
            id={`${id}-q`}
            type="search"
            value={query}
            placeholder={t('indicators.searchPlaceholder')}
            onChange={(event) => set({ q: event.target.value })}
          />
        </div>
        <FilterSelect
          id={`${id}-table`}
          label={t('indicators.table')}
          value={table}
          onChange={(value) => set({ table: value, category: '' })}
        >
          {plan.tables.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {pick(candidate.title)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          id={`${id}-category`}
          label={t('indicators.category')}
          value={category}
          onChange={(value) => set({ category: value })}
        >
          {categories.map((candidate) => (
            <option key={`${candidate.table}/${candidate.id}`} value={candidate.id}>
              {'\u3000'.repeat(candidate.depth)}
              {pick(candidate.name)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          id={`${id}-status`}
          label={t('indicators.status')}
          value={status}
          onChange={(value) => set({ status: value })}
        >
          {statusesOf(method).map((candidate) => (
            <option key={candidate.status} value={candidate.status}>
              {pick(candidate.label)}
            </option>
          ))}
        </FilterSelect>
        {table || category || status || query ? (
          <button
            type="button"
            className="link-button"
            onClick={() => set({ table: '', category: '', status: '', q: '' })}
          >
            {t('indicators.clear')}
          </button>
        ) : null}
      </form>
      <p className="muted" role="status" data-testid="indicator-count">
        {t('indicators.count', { shown: shown.length, total: rows.length })}
      </p>
      <div className="table-wrap">
        <table className="data-table indicators-table">
          <thead>
            <tr>
              <SortHeader
                label={header('col.name')}
                sortKey="name"
                current={sortKey}
                direction={direction}
                onSort={onSort}
                className="col-name"
              />
              <th scope="col" className="nowrap">
                {header('col.unit')}
              </th>
              <th scope="col" className="num nowrap">
                {header('col.baseline', { year: plan.baselineYear })}
              </th>
              <th scope="col" className="num nowrap">
                {header('col.target', { year: plan.targetYear })}
              </th>
              <th scope="col" className="num">
                {benchmark ? pick(benchmark.name) : plan.benchmarkRegion}
                <span className="th-note">
                  {plan.baselineYear} → {plan.targetYear}
                </span>
              </th>
              <SortHeader
                label={header('col.latest')}
                sortKey="latest"
                current={sortKey}
                direction={direction}
                onSort={onSort}
                className="num"
              />
              <th scope="col" className="num">
                {header('col.expected')}
              </th>
              <SortHeader
                label={header('col.progress')}
                sortKey="completion"
                current={sortKey}
                direction={direction}
                onSort={onSort}
                className="col-progress"
              />
              <SortHeader
                label={header('col.status')}
                sortKey="status"
                current={sortKey}
                direction={direction}
                onSort={onSort}
              />
            </tr>
          </thead>
          <tbody>
            {rendered.map(({ indicator, item, progress, latest }) => (
              <tr key={indicator.id} data-indicator={indicator.id}>
                <th scope="row" className="col-name">
                  <Link to={`/indicators/${indicator.id}${search}`}>{pick(indicator.name)}</Link>
                  <span className="other-language" lang={locale === 'zh' ? 'en' : 'zh-CN'}>
                    {locale === 'zh' ? indicator.name.en : indicator.name.zh}
                  </span>
                </th>
                <td className="nowrap">{pick(indicator.unit)}</td>
                <td className="num">{printedOf(indicator.values.subject.baseline, locale)}</td>
                <td className="num">{printedOf(indicator.values.subject.target, locale)}</td>
                <td className="num">
                  {printedOf(indicator.values.benchmark.baseline, locale)} →{' '}
                  {printedOf(indicator.values.benchmark.target, locale)}
                </td>
                <td className="num">
                  {latest ? (
                    <>
                      <span>{formatObservedValue(latest.value, indicator, locale)}</span>
                      <span className="cell-note nowrap">
                        {formatPeriod(latest, locale)}
                        {latest.illustrative ? <IllustrativeTag /> : null}
                      </span>
                    </>
                  ) : (
                    <span className="muted">{t('common.noData')}</span>
                  )}
                </td>
                <td className="num">
                  {progress ? formatExpected(progress, indicator, locale) : '—'}
                </td>
                <td className="col-progress">
                  {progress ? (
                    <ProgressBars
                      completion={progress.completion}
                      timeProgress={progress.timeProgress}
                      compact
                    />
                  ) : null}
                </td>
                <td>
                  {item ? (
                    <StatusBadge method={item.method} status={item.status} label={item.label} />
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {shown.length === 0 ? <p className="empty">{t('indicators.empty')}</p> : null}
      </div>
    </>
  );
}

export default function IndicatorsPage() {
  const { t } = useLocale();
  usePageTitle(t('nav.indicators'));
  const [settings] = useSettings();
  const plan = usePlan();
  const indicators = useIndicators();
  const observations = useObservations({
    region: settings.region,
    illustrative: settings.illustrative,
  });
  const assessments = useAssessments(settings);
  // Completion against time elapsed is the time-progress calculation, whichever method judges the
  // status; with that method chosen, this is the same query.
  const timeProgress = useAssessments({ ...settings, method: 'time-progress' });
  const rows = useMemo<Row[]>(() => {
    const byId = new Map((assessments.data?.items ?? []).map((item) => [item.indicatorId, item]));
    const progressById = new Map(
      (timeProgress.data?.items ?? []).map((item) => [item.indicatorId, item]),
    );
    const latest = latestObservations(observations.data?.items ?? [], settings.asOf);
    return (indicators.data ?? []).map((indicator) => ({
      indicator,
      item: byId.get(indicator.id),
      progress: progressById.get(indicator.id),
      latest: latest.get(indicator.id),
    }));
  }, [indicators.data, observations.data, assessments.data, timeProgress.data, settings.asOf]);
  const failed = [plan, indicators, observations].find((query) => query.isError);
  if (failed) return <ErrorNotice error={failed.error} retry={() => void failed.refetch()} />;
  if (!plan.data || !indicators.data || !observations.data || assessments.isPending)
    return <Loading />;
  const illustrative =
    assessments.data?.illustrative || rows.some((row) => row.latest?.illustrative === true);
  return (
    <>
      {illustrative ? <IllustrativeBanner /> : null}
      <h1>{t('indicators.title')}</h1>
      {assessments.isError ? <p className="notice">{t('common.notAvailable')}</p> : null}
      <IndicatorTable plan={plan.data} rows={rows} method={settings.method} />
    </>
  );
}
