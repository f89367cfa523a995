/**
 * Cache-Control for a file of the built viewer. Vite names every file under
 * /assets/ by a hash of its content, so a browser may keep it for a year without
 * asking again; anything else (index.html, favicon.svg) keeps its name across
 * builds, so the browser revalidates it each time (cheap: ETag → 304).
 */
export function cacheControlFor(path: string): string {
  return path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}
