import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { serve } from '@hono/node-server';
import { ordosPlan } from '@plan/indicators';
import { createStore, createToken, openDatabase, type Store, seedStore } from '@plan/store';
import { fixedClock } from '@plan/store/testing';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import type { App } from '../appTypes.js';
import { createPlanClient } from '../client.js';
import { compressedBodies } from './compressedBodies.js';
import { compressResponses } from './compressResponses.js';

// The app without testApp's OpenAPI check, which reads bodies as JSON and so only plain ones.
let store: Store;
let app: App;
let editor: string;
beforeAll(async () => {
  store = createStore(openDatabase({ dialect: 'sqlite', file: ':memory:' }), fixedClock);
  await store.migrate();
  await seedStore(store, { plan: ordosPlan, demo: true });
  app = createApp({
    store,
    clock: fixedClock,
    adminToken: 'test-admin-token-0123456789',
    corsOrigins: ['https://dashboard.example'],
  });
  editor = (await createToken({ store }, 'test-editor', 'editor', 'test')).token;
});
afterAll(async () => store.close());

const ASSESSMENTS = '/api/v1/assessments?includeIllustrative=true';
const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });
const bytesOf = async (response: Response) => new Uint8Array(await response.arrayBuffer());
const decoded = (encoding: string | null, bytes: Uint8Array) =>
  encoding === 'br'
    ? new Uint8Array(brotliDecompressSync(bytes))
    : encoding === 'gzip'
      ? new Uint8Array(gunzipSync(bytes))
      : bytes;

describe('compressResponses', () => {
  it('chooses brotli, else gzip, else none, by Accept-Encoding and its q-values', async () => {
    const cases: [string | undefined, string | null][] = [
      ['gzip, deflate, br, zstd', 'br'],
      ['gzip, deflate', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
      ['br;q=0.1, gzip;q=1', 'br'],
      ['*', 'br'],
      ['*;q=0.5, br;q=0', 'gzip'],
      ['br;q=0, gzip;q=0', null],
      ['identity', null],
      ['deflate', null],
      [undefined, null],
    ];
    for (const [accept, expected] of cases) {
      const response = await get('/api/v1/indicators', accept ? { 'accept-encoding': accept } : {});
      expect(response.status).toBe(200);
      expect([accept, response.headers.get('content-encoding')]).toEqual([accept, expected]);
    }
  });

  it('sends bytes that decompress to exactly the identity body, shorter by far', async () => {
    const identity = await bytesOf(await get(ASSESSMENTS));
    expect(identity.byteLength).toBeGreaterThan(100_000);
    for (const encoding of ['br', 'gzip']) {
      const response = await get(ASSESSMENTS, { 'accept-encoding': encoding });
      expect(response.headers.get('content-encoding')).toBe(encoding);
      const sent = await bytesOf(response);
      expect(Number(response.headers.get('content-length'))).toBe(sent.byteLength);
      expect(sent.byteLength).toBeLessThan(identity.byteLength / 5);
      expect(decoded(encoding, sent)).toEqual(identity);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    }
  });

  it('gives each encoding its own ETag, the identity one with the encoding inside the quotes', async () => {
    const plain = (await get(ASSESSMENTS)).headers.get('etag') ?? '';
    expect(plain).toMatch(/^"[^"]+"$/);
    const stem = plain.slice(0, -1);
    expect((await get(ASSESSMENTS, { 'accept-encoding': 'br' })).headers.get('etag')).toBe(
      `${stem}-br"`,
    );
    expect((await get(ASSESSMENTS, { 'accept-encoding': 'gzip' })).headers.get('etag')).toBe(
      `${stem}-gzip"`,
    );
  });

  it('says Vary: Accept-Encoding on text answers, big or small, and on 304s', async () => {
    expect((await get('/api/v1/indicators')).headers.get('vary')).toMatch(/Accept-Encoding/);
    expect((await get('/api/v1/health')).headers.get('vary')).toMatch(/Accept-Encoding/);
    const etag = (await get('/api/v1/indicators')).headers.get('etag') ?? '';
    const unchanged = await get('/api/v1/indicators', { 'if-none-match': etag });
    expect(unchanged.status).toBe(304);
    expect(unchanged.headers.get('vary')).toMatch(/Accept-Encoding/);
  });

  it('adds Accept-Encoding to a Vary the answer already has', async () => {
    const response = await get('/api/v1/indicators', {
      origin: 'https://dashboard.example',
      'accept-encoding': 'br',
    });
    const vary = (response.headers.get('vary') ?? '').split(',').map((name) => name.trim());
    expect(vary).toContain('Origin');
    expect(vary.filter((name) => /^accept-encoding$/i.test(name))).toHaveLength(1);
  });

  it('answers 304 to the compressed ETag and to the plain one, naming the one the client has', async () => {
    const plain = (await get(ASSESSMENTS)).headers.get('etag') ?? '';
    const br = (await get(ASSESSMENTS, { 'accept-encoding': 'br' })).headers.get('etag') ?? '';
    const gzip = (await get(ASSESSMENTS, { 'accept-encoding': 'gzip' })).headers.get('etag') ?? '';
    const cases: [sent: string, accept: string, named: string][] = [
      [br, 'gzip, br', br],
      [gzip, 'gzip', gzip],
      [`W/${br}`, 'br', br],
      [plain, 'gzip, br', plain],
      [`"other", ${gzip}`, 'gzip, br', gzip],
      [br, '', br],
    ];
    for (const [sent, accept, named] of cases) {
      const response = await get(ASSESSMENTS, { 'if-none-match': sent, 'accept-encoding': accept });
      expect([sent, response.status]).toEqual([sent, 304]);
      expect(response.headers.get('etag')).toBe(named);
      expect(response.headers.get('content-encoding')).toBeNull();
      expect(await response.text()).toBe('');
    }
    const other = await get(ASSESSMENTS, {
      'if-none-match': `${plain.slice(0, -1)}-deflate"`,
      'accept-encoding': 'br',
    });
    expect(other.status).toBe(200);
  });

  it('takes the tag of a compressed read in If-Match on a write (an observation, a narrative)', async () => {
    const auth = { authorization: `Bearer ${editor}`, 'content-type': 'application/json' };
    const created = await app.request('/api/v1/observations', {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({
        indicatorId: 'regular-exercise-share',
        year: 2023,
        value: 44.2,
        source: 'statistics-bureau',
      }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const patch = (ifMatch: string) =>
      app.request(`/api/v1/observations/${id}`, {
        method: 'PATCH',
        headers: { ...auth, 'if-match': ifMatch, 'accept-encoding': 'br' },
        body: JSON.stringify({ value: 44.5, reason: 'from the bulletin' }),
      });
    expect((await patch(`"${id}.v1-br"`)).status).toBe(200);
    expect((await patch(`"${id}.v2-gzip"`)).status).toBe(200);
    expect((await patch(`"${id}.v2-br"`)).status).toBe(412);
    // Weak, or an encoding the server never sends: no version of this observation.
    expect((await patch(`W/"${id}.v3-br"`)).status).toBe(412);
    expect((await patch(`"${id}.v3-deflate"`)).status).toBe(412);
    expect((await patch(`"${id}.v3"`)).status).toBe(200);
    const narrative = '/api/v1/reports/midterm/midterm/narrative/achievements';
    const put = (ifMatch: string, text: string) =>
      app.request(narrative, {
        method: 'PUT',
        headers: { ...auth, 'if-match': ifMatch },
        body: JSON.stringify({ text }),
      });
    expect((await put('"achievements.v0-gzip"', 'A')).status).toBe(200);
    expect((await put('"achievements.v1-br"', 'B')).status).toBe(200);
    expect((await put('"achievements.v1-br"', 'C')).status).toBe(409);
  });

  it('answers HEAD with the headers GET gives for the same Accept-Encoding: its ETag, encoding and length', async () => {
    const head = (headers: Record<string, string>) =>
      app.request(ASSESSMENTS, { method: 'HEAD', headers });
    const picked = ['etag', 'content-encoding', 'content-length', 'vary'] as const;
    const headersOf = (response: Response) =>
      Object.fromEntries(picked.map((name) => [name, response.headers.get(name)]));
    for (const accept of ['br', 'gzip', 'identity']) {
      const full = await get(ASSESSMENTS, { 'accept-encoding': accept });
      const bytes = await bytesOf(full);
      const bare = await head({ 'accept-encoding': accept });
      expect([accept, bare.status]).toEqual([accept, 200]);
      expect(headersOf(bare)).toEqual(headersOf(full));
      // The identity answer's length is the server's to add; a compressed one states its own.
      if (accept !== 'identity')
        expect(Number(bare.headers.get('content-length'))).toBe(bytes.byteLength);
      expect(await bare.text()).toBe('');
    }
    // A conditional HEAD names the tag the client has, as a conditional GET does.
    const br = (await head({ 'accept-encoding': 'br' })).headers.get('etag') ?? '';
    expect(br).toMatch(/-br"$/);
    const unchanged = await head({ 'accept-encoding': 'br', 'if-none-match': br });
    expect(unchanged.status).toBe(304);
    expect(unchanged.headers.get('etag')).toBe(br);
  });

  it('leaves small bodies and downloads (CSV, XLSX) as they are', async () => {
    const small = await get('/api/v1/health', { 'accept-encoding': 'br' });
    expect(small.headers.get('content-encoding')).toBeNull();
    expect(await small.json()).toEqual({ status: 'ok' });
    const viewer = { authorization: 'Bearer test-admin-token-0123456789', 'accept-encoding': 'br' };
    for (const format of ['csv', 'xlsx']) {
      const file = await get(`/api/v1/observations?format=${format}`, viewer);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-disposition')).toMatch(/^attachment/);
      expect(file.headers.get('content-encoding')).toBeNull();
      const bytes = await bytesOf(file);
      expect(bytes.byteLength).toBeGreaterThan(1024);
      if (format === 'xlsx') expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    }
  });
});

describe('compressed answers over HTTP', () => {
  it('reach fetch and the typed client whole: fetch decompresses them by itself', async () => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const raw = await fetch(`${baseUrl}${ASSESSMENTS}`);
      expect(raw.headers.get('content-encoding')).toMatch(/^(br|gzip)$/);
      expect(await raw.text()).toBe(await (await get(ASSESSMENTS)).text());
      const api = createPlanClient({ baseUrl });
      const indicators = await api.GET('/api/v1/indicators');
      expect(indicators.response.headers.get('content-encoding')).toMatch(/^(br|gzip)$/);
      expect(indicators.data).toEqual(await (await get('/api/v1/indicators')).json());
      const etag = indicators.response.headers.get('etag') ?? '';
      expect(etag).toMatch(/-(br|gzip)"$/);
      const again = await fetch(`${baseUrl}/api/v1/indicators`, {
        headers: { 'if-none-match': etag },
      });
      expect(again.status).toBe(304);
      expect(again.headers.get('etag')).toBe(etag);
      // HEAD over HTTP: GET's tag and encoding, and no body.
      const head = await fetch(`${baseUrl}/api/v1/indicators`, { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(head.headers.get('etag')).toBe(etag);
      expect(head.headers.get('content-encoding')).toBe(
        indicators.response.headers.get('content-encoding'),
      );
      expect(await head.text()).toBe('');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('compressResponses on its own', () => {
  const body = JSON.stringify({ items: Array.from({ length: 400 }, (_, at) => ({ at })) });
  const answers = (cache = compressedBodies(), headers: Record<string, string> = {}) => {
    const small = new Hono();
    small.use('*', compressResponses({ cache }));
    small.get('/json', (c) =>
      c.body(body, 200, { 'content-type': 'application/json', ...headers }),
    );
    small.get('/png', (c) =>
      c.body(new Uint8Array(4096) as Uint8Array<ArrayBuffer>, 200, { 'content-type': 'image/png' }),
    );
    small.get('/encoded', (c) =>
      c.body(body, 200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }),
    );
    small.get('/no-transform', (c) =>
      c.body(body, 200, { 'content-type': 'application/json', 'cache-control': 'no-transform' }),
    );
    return small;
  };

  it('compresses a strong-ETagged body once per encoding and serves the kept bytes again', async () => {
    const cache = compressedBodies();
    const small = answers(cache, { etag: '"v1"' });
    const first = await bytesOf(
      await small.request('/json', { headers: { 'accept-encoding': 'br' } }),
    );
    expect(cache.size().entries).toBe(1);
    const again = await small.request('/json', { headers: { 'accept-encoding': 'br' } });
    expect(await bytesOf(again)).toEqual(first);
    expect(again.headers.get('etag')).toBe('"v1-br"');
    await small.request('/json', { headers: { 'accept-encoding': 'gzip' } });
    expect(cache.size().entries).toBe(2);
    expect(new TextDecoder().decode(brotliDecompressSync(first))).toBe(body);
  });

  it('keeps nothing for a weak ETag, whose compressed form stays weak', async () => {
    const cache = compressedBodies();
    const response = await answers(cache, { etag: 'W/"v1"' }).request('/json', {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.headers.get('etag')).toBe('W/"v1-gzip"');
    expect(cache.size().entries).toBe(0);
  });

  it('leaves binary types, encoded bodies and no-transform answers untouched', async () => {
    const small = answers();
    for (const path of ['/png', '/encoded', '/no-transform']) {
      const response = await small.request(path, { headers: { 'accept-encoding': 'br, gzip' } });
      expect([path, response.headers.get('content-encoding')]).toEqual([
        path,
        path === '/encoded' ? 'gzip' : null,
      ]);
    }
    expect((await small.request('/png')).headers.get('vary')).toBeNull();
  });
});
