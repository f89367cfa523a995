import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Store } from '@plan/store';
import type { AuthVariables } from './auth.js';

export type AppDeps = {
  store: Store;
  /** The clock every handler reads; tests pass a fixed one. */
  clock: () => Date;
  adminToken?: string | undefined;
  corsOrigins?: string[];
  bodyLimit?: number;
  writeRatePerMinute?: number;
  /** Folder of the built viewer, served at `/` when given. */
  viewerDir?: string | undefined;
  log?: (entry: Record<string, unknown>) => void;
  /**
   * Benchmarks only: serve GET /bench/floor?path=/api/v1/… — the same data as that
   * route, as a plain Hono JSON route (parsed once, serialised by c.json on every
   * request), so a load test can compare a route with its floor in one process.
   */
  benchFloor?: boolean;
};

export type AppEnv = { Variables: AuthVariables & { requestId: string } };
export type App = OpenAPIHono<AppEnv>;
