type Json = unknown;
type Operation = {
  operationId?: string;
  summary?: string;
  description?: string;
  responses?: Record<string, Json>;
};

/** Any operation can fail unexpectedly; the answer is still problem+json. */
const UNEXPECTED = {
  description: 'An unexpected error, logged with the request id (X-Request-Id)',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * The generated document, put right where the generator gets it wrong:
 * a nullable reference (zod's `.nullable()` on a schema with an id) comes out as
 * `allOf: [{ $ref }, { type: ['object', 'null'] }]`, which no `null` satisfies;
 * it becomes `anyOf: [{ $ref }, { type: 'null' }]`. An operation without an
 * operationId gets one from its method and path, so every operation has one;
 * every operation documents its 500.
 */
export function tidyOpenApiDocument<T extends object>(document: T): T {
  const tidied = nullableRefs(document) as T & { paths?: Record<string, Record<string, Json>> };
  for (const [path, item] of Object.entries(tidied.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method] as Operation | undefined;
      if (!operation) continue;
      operation.operationId ??= operationIdOf(method, path);
      operation.responses = { ...operation.responses, 500: UNEXPECTED };
    }
  }
  return tidied;
}

function nullableRefs(node: Json): Json {
  if (Array.isArray(node)) return node.map(nullableRefs);
  if (node === null || typeof node !== 'object') return node;
  const entries = Object.entries(node as Record<string, Json>).map(
    ([key, value]) => [key, nullableRefs(value)] as const,
  );
  const object = Object.fromEntries(entries) as Record<string, Json>;
  const allOf = object.allOf;
  if (Array.isArray(allOf) && allOf.length === 2 && isRef(allOf[0]) && isNullableType(allOf[1])) {
    const { allOf: _dropped, ...rest } = object;
    return { ...rest, anyOf: [allOf[0], { type: 'null' }] };
  }
  return object;
}

function isRef(node: Json): boolean {
  return (
    typeof node === 'object' && node !== null && '$ref' in node && Object.keys(node).length === 1
  );
}

function isNullableType(node: Json): boolean {
  if (typeof node !== 'object' || node === null) return false;
  const keys = Object.keys(node);
  const type = (node as { type?: unknown }).type;
  return keys.length === 1 && Array.isArray(type) && type.includes('null');
}

/** `get /api/v1/observations/{id}/history` → `getObservationsByIdHistory`. */
function operationIdOf(method: string, path: string): string {
  const words = path
    .replace(/^\/api\/v1\//, '')
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment);
      const word = param ? `by-${param[1]}` : segment;
      return word
        .split(/[-_]/)
        .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
        .join('');
    });
  return `${method}${words.join('')}`;
}
