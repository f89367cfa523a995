import type { MiddlewareHandler } from 'hono';
import { problemResponse } from '../../problem.js';

type Document = {
  paths?: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>>;
};

/**
 * Refuses a query parameter the operation does not document with 400 naming
 * it, so `?page=2` or `?limit=` on a route that does not take them is never
 * silently ignored. The document is read once, at the first request (when
 * every route is registered).
 */
export function refuseUnknownQuery(document: () => object): MiddlewareHandler {
  let operations:
    | { method: string; pattern: RegExp; names: Set<string>; depth: number }[]
    | undefined;
  return async (c, next) => {
    operations ??= Object.entries((document() as Document).paths ?? {}).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({
        method: method.toUpperCase(),
        pattern: new RegExp(`^${path.replace(/\{\w+\}/g, '[^/]+')}$`),
        names: new Set(
          (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
        ),
        depth: path.split('{').length,
      })),
    );
    const method = c.req.method === 'HEAD' ? 'GET' : c.req.method;
    const operation = operations
      .filter((candidate) => candidate.method === method && candidate.pattern.test(c.req.path))
      .sort((a, b) => a.depth - b.depth)[0];
    if (operation) {
      // `lang` (the answer's language, requestLanguage) is taken by every route.
      const unknown = [...new Set(new URL(c.req.url).searchParams.keys())].filter(
        (name) => !operation.names.has(name) && name !== 'lang',
      );
      if (unknown.length > 0)
        return problemResponse(
          c,
          400,
          `Unknown query parameter${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}.`,
          {
            errors: unknown.map((name) => ({
              path: `query.${name}`,
              message: operation.names.size
                ? `not a parameter of this route (it takes ${[...operation.names].join(', ')})`
                : 'this route takes no query parameters',
            })),
          },
        );
    }
    await next();
  };
}
