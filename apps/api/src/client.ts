import createClient, { type ClientOptions } from 'openapi-fetch';
import type { components, paths } from './client/schema.generated.js';

export type { components, paths };
export type ApiObservation = components['schemas']['Observation'];
export type ApiObservationInput = components['schemas']['ObservationInput'];
export type ApiProblem = components['schemas']['Problem'];
// Implementation tracking (抓落实): what GET /targets, /measures, /supervision, /me/tasks answer.
export type ApiTrackedTarget = components['schemas']['TrackedTarget'];
export type ApiTrackedMeasure = components['schemas']['TrackedMeasure'];
export type ApiSupervisionItem = components['schemas']['SupervisionItem'];
export type ApiMyTasks = components['schemas']['MyTasks'];
export type ApiMeasureReport = components['schemas']['MeasureReport'];
export type ApiMeasureReportInput = components['schemas']['MeasureReportInput'];
export type ApiEvidenceMeta = components['schemas']['EvidenceMeta'];
export type ApiUnit = components['schemas']['UnitRecord'];
export type ApiResponsibility = components['schemas']['Responsibility'];
export type ApiTrackingStatus = components['schemas']['TrackingStatus'];

/**
 * A typed client for the plan API: paths, parameters, bodies and responses are
 * types generated from its OpenAPI document, so a call that does not fit the API
 * does not compile.
 *
 * @example
 *   const api = createPlanClient({ baseUrl: 'http://localhost:8787', token: process.env.PLAN_TOKEN });
 *   const { data, error } = await api.POST('/api/v1/observations', {
 *     body: { indicatorId: 'regular-exercise-share', year: 2023, value: 44.2, source: 'statistics-bureau' },
 *   });
 */
export function createPlanClient(options: ClientOptions & { token?: string | undefined }) {
  const { token, headers, ...rest } = options;
  return createClient<paths>({
    ...rest,
    headers: {
      ...(headers as Record<string, string> | undefined),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  });
}
