import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import {
  brotliCompressSync,
  brotliDecompressSync,
  constants,
  gunzipSync,
  gzipSync,
} from 'node:zlib';
import { encodedEtag } from '../http/encodedEtag.js';
import { cacheControlFor } from './cachePolicy.js';
import type { CompressedEncoding, ContentEncoding } from './contentEncoding.js';
import { isCompressible, mediaTypeOf } from './mediaTypes.js';

/** Bytes in memory (an ArrayBuffer of their own, as Response bodies take). */
type Bytes = Uint8Array<ArrayBuffer>;

/** One file of the built viewer, held in memory in every encoding it is sent in. */
export type ViewerFile = {
  /** The URL path, e.g. /assets/index-3f2a1b.js */
  path: string;
  mediaType: string;
  cacheControl: string;
  /** Whether the answer depends on Accept-Encoding (it has compressed variants). */
  varies: boolean;
  /** The bytes per encoding; `identity` always, `br` and `gzip` when smaller than it. */
  bodies: Partial<Record<ContentEncoding, Bytes>> & { identity: Bytes };
  /** A strong ETag per encoding (RFC 9110 §8.8.3: each representation its own). */
  etags: Partial<Record<ContentEncoding, string>> & { identity: string };
};

const siblingSuffix: Record<CompressedEncoding, string> = { br: '.br', gzip: '.gz' };

/**
 * Reads every file of the built viewer into memory once, with its brotli and
 * gzip forms, so no request compresses anything. The build writes those forms
 * beside each file (`x.js.br`, `x.js.gz`, at the highest levels: see
 * apps/viewer/vite.config.ts); one that is missing, or does not decompress to
 * the file, is made here at a fast level instead. Source maps are sent plain
 * unless the build compressed them: only developer tools fetch them.
 */
export function loadViewerFiles(dir: string): Map<string, ViewerFile> {
  const names = (readdirSync(dir, { recursive: true }) as string[])
    .map((name) => name.split(sep).join('/'))
    .filter((name) => statSync(join(dir, name)).isFile());
  const present = new Set(names);
  const files = new Map<string, ViewerFile>();
  for (const name of names) {
    // x.js.br beside x.js is a form of x.js, not a file of its own.
    if (/\.(br|gz)$/.test(name) && present.has(name.replace(/\.(br|gz)$/, ''))) continue;
    const path = `/${name}`;
    const identity = new Uint8Array(readFileSync(join(dir, name)));
    const hash = createHash('sha256').update(identity).digest('base64url').slice(0, 22);
    const file: ViewerFile = {
      path,
      mediaType: mediaTypeOf(name),
      cacheControl: cacheControlFor(path),
      varies: false,
      bodies: { identity },
      etags: { identity: `"${hash}"` },
    };
    if (isCompressible(name)) {
      file.varies = true;
      for (const encoding of ['br', 'gzip'] as const) {
        const body =
          builtForm(join(dir, name + siblingSuffix[encoding]), encoding, identity) ??
          (name.endsWith('.map') ? undefined : compress(encoding, identity));
        if (body !== undefined && body.length < identity.length) {
          file.bodies[encoding] = body;
          file.etags[encoding] = encodedEtag(file.etags.identity, encoding);
        }
      }
    }
    files.set(path, file);
  }
  return files;
}

/** The build's compressed form of a file, if there is one and it holds exactly the file. */
function builtForm(file: string, encoding: CompressedEncoding, identity: Bytes): Bytes | undefined {
  if (!existsSync(file)) return undefined;
  const body = new Uint8Array(readFileSync(file));
  try {
    const decoded = encoding === 'br' ? brotliDecompressSync(body) : gunzipSync(body);
    return Buffer.compare(decoded, identity) === 0 ? body : undefined;
  } catch {
    return undefined;
  }
}

/** Compression at start for a build without its compressed forms: fast levels, once. */
function compress(encoding: CompressedEncoding, identity: Uint8Array): Bytes {
  return new Uint8Array(
    encoding === 'br'
      ? brotliCompressSync(identity, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 5,
            [constants.BROTLI_PARAM_SIZE_HINT]: identity.length,
          },
        })
      : gzipSync(identity, { level: 6 }),
  );
}
