import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { corsOrigins, readConfig } from './config.js';
import { seedStore } from './seedStore.js';
import { openStore } from './store/createStore.js';
import { databaseTargetFrom } from './store/openDatabase.js';

const config = readConfig(process.env);
const log =
  config.PLAN_LOG === 'silent'
    ? () => {}
    : (entry: Record<string, unknown>) => console.log(JSON.stringify(entry));
const store = await openStore(databaseTargetFrom(config.DATABASE_URL));
const seeded = await seedStore(store, {
  demo: config.PLAN_DEMO_DATA === '1' || config.PLAN_DEMO_DATA === 'true',
});
const here = dirname(fileURLToPath(import.meta.url));
const viewerDir = config.PLAN_VIEWER_DIR ?? resolve(here, '../../viewer/dist');

const app = createApp({
  store,
  clock: () => new Date(),
  adminToken: config.PLAN_ADMIN_TOKEN,
  corsOrigins: corsOrigins(config),
  bodyLimit: config.PLAN_BODY_LIMIT,
  writeRatePerMinute: config.PLAN_WRITE_RATE_PER_MINUTE,
  viewerDir,
  log,
});

const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
  log({
    time: new Date().toISOString(),
    level: 'info',
    message: 'listening',
    url: `http://localhost:${info.port}`,
    database: store.describe,
    seeded,
  });
});

let closing = false;
function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  log({ time: new Date().toISOString(), level: 'info', message: `${signal}: shutting down` });
  server.close(() => {
    void store.close().finally(() => process.exit(0));
  });
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
