import { OPENAPI_DOCUMENT } from '../app.js';
import type { App } from '../appTypes.js';

export type Operation = {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  pathParams: string[];
  queryParams: string[];
  hasJsonBody: boolean;
  secured: boolean;
};

/** Every operation the OpenAPI document describes, so tests cover routes added later too. */
export function openApiOperations(app: App): Operation[] {
  const document = app.getOpenAPI31Document(OPENAPI_DOCUMENT) as unknown as {
    paths: Record<
      string,
      Record<
        string,
        {
          parameters?: { in: string; name: string }[];
          requestBody?: { content: Record<string, unknown> };
          security?: unknown[];
        }
      >
    >;
  };
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      method: method.toUpperCase() as Operation['method'],
      path,
      pathParams: (operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
      queryParams: (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
      hasJsonBody: Boolean(operation.requestBody?.content['application/json']),
      secured: (operation.security ?? []).length > 0,
    })),
  );
}
