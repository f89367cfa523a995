import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ImportLimits } from '@plan/observations/rows';
import type { Store } from '@plan/store';
import type { AuthVariables } from './auth.js';
import type { PlanContext, PlanRegistry } from './plans/planRegistry.js';

/** What GET /api/v1/report asks the report renderer for. */
export type ReportDocumentRequest = {
  format: 'docx' | 'pdf' | 'html' | 'md' | 'xlsx';
  /** The plan's id (the default plan's for /api/v1/report). */
  plan: string;
  lang: 'zh' | 'en';
  kind?: 'annual' | 'midterm' | 'final';
  period?: string;
  asOf?: string;
  /** The reporting unit for the cover; never made up when absent. */
  unit?: string;
  includeIllustrative?: boolean;
};

export type AppDeps = {
  store: Store;
  /** The plans served (default: the built-in plans and those in `store`). */
  plans?: PlanRegistry;
  /** The clock every handler reads; tests pass a fixed one. */
  clock: () => Date;
  adminToken?: string | undefined;
  corsOrigins?: string[];
  bodyLimit?: number;
  /** Bounds on reading import files (defaults: DEFAULT_IMPORT_LIMITS of @plan/observations/rows). */
  importLimits?: Partial<ImportLimits>;
  writeRatePerMinute?: number;
  /** Failed sign-ins per client address and minute before 429 (default 20). */
  signInFailuresPerMinute?: number | undefined;
  /** Proxies whose X-Forwarded-For is believed: addresses or CIDR ranges (default none). */
  trustedProxies?: readonly string[] | undefined;
  /** Folder of the built viewer, served at `/` when given. */
  viewerDir?: string | undefined;
  log?: (entry: Record<string, unknown>) => void;
  /**
   * Writes report documents for GET /api/v1/report (`plan serve` gives the CLI's); without
   * it that route answers 501. Throws RangeError for a period that does not fit.
   */
  renderReport?: (
    request: ReportDocumentRequest,
  ) => Promise<{ bytes: Uint8Array; mediaType: string; filename: string }>;
  /**
   * Benchmarks only: serve GET /bench/floor?path=/api/v1/… — the same data as that
   * route, as a plain Hono JSON route (parsed once, serialised by c.json on every
   * request), so a load test can compare a route with its floor in one process.
   */
  benchFloor?: boolean;
};

export type AppEnv = {
  Variables: AuthVariables & {
    requestId: string;
    /** The plan a plan-scoped route serves: `{planId}` of the path, or the default plan. */
    plan: PlanContext;
  };
};
export type App = OpenAPIHono<AppEnv>;
