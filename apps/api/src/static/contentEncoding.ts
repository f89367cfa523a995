/** The encodings the viewer's files are kept in besides the plain bytes, best first. */
export const compressedEncodings = ['br', 'gzip'] as const;
export type CompressedEncoding = (typeof compressedEncodings)[number];
export type ContentEncoding = CompressedEncoding | 'identity';

/**
 * The encoding to send, from the request's Accept-Encoding (RFC 9110 §12.5.3)
 * and those the file has: brotli before gzip (smaller on the wire), each only
 * when the client accepts it with q > 0 (named, or through `*`); else the plain
 * bytes. A missing header means the client asked for none, so it gets identity.
 */
export function chooseEncoding(
  acceptEncoding: string | undefined,
  available: readonly CompressedEncoding[],
): ContentEncoding {
  if (!acceptEncoding) return 'identity';
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.split(';').map((piece) => piece.trim());
    if (name === '') continue;
    const q = params.find((param) => /^q=/i.test(param));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name.toLowerCase(), Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (encoding: string) =>
    weights.get(encoding) ??
    (encoding === 'gzip' ? weights.get('x-gzip') : undefined) ??
    weights.get('*') ??
    0;
  for (const encoding of compressedEncodings)
    if (available.includes(encoding) && weightOf(encoding) > 0) return encoding;
  return 'identity';
}
