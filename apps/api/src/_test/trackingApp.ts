import { createToken, type Store, type TokenScope } from '@plan/store';
import { storeFactories } from '@plan/store/testing';
import { afterEach, beforeEach, describe, expect } from 'vitest';
import { type TestApp, testApp } from './testApp.js';

// biome-ignore lint/suspicious/noExplicitAny: answers are read field by field; the OpenAPI contract (testApp) pins their shape
export type Json = Record<string, any>;

/** The measure the tracking tests report on (its target T-P07-M2-4 inherits its units). */
export const MEASURE = 'P07-M2';

/** A progress report as a unit sends it. */
export const REPORT = {
  period: '2024',
  status: 'on_track',
  percent: 40,
  narrative: '已完成选址。',
} as const;

/** The smallest file that is a PDF by its first bytes (evidence). */
export const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** The units every tracking test starts with. */
export const UNITS = [
  { id: 'basic-education', nameZh: '基础教育科' },
  { id: 'sports-section', nameZh: '体育科' },
] as const;

/** The If-Match of a versioned record (a report, a unit) at `version`. */
export const ifMatch = (id: string, version: number) => ({ 'if-match': `"${id}.v${version}"` });

/** An answer read whole: its status, its ETag and its JSON body (null when it has none). */
export type Sent = { status: number; etag: string | null; body: Json };

/** Editor tokens confined by scope, beside testApp's admin, editor and viewer. */
export type ScopedTokens = {
  /** basic-education's (the unit that leads MEASURE): "basic-education-token". */
  own: string;
  /** sports-section's: "sports-token". */
  other: string;
  /** A district's (regions dongsheng): "dongsheng-bureau". */
  district: string;
  /** The city bureau's (regions ordos), without a unit: "city-bureau". */
  city: string;
};

/** testApp with the tracking set-up: the units, the scoped tokens and a request helper. */
export type TrackingApp = TestApp & {
  scoped: ScopedTokens;
  /** Sends a request with `token` (none: anonymous) and a JSON `body`, and reads the answer whole. */
  send: (
    method: string,
    path: string,
    token: string | undefined,
    body?: unknown,
    headers?: Record<string, string>,
  ) => Promise<Sent>;
};

export type TrackingOptions = {
  /**
   * Create the scoped tokens (default true). Without them no token names a unit, so a unit
   * can be retired or deleted; `scoped` is then empty.
   */
  scopedTokens?: boolean;
  /** Who is responsible for MEASURE at the start (default: basic-education leads alone); null: nobody. */
  assignment?: { lead: string; cooperating: string[] } | null;
};

/** An app on `store` with UNITS, the scoped tokens and MEASURE assigned as `options` say. */
async function trackingApp(store: Store, options: TrackingOptions): Promise<TrackingApp> {
  const t = await testApp({ store });
  const admin = { id: null, name: 'test' };
  for (const unit of UNITS) await t.store.units.create(unit, admin);
  const token = async (name: string, scope: TokenScope) =>
    (await createToken(t, name, 'editor', 'test', { scope })).token;
  const scoped =
    options.scopedTokens === false
      ? ({} as ScopedTokens)
      : {
          own: await token('basic-education-token', { unit: 'basic-education' }),
          other: await token('sports-token', { unit: 'sports-section' }),
          district: await token('dongsheng-bureau', { regions: ['dongsheng'] }),
          city: await token('city-bureau', { regions: ['ordos'] }),
        };
  const send: TrackingApp['send'] = async (method, path, bearer, body, headers = {}) => {
    const response = await t.app.request(path, {
      method,
      headers: {
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return {
      status: response.status,
      etag: response.headers.get('etag'),
      body: (text ? JSON.parse(text) : null) as Json,
    };
  };
  const assignment =
    options.assignment === undefined
      ? { lead: 'basic-education', cooperating: [] }
      : options.assignment;
  if (assignment) {
    const put = await send(
      'PUT',
      `/api/v1/responsibilities/${MEASURE}`,
      t.tokens.admin,
      assignment,
    );
    expect(put.status).toBe(200);
  }
  return { ...t, scoped, send };
}

/**
 * Describes `suite` once per store (a SQLite file, and PostgreSQL where a server can be had) as
 * "<title> on <store>", each test on a fresh store and app with the tracking set-up (UNITS, the
 * scoped tokens, MEASURE assigned). `fixture()` gives that test's app, from a beforeEach on.
 *
 * @example
 *   describeTracking('measure reports', (fixture) => {
 *     let t: TrackingApp;
 *     beforeEach(() => { t = fixture(); });
 *     it('…', async () => { await t.send('GET', '/api/v1/units', undefined); });
 *   });
 */
export function describeTracking(
  title: string,
  suite: (fixture: () => TrackingApp) => void,
  options: TrackingOptions = {},
): void {
  for (const factory of storeFactories()) {
    describe.skipIf(factory.skip !== undefined)(`${title} on ${factory.name}`, () => {
      let opened: { store: Store; dispose: () => Promise<void> } | undefined;
      let current: TrackingApp | undefined;
      beforeEach(async () => {
        opened = await factory.open();
        current = await trackingApp(opened.store, options);
      });
      afterEach(async () => {
        await current?.close();
        await opened?.dispose();
        current = undefined;
        opened = undefined;
      });
      suite(() => {
        if (!current) throw new Error('the tracking app exists inside a test only');
        return current;
      });
    });
  }
}
