import { lazy, Suspense, useId, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Indicator, PlanSummary } from '../../api/types.js';
import { StatusBadge } from '../../components/StatusBadge.js';
import { formatNumber, formatShare } from '../../i18n/format.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import { statusesOf, statusInfo } from '../../lib/statuses.js';
import { equalIntervals, type LegendClass } from '../../map/choroplethOption.js';
import type { MapArea } from '../../map/DistrictMap.js';
import { districtMapOf } from '../../map/districtMaps.js';
import type { ComparisonView } from './comparisonView.js';
import { useComparisonWords } from './comparisonWords.js';

// ECharts and the boundaries are chunks of their own, loaded with the first map.
const DistrictMap = lazy(() => import('../../map/DistrictMap.js'));

export type MapBy = 'status' | 'value';

/** A value with its unit, as the table and the tooltip write it: "98.5%", "12 个". */
function withUnit(value: number | null, indicator: Indicator, locale: 'zh' | 'en') {
  if (value === null) return null;
  const unit = locale === 'zh' ? indicator.unit.zh : indicator.unit.en;
  return indicator.unit.kind === 'percent'
    ? `${formatNumber(value, locale)}${unit}`
    : `${formatNumber(value, locale)} ${unit}`;
}

/**
 * The map of the districts coloured by one indicator's status or value, with
 * its legend, and beside it the table of the same figures (district, status,
 * value, rank, reporting rate): the map's alternative for keyboard and
 * screen-reader users, and for every reader the figures themselves. The map
 * is illustrative, and said to be.
 */
export function MapSection({ view, plan }: { view: ComparisonView; plan: PlanSummary }) {
  const { pick, locale, t } = useLocale();
  const w = useComparisonWords();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const set = (key: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === '') next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );
  // Only indicators some district is judged on can colour the map.
  const choices = view.indicators.filter((indicator) =>
    view.regions.some((region) => {
      const cell = view.cellOf(region.id, indicator.id);
      return cell !== undefined && !cell.notJudged;
    }),
  );
  const indicator =
    choices.find((candidate) => candidate.id === params.get('indicator')) ?? choices[0];
  const by: MapBy = params.get('mapBy') === 'value' ? 'value' : 'status';
  const subject = plan.regions.find((region) => region.id === plan.subjectRegion);
  const map = districtMapOf(subject);
  const ranks = new Map(view.answer.ranking.rows.map((row) => [row.region, row.rank]));
  const rates = new Map(view.answer.completeness.rows.map((row) => [row.region, row.rate]));

  const { areas, legend, description } = useMemo(() => {
    if (!indicator) return { areas: [], legend: [], description: '' };
    const statuses = statusesOf(view.method);
    const cells = view.regions.map((region) => ({
      region,
      cell: view.cellOf(region.id, indicator.id),
    }));
    const legendClasses: LegendClass[] =
      by === 'status'
        ? statuses.map((entry, index) => ({
            value: index,
            label: pick(entry.label),
            colour: entry.colour,
          }))
        : equalIntervals(
            cells.map(({ cell }) => (cell && !cell.notJudged ? cell.value : null)),
            (value) => formatNumber(value, locale),
          );
    const mapAreas: MapArea[] = cells.map(({ region, cell }) => {
      const judged = cell && !cell.notJudged ? cell : undefined;
      const value = withUnit(judged?.value ?? null, indicator, locale);
      const status = judged
        ? pick(statusInfo(view.method, judged.status).label)
        : t('common.noData');
      const position = judged ? statuses.findIndex((entry) => entry.status === judged.status) : -1;
      return {
        region,
        label: pick(region.name),
        value: by === 'status' ? (position >= 0 ? position : null) : (judged?.value ?? null),
        text:
          by === 'status'
            ? [status, value].filter(Boolean).join(' · ')
            : (value ?? t('common.noData')),
      };
    });
    return {
      areas: mapAreas,
      legend: legendClasses,
      description: w('mapDescription', {
        city: subject ? pick(subject.name) : plan.subjectRegion,
        by: by === 'status' ? w('mapByStatus') : w('mapByValue'),
        indicator: pick(indicator.name),
        items: mapAreas
          .map((area) => w('mapItem', { region: area.label, text: area.text }))
          .join(locale === 'zh' ? '；' : '; '),
      }),
    };
  }, [indicator, by, view, pick, locale, t, w, subject, plan.subjectRegion]);

  const tableId = `${id}-table`;
  return (
    <section aria-labelledby={`${id}-title`} className="comparison-section">
      <h2 id={`${id}-title`}>{w('mapTitle')}</h2>
      {!indicator ? (
        <p className="empty">{w('mapNoIndicator')}</p>
      ) : (
        <>
          <form
            className="filters"
            aria-label={w('mapTitle')}
            onSubmit={(event) => event.preventDefault()}
          >
            <div className="control control-grow">
              <label htmlFor={`${id}-indicator`}>{w('indicator')}</label>
              <select
                id={`${id}-indicator`}
                value={indicator.id}
                onChange={(event) => set('indicator', event.target.value)}
              >
                {plan.tables.map((table) => {
                  const inTable = choices.filter((candidate) => candidate.table === table.id);
                  return inTable.length === 0 ? null : (
                    <optgroup key={table.id} label={pick(table.title)}>
                      {inTable.map((candidate) => (
                        <option key={candidate.id} value={candidate.id}>
                          {pick(candidate.name)}
                        </option>
                      ))}
                    </optgroup>
                  );
                })}
              </select>
            </div>
            <fieldset className="control map-by">
              <legend>{w('mapBy')}</legend>
              {(['status', 'value'] as const).map((option) => (
                <label key={option}>
                  <input
                    type="radio"
                    name={`${id}-by`}
                    value={option}
                    checked={by === option}
                    onChange={() => set('mapBy', option === 'status' ? '' : option)}
                  />
                  {option === 'status' ? w('mapByStatus') : w('mapByValue')}
                </label>
              ))}
            </fieldset>
          </form>
          <div className="map-layout">
            <figure className="map-figure">
              {map ? (
                <Suspense fallback={<p className="loading">{w('mapLoading')}</p>}>
                  <DistrictMap
                    map={map}
                    areas={areas}
                    legend={legend}
                    description={description}
                    describedBy={tableId}
                    notOnMap={(names) => w('mapUnmatched', { names: names.join('、') })}
                  />
                </Suspense>
              ) : null}
              <figcaption className="muted small">
                {map ? w('mapNotice') : w('mapNone')}
                {map && by === 'value' ? ` ${w('mapNoFigure')}` : null}
              </figcaption>
            </figure>
            <div className="table-wrap map-table">
              <table className="data-table" id={tableId}>
                <caption>{w('mapTableCaption', { indicator: pick(indicator.name) })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{w('region')}</th>
                    <th scope="col">{w('status')}</th>
                    <th scope="col" className="num">
                      {w('value')}
                    </th>
                    <th scope="col" className="num">
                      {w('rank')}
                    </th>
                    <th scope="col" className="num">
                      {w('reportingRate')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {view.regions.map((region) => {
                    const cell = view.cellOf(region.id, indicator.id);
                    const judged = cell && !cell.notJudged ? cell : undefined;
                    const rate = rates.get(region.id);
                    return (
                      <tr key={region.id}>
                        <th scope="row" className="nowrap">
                          {pick(region.name)}
                        </th>
                        <td>
                          {judged ? (
                            <StatusBadge method={view.method} status={judged.status} />
                          ) : (
                            <span className="muted">{w('notJudged')}</span>
                          )}
                        </td>
                        <td className="num">
                          {withUnit(judged?.value ?? null, indicator, locale) ?? '—'}
                        </td>
                        <td className="num">{ranks.get(region.id) ?? '—'}</td>
                        <td className="num">
                          {rate === undefined ? '—' : formatShare(rate, locale)}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </div>
        </>
      )}
    </section>
  );
}
