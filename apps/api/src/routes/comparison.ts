import { oneValuePerDate, toScoringObservations } from '@plan/observations';
import { compareRegions, Method, RegionComparison, ScoringInputError } from '@plan/scoring';
import { z } from 'zod';
import type { AppDeps } from '../appTypes.js';
import { ProblemError } from '../problem.js';
import { answerCache } from './_lib/answerCache.js';
import { cacheableResponse, etagOf } from './_lib/caching.js';
import { asRegionTarget } from './_lib/districtAssessment.js';
import type { OpenapiForPlans } from './_lib/planScoped.js';
import { etagHeader, notModifiedResponse, problems } from './_lib/responses.js';

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

const ComparisonQuery = z.object({
  asOf: IsoDay.optional().describe('Compare as of this day (default: today on the server)'),
  method: Method.default('time-progress'),
  previousAsOf: IsoDay.optional().describe(
    'The earlier day each cell’s change is measured from (default: none, change null)',
  ),
  includeIllustrative: z
    .enum(['true', 'false'])
    .optional()
    .describe('Use illustrative demo figures (示例数据) too; the answer says when it did'),
  includeSubmitted: z
    .enum(['true', 'false'])
    .optional()
    .describe(
      'Use figures districts submitted that the city has not approved yet (default false: approved only); usedSubmitted says when any was used',
    ),
});

export const ComparisonResponse = RegionComparison.extend({
  illustrative: z.boolean().describe('true when any illustrative demo figure (示例数据) was used'),
  includeSubmitted: z.boolean().describe('true when submitted figures were asked for'),
  usedSubmitted: z.boolean().describe('true when any submitted, not yet approved figure was used'),
  dataVersion: z.number().int(),
  observationsUsed: z.number().int(),
}).meta({ id: 'ComparisonResponse' });

export function registerComparisonRoutes(openapiForPlans: OpenapiForPlans, deps: AppDeps) {
  const { store } = deps;
  const cached = answerCache(64);
  const today = () => deps.clock().toISOString().slice(0, 10);

  openapiForPlans(
    {
      method: 'get',
      path: '/api/v1/comparison',
      operationId: 'compareRegions',
      tags: ['Districts'],
      summary:
        'The districts side by side (compareRegions of @plan/scoring): matrix, ranking with its method, completeness, outliers, additive checks',
      description: [
        'Every region under the plan’s subject region (the nine 旗区 of Ordos), each indicator judged fairly:',
        'from the district’s own base-year value, against its district target or the city’s ("city target applied");',
        'indicators about the city as a whole are not scored per district. The ranking states its method and weights;',
        'a district below the coverage floor is unranked and says why. Completeness is DHIS2-style (reported ÷ expected per year).',
        'Outliers are flagged for review, never changed; additive checks compare the districts’ sum with the city’s own figure.',
        'Approved figures only unless includeSubmitted=true.',
      ].join(' '),
      request: { query: ComparisonQuery },
      responses: {
        200: {
          headers: { ETag: etagHeader },
          description: 'The comparison',
          content: { 'application/json': { schema: ComparisonResponse } },
        },
        304: notModifiedResponse,
        ...problems(400),
      },
    },
    async (c) => {
      const query = c.req.valid('query');
      const context = c.get('plan');
      const asOf = query.asOf ?? today();
      const includeIllustrative = query.includeIllustrative === 'true';
      const includeSubmitted = query.includeSubmitted === 'true';
      const version = await store.dataVersion();
      const key = `${context.id}|comparison|${query.method}|${asOf}|${query.previousAsOf ?? ''}|${includeIllustrative}|${includeSubmitted}|${version}`;
      const body = await cached(version, key, async () => {
        const { plan } = context.inForce(asOf);
        const rows = store.forPlan(context.id);
        // The subject region's figures too: the additive checks set the districts' sum beside them.
        const regions = plan.regions.filter(
          (region) => region.id === plan.subjectRegion || region.parent !== undefined,
        );
        const stored = (
          await Promise.all(
            regions
              .filter((region) => region.id !== plan.benchmarkRegion)
              .map((region) =>
                rows.listObservations({
                  region: region.id,
                  includeIllustrative,
                  approval: includeSubmitted ? ['approved', 'submitted'] : 'approved',
                }),
              ),
          )
        ).flat();
        const { used } = oneValuePerDate(stored);
        const regionTargets = (await rows.listRegionTargets()).map(asRegionTarget);
        try {
          const comparison = compareRegions(plan, toScoringObservations(used), {
            asOf,
            method: query.method,
            regionTargets,
            ...(query.previousAsOf ? { previousAsOf: query.previousAsOf } : {}),
          });
          return JSON.stringify({
            ...comparison,
            illustrative: used.some((observation) => observation.illustrative),
            includeSubmitted,
            usedSubmitted: used.some((observation) => observation.approval === 'submitted'),
            dataVersion: version,
            observationsUsed: used.length,
          });
        } catch (error) {
          if (error instanceof ScoringInputError)
            throw new ProblemError(400, error.message.split('\n')[0] ?? 'Invalid input.', {
              errors: error.issues.map((issue) => ({
                path: issue.path.join('.'),
                message: issue.message,
              })),
            });
          throw error;
        }
      });
      return cacheableResponse(c, body, { etag: etagOf(key) }) as never;
    },
  );
}
