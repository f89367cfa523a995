import type { Indicator, Method } from '../../api/types.js';
import { statusInfo } from '../../lib/statuses.js';
import type { ComparisonView } from './comparisonView.js';

/** What the matrix is sorted by: a district's name, its rank, or its standing on one indicator. */
export type MatrixSort = {
  by: 'order' | 'region' | 'rank' | `indicator:${string}`;
  dir: 'asc' | 'desc';
};

/** Reads `?sort=` and `?dir=`: plan order unless they name a known key. */
export function matrixSortFrom(params: URLSearchParams, view: ComparisonView): MatrixSort {
  const by = params.get('sort') ?? 'order';
  const dir = params.get('dir') === 'desc' ? 'desc' : 'asc';
  const known =
    by === 'order' ||
    by === 'region' ||
    by === 'rank' ||
    (by.startsWith('indicator:') && view.indicatorOf(by.slice('indicator:'.length)) !== undefined);
  return known ? { by: by as MatrixSort['by'], dir } : { by: 'order', dir: 'asc' };
}

/**
 * The indicator columns shown: the compared indicators of a table (all without
 * one), and with a status, only those where some district has that status.
 */
export function matrixColumns(
  view: ComparisonView,
  filter: { table?: string; status?: string },
): Indicator[] {
  return view.indicators.filter(
    (indicator) =>
      (!filter.table || indicator.table === filter.table) &&
      (!filter.status ||
        view.regions.some(
          (region) => view.cellOf(region.id, indicator.id)?.status === filter.status,
        )),
  );
}

/**
 * The districts in the chosen order. By an indicator: its status (worst
 * first ascending, as the indicator list sorts), then its completion; a
 * district without a judgement on it (no data, not judged, unranked) goes
 * last in either direction, so missing data never passes for the best or the worst.
 */
export function sortRegions(
  view: ComparisonView,
  sort: MatrixSort,
  options: { method: Method; locale: 'zh' | 'en' },
): ComparisonView['regions'] {
  const ranks = new Map(view.answer.ranking.rows.map((row) => [row.region, row.rank]));
  const collator = new Intl.Collator(options.locale === 'zh' ? 'zh-CN' : 'en');
  const order = new Map(view.regions.map((region, index) => [region.id, index]));
  const key = (id: string): number[] | string | null => {
    if (sort.by === 'order') return [order.get(id) ?? 0];
    if (sort.by === 'region')
      return options.locale === 'zh' ? view.regionName(id).zh : view.regionName(id).en;
    if (sort.by === 'rank') {
      const rank = ranks.get(id);
      return rank === null || rank === undefined ? null : [rank];
    }
    const cell = view.cellOf(id, sort.by.slice('indicator:'.length));
    if (!cell || cell.notJudged) return null;
    const rank = statusInfo(options.method, cell.status).rank;
    if (rank === null) return null;
    return [rank, cell.completion ?? Number.NEGATIVE_INFINITY];
  };
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...view.regions].sort((a, b) => {
    const left = key(a.id);
    const right = key(b.id);
    if (left === null && right === null) return (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0);
    if (left === null) return 1;
    if (right === null) return -1;
    if (typeof left === 'string' || typeof right === 'string')
      return sign * collator.compare(String(left), String(right));
    for (let index = 0; index < Math.max(left.length, right.length); index++) {
      const difference = (left[index] ?? 0) - (right[index] ?? 0);
      if (difference !== 0) return sign * difference;
    }
    return (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0);
  });
}
