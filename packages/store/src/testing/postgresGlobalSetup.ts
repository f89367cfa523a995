import type { TestProject } from 'vitest/node';
import { startThrowawayPostgres } from './throwawayPostgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string | undefined;
    postgresSkipReason: string | undefined;
  }
}

/**
 * Gives the store tests a real PostgreSQL server: PLAN_TEST_POSTGRES_URL when set,
 * else a throwaway cluster started here and stopped after the run. Where neither
 * can be had, the PostgreSQL tests skip and say why.
 */
export default async function setup(project: TestProject) {
  const given = process.env.PLAN_TEST_POSTGRES_URL;
  if (given) {
    project.provide('postgresUrl', given);
    project.provide('postgresSkipReason', undefined);
    return;
  }
  try {
    const started = await startThrowawayPostgres();
    if (started.url === undefined) {
      project.provide('postgresUrl', undefined);
      project.provide('postgresSkipReason', `PostgreSQL tests skipped: ${started.reason}`);
      return undefined;
    }
    project.provide('postgresUrl', started.url);
    project.provide('postgresSkipReason', undefined);
    return started.stop;
  } catch (error) {
    project.provide('postgresUrl', undefined);
    project.provide(
      'postgresSkipReason',
      `PostgreSQL tests skipped: could not start a cluster (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  return undefined;
}
