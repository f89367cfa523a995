import type { Context } from 'hono';
import type { App, AppEnv } from '../appTypes.js';
import { type CompressedEncoding, chooseEncoding } from './contentEncoding.js';
import { loadViewerFiles, type ViewerFile } from './viewerFiles.js';

/**
 * Serves the built viewer at `/` from memory: each file in the encoding the
 * client accepts (brotli, else gzip, else plain; `Vary: Accept-Encoding`),
 * hashed assets cached for a year, index.html revalidated on every visit (ETag
 * → 304). A client-side route (/indicators, /report …) gets index.html; a
 * missing file under /assets/ is a 404, never HTML a script tag cannot run.
 * Register it after the API's routes: /api/ paths pass through untouched.
 */
export function serveViewer(app: App, viewerDir: string): void {
  const files = loadViewerFiles(viewerDir);
  const index = files.get('/index.html');
  if (index === undefined) return;
  app.get('*', async (c, next) => {
    const path = c.req.path;
    if (path.startsWith('/api/')) return next();
    const file =
      files.get(path) ??
      files.get(safeDecode(path)) ??
      (path.startsWith('/assets/') ? undefined : index);
    if (file === undefined) return next();
    return send(c, file);
  });
}

function send(c: Context<AppEnv>, file: ViewerFile): Response {
  const available = (['br', 'gzip'] as const).filter(
    (encoding): encoding is CompressedEncoding => file.bodies[encoding] !== undefined,
  );
  const encoding = chooseEncoding(c.req.header('accept-encoding'), available);
  const body = file.bodies[encoding] ?? file.bodies.identity;
  const etag = file.etags[encoding] ?? file.etags.identity;
  const headers: Record<string, string> = {
    'cache-control': file.cacheControl,
    etag,
  };
  if (file.varies) headers.vary = 'Accept-Encoding';
  if (matches(c.req.header('if-none-match'), etag)) return c.body(null, 304, headers);
  headers['content-type'] = file.mediaType;
  headers['content-length'] = String(body.length);
  if (encoding !== 'identity') headers['content-encoding'] = encoding;
  return c.body(body, 200, headers);
}

/** If-None-Match against an ETag: weak comparison, as RFC 9110 §13.1.2 asks for GET. */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
