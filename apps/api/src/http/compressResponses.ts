import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Context, MiddlewareHandler } from 'hono';
import {
  type CompressedEncoding,
  chooseEncoding,
  compressedEncodings,
} from '../static/contentEncoding.js';
import { type CompressedBodies, compressedBodies } from './compressedBodies.js';
import { encodedEtag } from './encodedEtag.js';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text the API answers with (JSON, problem+json, CSV, HTML, JavaScript, XML, SVG). */
const COMPRESSIBLE =
  /^(?:text\/|application\/(?:[\w.-]+\+)?(?:json|xml|javascript)\s*(?:;|$)|image\/svg\+xml)/i;

/** Output chunk of the compressors: an answer's compressed body in one or a few passes, not 16 KiB ones. */
const CHUNK_BYTES = 64 * 1024;

export type CompressOptions = {
  /** Bodies smaller than this go as they are (default 1 KiB: compressing them gains little). */
  minBytes?: number;
  /** Brotli quality, 0–11 (default 5: most of 11's gain at a small part of its cost). */
  brotliQuality?: number;
  /** Gzip level, 1–9 (default 6). */
  gzipLevel?: number;
  /** Where compressed bodies of ETagged answers are kept (default a 16 MB LRU). */
  cache?: CompressedBodies;
};

/**
 * Compresses the API's text answers by the request's Accept-Encoding: brotli,
 * else gzip, else none (absent, `identity`, q=0), for bodies of at least
 * `minBytes`. A compressed answer's ETag carries the encoding (`"abc-br"`, see
 * encodedEtag.ts), so it never equals the identity one, and the routes' checks
 * (If-None-Match, If-Match) accept either form. Text answers say `Vary:
 * Accept-Encoding`. The compression runs on libuv's threads, not the event loop,
 * and the body of a strong ETag is compressed once per encoding (see
 * compressedBodies.ts). HEAD gets the headers GET would (the encoded ETag, Content-Encoding,
 * Content-Length). Left as they are: 304 and bodiless answers,
 * downloads (`Content-Disposition: attachment`: exports, templates, reports,
 * evidence files), binary types, answers already encoded or marked `no-transform`.
 */
export function compressResponses(options: CompressOptions = {}): MiddlewareHandler {
  const minBytes = options.minBytes ?? 1024;
  const quality = options.brotliQuality ?? 5;
  const level = options.gzipLevel ?? 6;
  const cache = options.cache ?? compressedBodies();
  const compress = (bytes: Uint8Array, encoding: CompressedEncoding): Promise<Uint8Array> =>
    encoding === 'br'
      ? brotliAsync(bytes, {
          chunkSize: CHUNK_BYTES,
          params: {
            [constants.BROTLI_PARAM_QUALITY]: quality,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
          },
        })
      : gzipAsync(bytes, { level, chunkSize: CHUNK_BYTES });

  return async (c, next) => {
    // HEAD runs as GET (Hono drops the body after): it gets GET's headers for the same
    // Accept-Encoding, its ETag and length too, and the kept compressed body serves the GET after.
    await next();
    const response = c.res;
    if (response.status === 304) return tagNotModified(c, response);
    if (!compressible(response)) return;
    addVary(response.headers);
    const encoding = chooseEncoding(c.req.header('accept-encoding'), compressedEncodings);
    if (encoding === 'identity') return;
    const headers = new Headers(response.headers);
    const etag = headers.get('etag');
    // A strong ETag names these very bytes at this URL: what was compressed for it once serves again.
    const key = etag && !etag.startsWith('W/') ? `${c.req.url}|${etag}|${encoding}` : undefined;
    let body = key === undefined ? undefined : cache.peek(key);
    if (body) await response.body?.cancel();
    else {
      const identity = new Uint8Array(await response.arrayBuffer());
      if (identity.byteLength < minBytes) return replace(c, response, identity, headers);
      const once = () => compress(identity, encoding);
      body = key === undefined ? await once() : await cache.get(key, once);
    }
    headers.set('content-encoding', encoding);
    if (etag) headers.set('etag', encodedEtag(etag, encoding));
    headers.set('content-length', String(body.byteLength));
    replace(c, response, body, headers);
  };
}

/** Sends `body` with `headers` in place of `response`. */
function replace(c: Context, response: Response, body: Uint8Array, headers: Headers) {
  // Unset first: Hono's setter would copy the old answer's headers (its ETag) over the new.
  c.res = undefined;
  c.res = new Response(body as Uint8Array<ArrayBuffer>, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

function compressible(response: Response): boolean {
  const { headers } = response;
  return (
    response.body !== null &&
    response.status !== 204 &&
    response.status !== 206 &&
    !headers.has('content-encoding') &&
    COMPRESSIBLE.test(headers.get('content-type') ?? '') &&
    !/^\s*attachment/i.test(headers.get('content-disposition') ?? '') &&
    !/no-transform/i.test(headers.get('cache-control') ?? '')
  );
}

/**
 * A 304 names the representation the client has: the compressed form of the
 * ETag when If-None-Match sent that one (best the encoding asked for now), else
 * the identity tag the route gave.
 */
function tagNotModified(c: Context, response: Response) {
  const etag = response.headers.get('etag');
  if (!etag) return;
  addVary(response.headers);
  const sent = (c.req.header('if-none-match') ?? '')
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''));
  const asked = chooseEncoding(c.req.header('accept-encoding'), compressedEncodings);
  const weak = etag.startsWith('W/') ? 'W/' : '';
  const bare = etag.slice(weak.length);
  const order = compressedEncodings.filter((encoding) => encoding === asked);
  for (const encoding of [...order, ...compressedEncodings.filter((e) => e !== asked)]) {
    const form = encodedEtag(bare, encoding);
    if (sent.includes(form)) {
      response.headers.set('etag', `${weak}${form}`);
      return;
    }
  }
}

function addVary(headers: Headers) {
  const vary = headers.get('vary');
  if (!vary) headers.set('vary', 'Accept-Encoding');
  else if (!/(^|,)\s*(\*|accept-encoding)\s*(,|$)/i.test(vary))
    headers.set('vary', `${vary}, Accept-Encoding`);
}
