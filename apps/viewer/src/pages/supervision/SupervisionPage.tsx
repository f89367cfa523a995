import { trackingStatusLabels } from '@plan/scoring';
import type { CSSProperties } from 'react';
import { useSearchParams } from 'react-router';
import { withQuery } from '../../api/client.js';
import { apiPath, usePlanId } from '../../api/planScope.js';
import { usePlan, useProjects, useTargets } from '../../api/queries.js';
import {
  type SupervisionFilters,
  type SupervisionItem,
  type SupervisionReason,
  useMeasuresTracking,
  useSupervision,
  useTargetsTracking,
  useUnits,
} from '../../api/tracking.js';
import { ErrorNotice, Loading } from '../../components/QueryState.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import { usePageTitle } from '../../lib/usePageTitle.js';
import { useDutyDay } from '../../lib/useSettings.js';
import { Field } from '../dataEntry/Field.js';
import { excerpt, ownerNames } from '../projects/projectsView.js';
import { TrackingBadge } from '../projects/TrackingBadge.js';
import {
  countByReason,
  reasonColours,
  reasonOrder,
  sortSupervision,
  worstReason,
} from './supervisionReasons.js';
import { useSupervisionWords } from './supervisionWords.js';
import './supervision.css';

/** The filters the URL holds: `unit`, `project` (its number) and `district` (a 旗区's id). */
export function filtersFrom(params: URLSearchParams): SupervisionFilters {
  const project = Number(params.get('project'));
  const unit = params.get('unit');
  const district = params.get('district');
  return {
    ...(unit ? { unit } : {}),
    ...(Number.isInteger(project) && project > 0 ? { project } : {}),
    ...(district ? { region: district } : {}),
  };
}

function ReasonBadge({ reason }: { reason: SupervisionReason }) {
  const w = useSupervisionWords();
  return (
    <span
      className="reason-badge"
      data-reason={reason}
      style={{ '--reason-colour': reasonColours[reason] } as CSSProperties}
    >
      {w(`reason.${reason}`)}
    </span>
  );
}

/** The supervision list (/supervision, 督办清单): what lags, whose it is, since when, what was reported. */
export default function SupervisionPage() {
  const w = useSupervisionWords();
  const { pick, locale } = useLocale();
  usePageTitle(w('title'));
  // Supervision follows the calendar: the URL's as-of date, else today (as 我的任务 does).
  const asOf = useDutyDay();
  const planId = usePlanId();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const list = useSupervision(asOf, filters);
  const plan = usePlan();
  const projects = useProjects();
  const targets = useTargets();
  const units = useUnits();
  const measuresTracking = useMeasuresTracking(asOf);
  const targetsTracking = useTargetsTracking(asOf);

  const setFilter = (key: 'unit' | 'project' | 'district', value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  const unitMap = new Map((units.data ?? []).map((unit) => [unit.id, unit]));
  const districts = (plan.data?.regions ?? []).filter(
    (region) => region.parent === plan.data?.subjectRegion,
  );
  const regionName = (id: string) => {
    const region = plan.data?.regions.find((candidate) => candidate.id === id);
    return region ? pick(region.name) : id;
  };
  const measureText = new Map(
    (projects.data ?? []).flatMap((project) =>
      project.measures.map((measure) => [measure.id, measure.text]),
    ),
  );
  const targetText = new Map((targets.data ?? []).map((target) => [target.id, target.text]));
  const latestReports = new Map(
    (measuresTracking.data ?? []).map((item) => [item.id, item.latestReport]),
  );
  const latestFigures = new Map((targetsTracking.data ?? []).map((item) => [item.id, item.latest]));
  // The circular takes the same filters: it lists what the page lists.
  const circular = (format: 'html' | 'markdown') =>
    withQuery(apiPath(planId, '/supervision/circular'), {
      asOf,
      format,
      unit: filters.unit,
      project: filters.project,
      region: filters.region,
    });

  const latestCell = (item: SupervisionItem) => {
    if (item.kind === 'measure') {
      const report = latestReports.get(item.id);
      if (!report) return <span className="muted">{w('noReport')}</span>;
      return (
        <>
          {w('reportLine', {
            period: report.period,
            status: pick(trackingStatusLabels[report.status]),
            reporter: report.reporter,
          })}
          <span className="supervision-item-text">{excerpt(report.narrative, 60)}</span>
        </>
      );
    }
    const figure = latestFigures.get(item.id);
    return figure ? (
      `${figure.value}（${figure.date}）`
    ) : (
      <span className="muted">{w('noReport')}</span>
    );
  };

  const body = () => {
    if (list.isError) return <ErrorNotice error={list.error} retry={() => void list.refetch()} />;
    if (!list.data) return <Loading />;
    const items = sortSupervision(list.data);
    const counts = countByReason(items);
    const filtered = Object.keys(filters).length > 0;
    if (items.length === 0) return <p className="muted">{w(filtered ? 'noneFiltered' : 'none')}</p>;
    return (
      <>
        <ul className="supervision-counts" aria-label={w('count', { count: items.length })}>
          <li>
            <strong>{w('count', { count: items.length })}</strong>
          </li>
          {reasonOrder.map((reason) => (
            <li key={reason}>
              <span
                className="reason-badge"
                style={{ '--reason-colour': reasonColours[reason] } as CSSProperties}
              >
                {w('countByReason', { label: w(`reason.${reason}`), count: counts[reason] })}
              </span>
            </li>
          ))}
        </ul>
        <div className="table-wrap">
          <table className="data-table supervision-table">
            <caption className="visually-hidden">{w('caption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="col-item">
                  {w('item')}
                </th>
                <th scope="col">{w('reason')}</th>
                <th scope="col">{w('status')}</th>
                <th scope="col">{w('since')}</th>
                <th scope="col">{w('owner')}</th>
                <th scope="col">{w('region')}</th>
                <th scope="col">{w('lastUpdate')}</th>
                <th scope="col" className="col-report">
                  {w('latestReport')}
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => {
                const worst = worstReason(item.reasons);
                const owner = ownerNames(
                  { lead: item.leadUnit, cooperating: item.cooperatingUnits },
                  unitMap,
                  locale,
                );
                const text =
                  item.kind === 'measure' ? measureText.get(item.id) : targetText.get(item.id);
                const lagging = item.laggingRegions ?? [];
                return (
                  <tr
                    key={`${item.kind}-${item.id}-${item.region ?? ''}`}
                    data-id={item.id}
                    data-reason={worst}
                    style={{ '--reason-colour': reasonColours[worst] } as CSSProperties}
                  >
                    <th scope="row">
                      {w(item.kind)} {item.id}
                      {item.projectNumber !== null
                        ? ` · ${w('projectNumber', { number: item.projectNumber })}`
                        : ''}
                      {text ? (
                        <span className="supervision-item-text">{excerpt(text, 70)}</span>
                      ) : null}
                    </th>
                    <td>
                      {item.reasons.map((reason) => (
                        <ReasonBadge key={reason} reason={reason} />
                      ))}
                    </td>
                    <td>
                      <TrackingBadge status={item.status} explanation={item.explanation} />
                    </td>
                    <td className="nowrap">{item.since ?? '—'}</td>
                    <td>
                      {owner.lead ?? <span className="muted">{w('notAssigned')}</span>}
                      {owner.cooperating.length > 0 ? ` / ${owner.cooperating.join('、')}` : ''}
                    </td>
                    <td>
                      {item.region ? regionName(item.region) : '—'}
                      {lagging.length > 0 ? (
                        <span className="supervision-item-text">
                          {w('lagging', { names: lagging.map(regionName).join('、') })}
                        </span>
                      ) : null}
                    </td>
                    <td className="nowrap">
                      {item.lastUpdate?.slice(0, 10) ?? (
                        <span className="muted">{w('noUpdate')}</span>
                      )}
                    </td>
                    <td>{latestCell(item)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </>
    );
  };

  return (
    <>
      <div className="supervision-head">
        <h1>{w('title')}</h1>
        <p className="no-print">
          <a href={circular('html')} target="_blank" rel="noopener" title={w('circularHelp')}>
            {w('circular')}
          </a>{' '}
          · <a href={circular('markdown')}>{w('circularMarkdown')}</a>
        </p>
      </div>
      <p className="muted">{w('intro')}</p>
      <p>{w('asOf', { date: asOf })}</p>
      <form
        className="supervision-filters no-print"
        aria-label={w('filters')}
        onSubmit={(event) => event.preventDefault()}
      >
        <Field label={w('unit')}>
          {(props) => (
            <select
              {...props}
              value={filters.unit ?? ''}
              onChange={(event) => setFilter('unit', event.target.value)}
            >
              <option value="">{w('all')}</option>
              {(units.data ?? []).map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {locale === 'en' && unit.nameEn ? unit.nameEn : unit.nameZh}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={w('project')}>
          {(props) => (
            <select
              {...props}
              value={filters.project === undefined ? '' : String(filters.project)}
              onChange={(event) => setFilter('project', event.target.value)}
            >
              <option value="">{w('all')}</option>
              {(projects.data ?? []).map((project) => (
                <option key={project.number} value={project.number}>
                  {w('projectNumber', { number: project.number })} {pick(project.name)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={w('district')}>
          {(props) => (
            <select
              {...props}
              value={filters.region ?? ''}
              onChange={(event) => setFilter('district', event.target.value)}
            >
              <option value="">{w('all')}</option>
              {districts.map((region) => (
                <option key={region.id} value={region.id}>
                  {pick(region.name)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </form>
      {body()}
    </>
  );
}
