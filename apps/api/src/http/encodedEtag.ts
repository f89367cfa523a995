import { type CompressedEncoding, compressedEncodings } from '../static/contentEncoding.js';

/**
 * The ETag of a compressed representation: the identity tag with the encoding
 * inside the quotes (`"abc"` → `"abc-br"`, `W/"abc"` → `W/"abc-gzip"`, as Apache
 * and the viewer's files do), so it never equals the identity one (RFC 9110 §8.8.3).
 */
export function encodedEtag(etag: string, encoding: CompressedEncoding): string {
  return etag.endsWith('"') ? `${etag.slice(0, -1)}-${encoding}"` : etag;
}

/**
 * The tag and the tags of its compressed forms, without `W/`: what a client
 * that read this version in any encoding may send back in If-None-Match or If-Match.
 */
export function etagForms(etag: string): string[] {
  const bare = etag.replace(/^W\//, '');
  return [bare, ...compressedEncodings.map((encoding) => encodedEtag(bare, encoding))];
}
