import { DuePeriod, lastDuePeriod, reportingPeriods } from '@plan/scoring';
import { z } from 'zod';
import { ownerOf } from '../access/unitScope.js';
import type { AppDeps } from '../appTypes.js';
import { requireRole } from '../auth.js';
import { ProblemError } from '../problem.js';
import type { OpenapiForPlans } from './_lib/planScoped.js';
import { bearer, notModifiedResponse, problems, requiredEtag } from './_lib/responses.js';
import { latestReports } from './_lib/trackedItems.js';
import { AsOfQuery, ReportingCycle, TrackingStatus, UnitRecord } from './_lib/trackingSchemas.js';
import { itemTitles } from './supervision.js';
import { asOfOf, type Tracker, trackedRead } from './tracking.js';

const MyTask = z
  .object({
    id: z.string().describe('A measure id (P08-M2) or a target id (T-P08-M2-1)'),
    kind: z.enum(['measure', 'target']),
    role: z.enum(['lead', 'cooperating']).describe('牵头 (lead) or 配合 (cooperating)'),
    title: z.string(),
    projectNumber: z.number().int().nullable(),
    status: TrackingStatus,
    due: z.string().describe('The item’s deadline, ISO date'),
    lastUpdate: z
      .string()
      .nullable()
      .describe(
        'A measure: when its latest report was sent; a target: the date of its latest figure',
      ),
    reportDue: z
      .boolean()
      .describe(
        'A measure with no report yet for the period now due (`due` of the answer): report it next. Always false for a target (its figures come as observations)',
      ),
    supervised: z.boolean().describe('On the supervision list (督办)'),
  })
  .meta({ id: 'MyTask' });

export const MyTasks = z
  .object({
    asOf: z.string(),
    unit: UnitRecord,
    cycle: ReportingCycle,
    due: DuePeriod.nullable().describe(
      'The reporting period now due (its report by dueBy); null before the first is due',
    ),
    next: DuePeriod.nullable().describe(
      'The next period whose report falls due after asOf (by dueBy); null once the plan’s last is due',
    ),
    items: z.array(MyTask).describe('Overdue first, then at risk, not reported, on track, done'),
  })
  .meta({ id: 'MyTasks' });

/** An ISO day plus some days. */
const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const ORDER = ['overdue', 'at_risk', 'not_reported', 'on_track', 'done'];

/**
 * What the signed-in unit has to do: its items (those it leads or cooperates on), each with its
 * status, and which measures still need a report for the period now due.
 */
export function registerMeTaskRoutes(
  openapiForPlans: OpenapiForPlans,
  deps: AppDeps,
  track: Tracker,
) {
  openapiForPlans(
    {
      method: 'get',
      path: '/api/v1/me/tasks',
      operationId: 'myTasks',
      tags: ['Tracking'],
      summary:
        'My tasks (我的任务): the items the token’s unit leads or cooperates on with status and what is due next',
      description:
        'Needs a token reporting for a unit (scope.unit); any other token is answered 400.',
      security: bearer,
      middleware: [requireRole('viewer')] as const,
      request: { query: z.object({ asOf: AsOfQuery }) },
      responses: {
        200: {
          headers: { ETag: requiredEtag },
          description: 'The unit’s tasks',
          content: { 'application/json': { schema: MyTasks } },
        },
        304: notModifiedResponse,
        ...problems(400, 401, 404),
      },
    },
    async (c) => {
      const principal = c.get('principal');
      const unitId = principal?.scope?.unit;
      if (unitId === undefined)
        throw new ProblemError(400, {
          zh: `令牌“${principal?.name}”不代表任何责任单位：“我的任务”需要责任单位的令牌（scope.unit）。`,
          en: `The token "${principal?.name}" reports for no unit: my tasks needs a unit’s token (scope.unit).`,
        });
      const unit = (await deps.store.units.list()).find((candidate) => candidate.id === unitId);
      if (!unit)
        throw new ProblemError(404, {
          zh: `令牌所属的单位“${unitId}”已不存在。`,
          en: `The token’s unit "${unitId}" no longer exists.`,
        });
      const context = c.get('plan');
      const asOf = asOfOf(deps, c.req.valid('query').asOf);
      return (await trackedRead(c, deps, ['me/tasks', unitId, asOf], async () => {
        const basis = await track(context, asOf);
        const targets = context.catalogue?.targets ?? [];
        const titles = itemTitles(context);
        const supervised = new Set(basis.tracking.supervision.map((item) => item.id));
        const { plan } = context;
        const span = {
          periodStart: `${plan.period.start}-01-01`,
          periodEnd: `${plan.period.end}-12-31`,
        };
        const due = lastDuePeriod(basis.cycle, asOf, span);
        // The same 30 days' grace after a period's end as lastDuePeriod (and trackPlan) give.
        const next =
          reportingPeriods(basis.cycle, span.periodStart, span.periodEnd)
            .map((period) => ({ ...period, dueBy: addDays(period.end, 30) }))
            .find((period) => period.dueBy > asOf) ?? null;
        const reported = new Set(
          basis.reports.filter((report) => report.period === due?.id).map((r) => r.measureId),
        );
        const latest = latestReports(basis.reports);
        const roleOf = (itemId: string) => {
          const owner = ownerOf(itemId, basis.responsibilities, targets);
          if (owner?.lead === unitId) return 'lead' as const;
          if (owner?.cooperating.includes(unitId)) return 'cooperating' as const;
          return undefined;
        };
        const items: z.infer<typeof MyTask>[] = [];
        for (const row of basis.tracking.measures) {
          const role = roleOf(row.measureId);
          if (!role) continue;
          items.push({
            id: row.measureId,
            kind: 'measure',
            role,
            title: titles.get(row.measureId) ?? '',
            projectNumber: row.projectNumber,
            status: row.status,
            due: row.due,
            lastUpdate: latest.get(row.measureId)?.createdAt ?? null,
            reportDue: due !== null && !reported.has(row.measureId) && row.status !== 'done',
            supervised: supervised.has(row.measureId),
          });
        }
        for (const row of basis.tracking.targets) {
          const role = roleOf(row.targetId);
          if (!role) continue;
          items.push({
            id: row.targetId,
            kind: 'target',
            role,
            title: titles.get(row.targetId) ?? '',
            projectNumber: row.projectNumber,
            status: row.status,
            due: row.due,
            lastUpdate: row.latest?.date ?? null,
            reportDue: false,
            supervised: supervised.has(row.targetId),
          });
        }
        items.sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
        return { asOf, unit, cycle: basis.cycle, due, next, items };
      })) as never;
    },
  );
}
