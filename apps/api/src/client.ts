import createClient, { type ClientOptions } from 'openapi-fetch';
import type { components, paths } from './client/schema.generated.js';

export type { components, paths };
export type ApiObservation = components['schemas']['Observation'];
export type ApiObservationInput = components['schemas']['ObservationInput'];
export type ApiProblem = components['schemas']['Problem'];

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
