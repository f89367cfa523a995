import { type CSSProperties, type ReactNode, useId } from 'react';
import { useSearchParams } from 'react-router';
import type { PlanSummary } from '../../api/types.js';
import { StatusIcon } from '../../components/StatusIcon.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import { statusesOf } from '../../lib/statuses.js';
import type { ComparisonView } from './comparisonView.js';
import { useComparisonWords } from './comparisonWords.js';
import { MatrixCellView } from './MatrixCellView.js';
import { matrixColumns, matrixSortFrom, sortRegions } from './matrixView.js';
import { SortHeader } from './SortHeader.js';

/** A labelled select of the matrix's filters. */
function Filter({
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
  return (
    <div className="control">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {children}
      </select>
    </div>
  );
}

/** The status icons of the method with their words and colours: the key to the matrix and the map. */
export function StatusKey({ view }: { view: ComparisonView }) {
  const { pick } = useLocale();
  return (
    <ul className="status-stack-legend matrix-key">
      {statusesOf(view.method).map((entry) => (
        <li key={entry.status} style={{ '--status-colour': entry.colour } as CSSProperties}>
          <StatusIcon icon={entry.icon} size={13} />
          {pick(entry.label)}
        </li>
      ))}
    </ul>
  );
}

/**
 * The district × indicator matrix: a row per district, a column per compared
 * indicator of the chosen table (all tables on request), sortable by any
 * column; the status filter keeps the indicators where some district has it.
 * Filters and sort live in the URL, so a link shows the same matrix.
 */
export function MatrixSection({ view, plan }: { view: ComparisonView; plan: PlanSummary }) {
  const { pick, locale } = useLocale();
  const w = useComparisonWords();
  const id = useId();
  const [params, setParams] = useSearchParams();
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
  // The tables that have compared indicators; the first is shown unless another (or all) is chosen.
  const tables = plan.tables.filter((table) =>
    view.indicators.some((indicator) => indicator.table === table.id),
  );
  const tableParam = params.get('table') ?? '';
  const table =
    tableParam === 'all'
      ? 'all'
      : ((tables.find((candidate) => candidate.id === tableParam) ?? tables[0])?.id ?? 'all');
  const status = params.get('status') ?? '';
  const sort = matrixSortFrom(params, view);
  const columns = matrixColumns(view, {
    ...(table === 'all' ? {} : { table }),
    ...(status ? { status } : {}),
  });
  const regions = sortRegions(view, sort, { method: view.method, locale });
  const ranks = new Map(view.answer.ranking.rows.map((row) => [row.region, row.rank]));
  const onSort = (name: string) =>
    set({ sort: name, dir: sort.by === name && sort.dir === 'asc' ? 'desc' : '' });
  return (
    <section aria-labelledby={`${id}-title`} className="comparison-section">
      <h2 id={`${id}-title`}>{w('matrixTitle')}</h2>
      <form
        className="filters"
        aria-label={w('matrixFilters')}
        onSubmit={(event) => event.preventDefault()}
      >
        <Filter
          id={`${id}-table`}
          label={w('table')}
          value={table}
          onChange={(value) => set({ table: value === tables[0]?.id ? '' : value })}
        >
          {tables.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {pick(candidate.title)}
            </option>
          ))}
          <option value="all">{w('all')}</option>
        </Filter>
        <Filter
          id={`${id}-status`}
          label={w('status')}
          value={status}
          onChange={(value) => set({ status: value })}
        >
          <option value="">{w('all')}</option>
          {statusesOf(view.method).map((candidate) => (
            <option key={candidate.status} value={candidate.status}>
              {pick(candidate.label)}
            </option>
          ))}
        </Filter>
      </form>
      <p className="muted small">{w('matrixLegend')}</p>
      <StatusKey view={view} />
      <p className="muted" role="status" data-testid="matrix-count">
        {w('matrixCount', {
          shown: columns.length,
          total: table === 'all' ? view.indicators.length : matrixColumns(view, { table }).length,
        })}
      </p>
      {columns.length === 0 ? (
        <p className="empty">{w('matrixEmpty')}</p>
      ) : (
        <div className="table-wrap matrix-wrap">
          <table className="data-table matrix-table">
            <caption className="visually-hidden">{w('matrixTitle')}</caption>
            <thead>
              <tr>
                <SortHeader
                  label={w('region')}
                  name="region"
                  active={sort.by === 'region'}
                  dir={sort.dir}
                  onSort={onSort}
                  className="matrix-region"
                />
                <SortHeader
                  label={w('rank')}
                  name="rank"
                  active={sort.by === 'rank'}
                  dir={sort.dir}
                  onSort={onSort}
                  className="num"
                />
                {columns.map((indicator) => (
                  <SortHeader
                    key={indicator.id}
                    label={pick(indicator.name)}
                    name={`indicator:${indicator.id}`}
                    active={sort.by === `indicator:${indicator.id}`}
                    dir={sort.dir}
                    onSort={onSort}
                    className="matrix-indicator"
                  >
                    <span>
                      {pick(indicator.name)}
                      <span className="th-note">{pick(indicator.unit)}</span>
                    </span>
                  </SortHeader>
                ))}
              </tr>
            </thead>
            <tbody>
              {regions.map((region) => {
                const rank = ranks.get(region.id);
                return (
                  <tr key={region.id}>
                    <th scope="row" className="matrix-region nowrap">
                      {pick(region.name)}
                    </th>
                    <td className="num">{rank ?? '—'}</td>
                    {columns.map((indicator) => {
                      const cell = view.cellOf(region.id, indicator.id);
                      return (
                        <MatrixCellView
                          key={indicator.id}
                          cell={cell}
                          method={view.method}
                          unit={indicator.unit}
                          dim={status !== '' && cell?.status !== status}
                        />
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
