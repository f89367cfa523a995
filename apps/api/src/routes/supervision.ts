import { z } from 'zod';
import type { AppDeps } from '../appTypes.js';
import type { PlanContext } from '../plans/planRegistry.js';
import { type CircularRow, circularHtml, circularMarkdown } from './_lib/circular.js';
import type { OpenapiForPlans } from './_lib/planScoped.js';
import type { TrackingBasis } from './_lib/planTracking.js';
import { notModifiedResponse, problems, requiredEtag } from './_lib/responses.js';
import { latestReports } from './_lib/trackedItems.js';
import { AsOfQuery, SupervisionItem } from './_lib/trackingSchemas.js';
import { asOfOf, type Tracker, trackedRead } from './tracking.js';

const Filters = z.object({
  asOf: AsOfQuery,
  unit: z
    .string()
    .max(100)
    .optional()
    .describe('Only items this unit leads or cooperates on (a unit id)'),
  project: z.coerce.number().int().min(1).optional().describe('Only items of this project'),
  region: z
    .string()
    .max(100)
    .optional()
    .describe('Only items of this 旗区 (a region id): its own, and per-旗区 targets it lags on'),
});
type Filters = z.infer<typeof Filters>;

/** The supervision list (督办清单) as trackPlan gives it, filtered. */
function supervised(basis: TrackingBasis, filters: Filters): SupervisionItem[] {
  return (basis.tracking.supervision as SupervisionItem[]).filter(
    (item) =>
      (filters.unit === undefined ||
        item.leadUnit === filters.unit ||
        item.cooperatingUnits.includes(filters.unit)) &&
      (filters.project === undefined || item.projectNumber === filters.project) &&
      // A per-旗区 target is the city's (region null): it is a district's when that district lags it.
      (filters.region === undefined ||
        item.region === filters.region ||
        item.laggingRegions.includes(filters.region)),
  );
}

/** A short title of each target (its metric) and measure (the start of its text). */
export function itemTitles(context: PlanContext): Map<string, string> {
  const titles = new Map<string, string>();
  for (const target of context.catalogue?.targets ?? []) titles.set(target.id, target.metric.zh);
  for (const project of context.catalogue?.projects ?? [])
    for (const measure of project.measures)
      titles.set(
        measure.id,
        measure.text.length > 40 ? `${measure.text.slice(0, 40)}…` : measure.text,
      );
  return titles;
}

export function registerSupervisionRoutes(
  openapiForPlans: OpenapiForPlans,
  deps: AppDeps,
  track: Tracker,
) {
  openapiForPlans(
    {
      method: 'get',
      path: '/api/v1/supervision',
      operationId: 'listSupervision',
      tags: ['Tracking'],
      summary:
        'The supervision list (督办清单): every target and measure overdue, at risk, or not updated within its reporting cycle, with why',
      description:
        'Each item names its kind (target or measure), its status, the reasons it is listed, since when, its lead and cooperating units and its last update. Filter by unit, project or 旗区. An item leaves the list once it is done or back on track and reported.',
      request: { query: Filters },
      responses: {
        200: {
          headers: { ETag: requiredEtag },
          description: 'The items, worst first as trackPlan orders them',
          content: {
            'application/json': {
              schema: z.object({ asOf: z.string(), items: z.array(SupervisionItem) }),
            },
          },
        },
        304: notModifiedResponse,
        ...problems(400),
      },
    },
    async (c) => {
      const filters = c.req.valid('query');
      const context = c.get('plan');
      const asOf = asOfOf(deps, filters.asOf);
      return (await trackedRead(c, deps, ['supervision', { ...filters, asOf }], async () => ({
        asOf,
        items: supervised(await track(context, asOf), filters),
      }))) as never;
    },
  );

  openapiForPlans(
    {
      method: 'get',
      path: '/api/v1/supervision/circular',
      operationId: 'getSupervisionCircular',
      tags: ['Tracking'],
      summary:
        'The circular (督办通报) generated from the supervision list: what lags, whose it is, since when, what was reported; HTML or Markdown',
      description:
        'The same filters as GET /supervision. Every text a user entered (unit names, narratives, reporters) is escaped.',
      request: {
        query: Filters.extend({
          format: z.enum(['html', 'markdown']).optional().describe('html (default) or markdown'),
        }),
      },
      responses: {
        200: {
          headers: { ETag: requiredEtag },
          description: 'The circular',
          content: {
            'text/html': { schema: z.string() },
            'text/markdown': { schema: z.string() },
          },
        },
        304: notModifiedResponse,
        ...problems(400),
      },
    },
    async (c) => {
      const { format, ...filters } = c.req.valid('query');
      const context = c.get('plan');
      const asOf = asOfOf(deps, filters.asOf);
      const markdown = format === 'markdown';
      return (await trackedRead(
        c,
        deps,
        ['circular', { ...filters, asOf }, markdown],
        async () => {
          const basis = await track(context, asOf);
          const units = new Map((await deps.store.units.list()).map((unit) => [unit.id, unit]));
          const nameOf = (id: string) => units.get(id)?.nameZh ?? id;
          const titles = itemTitles(context);
          const latest = latestReports(basis.reports);
          const rows: CircularRow[] = supervised(basis, filters).map((item) => {
            const report = item.kind === 'measure' ? latest.get(item.id) : undefined;
            return {
              ...item,
              title: titles.get(item.id) ?? '',
              leadName: item.leadUnit === null ? null : nameOf(item.leadUnit),
              cooperatingNames: item.cooperatingUnits.map(nameOf),
              lastReport: report
                ? { period: report.period, narrative: report.narrative, reporter: report.reporter }
                : null,
            };
          });
          const circular = { planTitle: context.plan.title.zh, asOf, rows };
          return markdown ? circularMarkdown(circular) : circularHtml(circular);
        },
        markdown ? 'text/markdown; charset=utf-8' : 'text/html; charset=utf-8',
      )) as never;
    },
  );
}
