import { Observation } from '@plan/observations';
import { ApprovalStateError } from '@plan/store';
import type { Context } from 'hono';
import { z } from 'zod';
import { isCityScoped, scopeRefusal } from '../access/tokenScope.js';
import type { AppDeps, AppEnv } from '../appTypes.js';
import { actorOf, requireRole } from '../auth.js';
import { noObservation } from '../i18n/commonMessages.js';
import { sentence } from '../i18n/sentence.js';
import { ProblemError } from '../problem.js';
import { observationEtag } from './_lib/caching.js';
import type { OpenapiForPlans } from './_lib/planScoped.js';
import { bearer, problems } from './_lib/responses.js';

const IdParam = z.object({ id: z.string().uuid('expected an observation id (a UUID)') });

const ReturnBody = z
  .object({
    reason: z
      .string()
      .trim()
      .min(1)
      .max(2000)
      .describe(
        'Why the figure goes back to the district: shown to the submitter, kept in the history',
      ),
  })
  .strict()
  .meta({ id: 'ReturnBody', example: { reason: '与统计公报不符，请核对后重新提交' } });

const BulkApproval = z
  .object({
    region: z
      .string()
      .min(1)
      .max(100)
      .describe('The district whose submitted figures are approved'),
    year: z
      .number()
      .int()
      .optional()
      .describe('Only the figures of this year (default: every year)'),
    indicatorIds: z
      .array(z.string().min(1).max(100))
      .max(500)
      .optional()
      .describe('Only these indicators (default: every indicator)'),
  })
  .strict()
  .meta({ id: 'BulkApproval', example: { region: 'dongsheng', year: 2023 } });

const BulkApprovalResult = z
  .object({
    approved: z.number().int().describe('How many submitted figures were approved'),
    ids: z.array(z.string()).describe('The ids of the approved observations'),
  })
  .meta({
    id: 'BulkApprovalResult',
    example: { approved: 1, ids: ['0d9c3c1e-5a53-4a53-9b1e-2a7c1f0c4c7e'] },
  });

/**
 * Only the city reviews: a city-scoped editor or an admin. A district's token is refused
 * whatever its role, naming its scope; so is a token whose scope does not cover the region.
 */
function assertReviewer(c: Context<AppEnv>, region: string, indicatorId?: string) {
  const principal = c.get('principal');
  const { plan } = c.get('plan');
  // A unit reports on its own items; reviewing figures is the bureau's.
  if (principal?.scope?.unit !== undefined)
    throw new ProblemError(403, {
      zh: `令牌“${principal.name}”代表责任单位 ${principal.scope.unit} 填报；只有市局才能审核通过或退回数据。`,
      en: `The token "${principal.name}" reports for unit ${principal.scope.unit}; only the city bureau approves or returns figures.`,
    });
  if (!isCityScoped(principal, plan))
    throw new ProblemError(403, {
      zh: `令牌“${principal?.name}”只限于其所辖地区（权限范围：地区 ${principal?.scope?.regions?.join('、')}）；只有市里才能审核通过或退回数据。`,
      en: `The token "${principal?.name}" is confined to its regions (scope: regions ${principal?.scope?.regions?.join(', ')}); only the city approves or returns figures.`,
    });
  const refusal = scopeRefusal(principal, plan, { region, indicatorId });
  if (refusal) throw new ProblemError(403, refusal);
}

export function registerApprovalRoutes(openapiForPlans: OpenapiForPlans, deps: AppDeps) {
  const storeOf = (c: Context<AppEnv>) => deps.store.forPlan(c.get('plan').id);

  const review = async (c: Context<AppEnv>, id: string, reason: string | undefined) => {
    const store = storeOf(c);
    const current = await store.getObservation(id);
    if (!current) throw new ProblemError(404, noObservation(id));
    assertReviewer(c, current.region, current.indicatorId);
    const actor = actorOf(c.get('principal'));
    try {
      const result =
        reason === undefined
          ? await store.approve(id, actor)
          : await store.returnObservation(id, actor, reason);
      if (result.status === 'not_found') throw new ProblemError(404, noObservation(id));
      if (result.status === 'stale')
        throw new ProblemError(409, {
          zh: '这条数据刚被他人修改，请重新读取后再试。',
          en: 'The observation changed meanwhile; read it again and retry.',
        });
      const { observation } = result;
      return c.json(observation, 200, { etag: observationEtag(id, observation.version) });
    } catch (error) {
      if (error instanceof ApprovalStateError)
        throw new ProblemError(409, sentence(error.messages));
      throw error;
    }
  };

  openapiForPlans(
    {
      method: 'post',
      path: '/api/v1/observations/{id}/approve',
      operationId: 'approveObservation',
      tags: ['Approval'],
      summary: 'Approve a district’s submitted figure (a city-scoped editor or admin)',
      description:
        'From then on the figure counts in assessments. A district (region-scoped) token is refused with 403; a figure that is not `submitted` answers 409. The step is kept in the history (action "approve").',
      security: bearer,
      middleware: [requireRole('editor')] as const,
      request: { params: IdParam },
      responses: {
        200: {
          description: 'The observation, approval "approved"',
          content: { 'application/json': { schema: Observation } },
        },
        ...problems(400, 401, 403, 404, 409, 429),
      },
    },
    async (c) => review(c, c.req.valid('param').id, undefined) as never,
  );

  openapiForPlans(
    {
      method: 'post',
      path: '/api/v1/observations/{id}/return',
      operationId: 'returnObservation',
      tags: ['Approval'],
      summary: 'Return a district’s submitted figure with a reason (a city-scoped editor or admin)',
      description:
        'The district sees the reason (`approvalReason`), corrects the figure and so submits it again. A district token is refused with 403; a figure that is not `submitted` answers 409. Kept in the history (action "return").',
      security: bearer,
      middleware: [requireRole('editor')] as const,
      request: {
        params: IdParam,
        body: { required: true, content: { 'application/json': { schema: ReturnBody } } },
      },
      responses: {
        200: {
          description: 'The observation, approval "returned"',
          content: { 'application/json': { schema: Observation } },
        },
        ...problems(400, 401, 403, 404, 409, 429),
      },
    },
    async (c) => review(c, c.req.valid('param').id, c.req.valid('json').reason) as never,
  );

  openapiForPlans(
    {
      method: 'post',
      path: '/api/v1/approvals',
      operationId: 'approveSubmitted',
      tags: ['Approval'],
      summary:
        'Approve every submitted figure of a district, optionally of one year and some indicators (a city-scoped editor or admin)',
      description:
        'Returned figures are left as they are (the district has yet to correct them). Each approval is kept in its figure’s history.',
      security: bearer,
      middleware: [requireRole('editor')] as const,
      request: {
        body: { required: true, content: { 'application/json': { schema: BulkApproval } } },
      },
      responses: {
        200: {
          description: 'How many figures were approved, and which',
          content: { 'application/json': { schema: BulkApprovalResult } },
        },
        ...problems(400, 401, 403, 429),
      },
    },
    async (c) => {
      const body = c.req.valid('json');
      const { plan } = c.get('plan');
      if (!plan.regions.some((region) => region.id === body.region))
        throw new ProblemError(400, 'The request is not valid; see errors for each field.', {
          errors: [
            {
              path: 'region',
              message: `expected one of ${plan.regions.map((region) => region.id).join(', ')}`,
            },
          ],
        });
      assertReviewer(c, body.region);
      const ids = await storeOf(c).approveMany(
        {
          region: body.region,
          ...(body.year === undefined ? {} : { year: body.year }),
          ...(body.indicatorIds === undefined ? {} : { indicatorIds: body.indicatorIds }),
        },
        actorOf(c.get('principal')),
      );
      return c.json({ approved: ids.length, ids }, 200);
    },
  );
}
