import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import {
  ADVISORY_LOCKS,
  createStore,
  databaseTargetFrom,
  openDatabase,
  seedStore,
  withAdvisoryLock,
} from '@plan/store';
import { createApp } from './app.js';
import type { AppDeps } from './appTypes.js';
import { corsOrigins, type ServerConfig } from './config.js';
import { createPlanRegistry } from './plans/planRegistry.js';
import { sharedWorkPool } from './work/offLoop.js';

export type StartedServer = { url: string; port: number; close: () => Promise<void> };

/**
 * Opens (and migrates) the database, seeds an empty one, and serves the API and
 * the built viewer. Logs one JSON line per request, and a `listening` line with
 * the URL once ready. Closes cleanly on SIGINT and SIGTERM. `extra` carries what the API takes
 * from its caller rather than depending on it: the CLI's report renderer for GET /api/v1/report.
 */
export async function startServer(
  config: ServerConfig,
  extra: Partial<Pick<AppDeps, 'renderReport'>> = {},
): Promise<StartedServer> {
  const log =
    config.PLAN_LOG === 'silent'
      ? () => {}
      : (entry: Record<string, unknown>) => console.log(JSON.stringify(entry));
  const store = createStore(openDatabase(databaseTargetFrom(config.DATABASE_URL)));
  const plans = createPlanRegistry(store);
  // Servers starting together on one empty PostgreSQL migrate and seed it one after another:
  // the first does it, the others wait for it and find it done (migrations take a lock of their own).
  const seeded = await withAdvisoryLock(
    store.db,
    store.dialect,
    ADVISORY_LOCKS.startup,
    async () => {
      await store.migrate();
      // The default plan's baseline values; a plan added later brings its own (POST /api/v1/plans).
      return seedStore(store, {
        plan: plans.defaultPlan.plan,
        demo: config.PLAN_DEMO_DATA === '1' || config.PLAN_DEMO_DATA === 'true',
      });
    },
  ).catch(async (error: unknown) => {
    await store.close();
    throw error;
  });
  // dist/ or src/ of apps/api → apps/viewer/dist
  const here = dirname(fileURLToPath(import.meta.url));
  const viewerDir = config.PLAN_VIEWER_DIR ?? resolve(here, '../../viewer/dist');
  const app = createApp({
    store,
    plans,
    clock: () => new Date(),
    adminToken: config.PLAN_ADMIN_TOKEN,
    corsOrigins: corsOrigins(config),
    bodyLimit: config.PLAN_BODY_LIMIT,
    writeRatePerMinute: config.PLAN_WRITE_RATE_PER_MINUTE,
    signInFailuresPerMinute: config.PLAN_SIGN_IN_FAILURES_PER_MINUTE,
    trustedProxies: config.PLAN_TRUSTED_PROXIES,
    viewerDir,
    log,
    benchFloor: config.PLAN_BENCH_FLOOR === '1',
    ...extra,
  });
  const { server, port } = await new Promise<{ server: ReturnType<typeof serve>; port: number }>(
    (done) => {
      const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) =>
        done({ server, port: info.port }),
      );
    },
  );
  const url = `http://localhost:${port}`;
  // Always printed, even with PLAN_LOG=silent (which silences request logs): scripts wait for it.
  console.log(
    JSON.stringify({
      time: new Date().toISOString(),
      level: 'info',
      message: 'listening',
      url,
      database: store.describe,
      seeded,
    }),
  );
  // The work threads start now, once the server answers: the first large import or
  // assessment then does not wait for a thread to load (seconds on a busy machine).
  sharedWorkPool().warm();

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= new Promise<void>((done) => {
      server.close(() => {
        void store.close().finally(done);
      });
    });
    return closing;
  };
  const onSignal = (signal: string) => {
    log({ time: new Date().toISOString(), level: 'info', message: `${signal}: shutting down` });
    setTimeout(() => process.exit(0), 5000).unref();
    void close().then(() => process.exit(0));
  };
  process.once('SIGINT', () => onSignal('SIGINT'));
  process.once('SIGTERM', () => onSignal('SIGTERM'));
  return { url, port, close };
}
