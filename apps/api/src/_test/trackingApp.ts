import { createToken, type Store, type TokenScope } from '@plan/store';
import { storeFactories } from '@plan/store/testing';
import { afterEach, beforeEach, describe, expect } from 'vitest';
import { type TestApp, testApp } from './testApp.js';

export type { Json } from './testApp.js';

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
const UNITS = [
  { id: 'basic-education', nameZh: '基础教育科' },
  { id: 'sports-section', nameZh: '体育科' },
] as const;

/** The If-Match of a versioned record (a report, a unit) at `version`. */
export const ifMatch = (id: string, version: number) => ({ 'if-match': `"${id}.v${version}"` });

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

/** testApp with the tracking set-up: the units and the scoped tokens. */
export type TrackingApp = TestApp & { scoped: ScopedTokens };

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
  const assignment =
    options.assignment === undefined
      ? { lead: 'basic-education', cooperating: [] }
      : options.assignment;
  if (assignment) {
    const put = await t.send(
      'PUT',
      `/api/v1/responsibilities/${MEASURE}`,
      t.tokens.admin,
      assignment,
    );
    expect(put.status).toBe(200);
  }
  return { ...t, scoped };
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
