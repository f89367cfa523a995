import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { etagForms } from '../../http/encodedEtag.js';
import { compressedEncodings } from '../../static/contentEncoding.js';

/** A strong ETag for a body that is already serialised. */
export function etagOf(text: string): string {
  return `"${createHash('sha1').update(text).digest('base64url')}"`;
}

/** A body that never changes while the server runs, serialised and tagged once. */
export type StaticJson = { body: string; etag: string };
export function staticJson(value: unknown): StaticJson {
  const body = JSON.stringify(value);
  return { body, etag: etagOf(body) };
}

/**
 * If-None-Match against an ETag, weak comparison (RFC 9110 §13.1.2); the tag of
 * a compressed form of the same answer (`"abc-br"`, see http/encodedEtag.ts) matches too.
 */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const forms = etagForms(etag);
  return header
    .split(',')
    .some((candidate) => forms.includes(candidate.trim().replace(/^W\//, '')));
}

/**
 * A 304 if the client already has `etag` (If-None-Match, weak comparison as
 * RFC 9110 asks), before any body is built; else undefined.
 */
export function notModified(
  c: Context,
  etag: string,
  headers: Record<string, string> = {},
): Response | undefined {
  if (!matches(c.req.header('if-none-match'), etag)) return undefined;
  return new Response(null, {
    status: 304,
    headers: { etag, 'cache-control': 'no-cache', ...headers },
  });
}

/** A strong ETag for a list: the store's data version and the query that selected it. */
export function listEtag(dataVersion: number, query: unknown): string {
  const digest = createHash('sha1').update(JSON.stringify(query)).digest('base64url').slice(0, 12);
  return `"d${dataVersion}-${digest}"`;
}

/**
 * Answers a cacheable read: 304 when the client already has this version,
 * else the body with its ETag. `no-cache` makes clients revalidate, so a write
 * is seen at once while unchanged data costs a 304.
 */
export function cacheableResponse(
  c: Context,
  body: string,
  options: {
    etag?: string;
    contentType?: string;
    cacheControl?: string;
    headers?: Record<string, string>;
  } = {},
): Response {
  const etag = options.etag ?? etagOf(body);
  const headers: Record<string, string> = {
    etag,
    'cache-control': options.cacheControl ?? 'no-cache',
    ...(options.headers ?? {}),
  };
  if (matches(c.req.header('if-none-match'), etag))
    return new Response(null, { status: 304, headers });
  return new Response(body, {
    status: 200,
    headers: {
      'content-type': options.contentType ?? 'application/json; charset=utf-8',
      ...headers,
    },
  });
}

/** The ETag of an observation at a version, as sent in `ETag` and expected in `If-Match`. */
export function observationEtag(id: string, version: number): string {
  return `"${id}.v${version}"`;
}

// `"<id>.v<version>"`, or the tag of a compressed form of that answer (`"<id>.v<version>-br"`).
const VERSIONED_ETAG = new RegExp(`^"(.+)\\.v(\\d+)(?:-(?:${compressedEncodings.join('|')}))?"$`);

/**
 * Reads the version an If-Match header names for this observation (or the tag
 * its compressed answer carried), or why it cannot.
 */
export function versionFromIfMatch(
  header: string | undefined,
  id: string,
):
  | { kind: 'missing' }
  | { kind: 'any' }
  | { kind: 'version'; version: number }
  | { kind: 'other' } {
  if (header === undefined || header.trim() === '') return { kind: 'missing' };
  if (header.trim() === '*') return { kind: 'any' };
  for (const candidate of header.split(',')) {
    // Strong comparison (RFC 9110 13.1.1): a weak ETag never matches.
    const match = VERSIONED_ETAG.exec(candidate.trim());
    if (match?.[1] === id && match[2]) return { kind: 'version', version: Number(match[2]) };
  }
  return { kind: 'other' };
}
