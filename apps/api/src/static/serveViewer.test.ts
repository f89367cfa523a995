import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../_test/testApp.js';

// A built viewer in miniature: index.html naming a hashed main script (real
// JavaScript, Hono's own sources, so the sizes are those of code), a stylesheet,
// an icon outside /assets/, and a source map.
const dir = mkdtempSync(join(tmpdir(), 'plan-static-'));
const honoDist = dirname(createRequire(import.meta.url).resolve('hono'));
const mainScript = Buffer.concat(
  readdirSync(honoDist, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.js'))
    .sort()
    .map((name) => readFileSync(join(honoDist, name))),
).subarray(0, 300_000);
const indexHtml = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
    <title>规划监测 · Plan monitor</title>
    <script type="module" crossorigin src="/assets/index-AbC123xy.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/index-Zz9Yy8Xx.css">
  </head>
  <body><div id="root"></div></body>
</html>
`;

let t: TestApp;
beforeAll(async () => {
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), indexHtml);
  writeFileSync(join(dir, 'assets', 'index-AbC123xy.js'), mainScript);
  writeFileSync(join(dir, 'assets', 'index-AbC123xy.js.map'), '{"version":3,"sources":[]}');
  writeFileSync(join(dir, 'assets', 'index-Zz9Yy8Xx.css'), 'body{margin:0}'.repeat(200));
  writeFileSync(
    join(dir, 'favicon.svg'),
    `<svg xmlns="http://www.w3.org/2000/svg">${'<g/>'.repeat(100)}</svg>`,
  );
  t = await testApp({ viewerDir: dir });
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) =>
  t.app.request(path, { headers });
const bytesOf = async (response: Response) => Buffer.from(await response.arrayBuffer());

describe('the viewer, served compressed', () => {
  it('sends the main script in brotli to a browser, a third of its size or less on the wire', async () => {
    const response = await get('/assets/index-AbC123xy.js', {
      'accept-encoding': 'gzip, deflate, br, zstd',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const wire = await bytesOf(response);
    expect(Number(response.headers.get('content-length'))).toBe(wire.length);
    expect(wire.length).toBeLessThan(mainScript.length / 3);
    expect(brotliDecompressSync(wire).equals(mainScript)).toBe(true);
  });

  it('sends gzip to a client without brotli, and the plain bytes to one that accepts no encoding', async () => {
    const gzip = await get('/assets/index-AbC123xy.js', { 'accept-encoding': 'gzip' });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    const gzipped = await bytesOf(gzip);
    expect(gzipped.length).toBeLessThan(mainScript.length / 3);
    expect(gunzipSync(gzipped).equals(mainScript)).toBe(true);

    const plain = await get('/assets/index-AbC123xy.js');
    expect(plain.status).toBe(200);
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toBe('Accept-Encoding');
    expect((await bytesOf(plain)).equals(mainScript)).toBe(true);
  });

  it('caches hashed assets for a year and makes the browser revalidate index.html', async () => {
    for (const path of ['/assets/index-AbC123xy.js', '/assets/index-Zz9Yy8Xx.css'])
      expect((await get(path)).headers.get('cache-control')).toBe(
        'public, max-age=31536000, immutable',
      );
    const html = await get('/', { 'accept-encoding': 'br' });
    expect(html.headers.get('cache-control')).toBe('no-cache');
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(brotliDecompressSync(await bytesOf(html)).toString()).toBe(indexHtml);
    expect((await get('/favicon.svg')).headers.get('cache-control')).toBe('no-cache');
  });

  it('answers index.html for the client-side routes, 404 for a missing asset, and leaves /api/ alone', async () => {
    for (const path of ['/indicators', '/indicators/regular-exercise-share', '/report']) {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(indexHtml);
    }
    const missing = await get('/assets/index-gone0000.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
    const health = await get('/api/v1/health');
    expect(await health.json()).toEqual({ status: 'ok' });
    expect((await get('/api/v1/nothing-here')).status).toBe(404);
  });

  it('answers 304 to a revalidation with the ETag of the same encoding, 200 once it differs', async () => {
    const first = await get('/', { 'accept-encoding': 'gzip' });
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^".+-gzip"$/);
    const again = await get('/', { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.headers.get('cache-control')).toBe('no-cache');
    expect(await again.text()).toBe('');
    expect(
      (await get('/', { 'if-none-match': `W/${etag}`, 'accept-encoding': 'gzip' })).status,
    ).toBe(304);
    // Another encoding is another representation: its own ETag, a full answer.
    const plain = await get('/', { 'if-none-match': etag });
    expect(plain.status).toBe(200);
    expect(plain.headers.get('etag')).not.toBe(etag);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const head = await t.app.request('/assets/index-AbC123xy.js', {
      method: 'HEAD',
      headers: { 'accept-encoding': 'br' },
    });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-encoding')).toBe('br');
    expect(await head.text()).toBe('');
  });
});

describe('compressed forms written by the build', () => {
  it('sends the build’s .br file when it holds the file, and ignores one that does not', async () => {
    const built = mkdtempSync(join(tmpdir(), 'plan-static-built-'));
    try {
      mkdirSync(join(built, 'assets'));
      writeFileSync(join(built, 'index.html'), indexHtml);
      writeFileSync(join(built, 'assets', 'a-11111111.js'), mainScript);
      const best = brotliCompressSync(mainScript);
      writeFileSync(join(built, 'assets', 'a-11111111.js.br'), best);
      writeFileSync(join(built, 'assets', 'b-22222222.js'), mainScript);
      writeFileSync(join(built, 'assets', 'b-22222222.js.br'), brotliCompressSync('stale'));
      const app = await testApp({ viewerDir: built });
      try {
        const a = await app.app.request('/assets/a-11111111.js', {
          headers: { 'accept-encoding': 'br' },
        });
        expect((await bytesOf(a)).equals(best)).toBe(true);
        const b = await app.app.request('/assets/b-22222222.js', {
          headers: { 'accept-encoding': 'br' },
        });
        expect(brotliDecompressSync(await bytesOf(b)).equals(mainScript)).toBe(true);
        // The .br file is a form of its file, not a path of its own.
        expect((await app.app.request('/assets/a-11111111.js.br')).status).toBe(404);
      } finally {
        await app.close();
      }
    } finally {
      rmSync(built, { recursive: true, force: true });
    }
  });
});
