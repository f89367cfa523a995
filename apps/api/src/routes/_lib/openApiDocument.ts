import { PLAN_PATH, planScopedPath } from './planScoped.js';

type Json = unknown;
type Operation = {
  operationId?: string;
  summary?: string;
  description?: string;
  responses?: Record<string, Json>;
};

/**
 * operationIds and descriptions of the operations whose route does not give
 * its own (a route's own value wins), so that the generated client and the
 * reference page name every operation and say what it does.
 */
const OPERATIONS: Record<string, { operationId: string; description: string }> = {
  'get /api/v1/health': {
    operationId: 'getHealth',
    description: 'Answers while the server runs; needs no token and reads nothing from the store.',
  },
  'get /api/v1/plan': {
    operationId: 'getPlan',
    description:
      'The plan’s metadata (title, period, issuing body), its regions and its indicator tables, without the indicator rows. Never changes while the server runs (cached for 5 minutes, revalidated by ETag).',
  },
  'get /api/v1/indicators': {
    operationId: 'listIndicators',
    description:
      'The 61 indicators of the plan in printed order, optionally one table’s or one category’s (with its subcategories). A fixed list: not paged.',
  },
  'get /api/v1/indicators/{id}': {
    operationId: 'getIndicator',
    description: 'One indicator by its id, with its printed baseline and target values.',
  },
  'get /api/v1/regions': {
    operationId: 'listRegions',
    description:
      'The city, its nine banners and districts, and the region used as benchmark. A fixed list: not paged.',
  },
  'get /api/v1/projects': {
    operationId: 'listProjects',
    description:
      'The plan’s projects (专栏) with their measures and milestones. A fixed list: not paged.',
  },
  'get /api/v1/projects/{number}': {
    operationId: 'getProject',
    description: 'One project by its number in the plan.',
  },
  'get /api/v1/measures/{id}': {
    operationId: 'getMeasure',
    description: 'One measure of a project, with its milestones and the indicators it serves.',
  },
  'get /api/v1/targets': {
    operationId: 'listTargets',
    description:
      'The plan’s prose targets, optionally those linked to one indicator. A fixed list: not paged.',
  },
  'get /api/v1/consistency': {
    operationId: 'getConsistency',
    description:
      'Checks that the plan’s projects, measures and targets agree with its indicator tables.',
  },
  'post /api/v1/observations/import': {
    operationId: 'importObservations',
    description: 'Imports a CSV or XLSX file of observations in one transaction (editor).',
  },
  'post /api/v1/observations': {
    operationId: 'createObservation',
    description:
      'Records one observed value (editor). The answer carries the stored observation, its ETag and its Location; a second value with the same indicator, region, date and source is a 409 naming the existing one.',
  },
  'delete /api/v1/observations/illustrative': {
    operationId: 'deleteIllustrativeObservations',
    description:
      'Removes every illustrative demo figure (示例数据) at once (admin); the history keeps them.',
  },
  'get /api/v1/observations/{id}': {
    operationId: 'getObservation',
    description: 'One observation; its ETag is what PATCH and DELETE expect in If-Match.',
  },
  'patch /api/v1/observations/{id}': {
    operationId: 'updateObservation',
    description: 'Corrects an observation (editor) at the version If-Match names.',
  },
  'delete /api/v1/observations/{id}': {
    operationId: 'deleteObservation',
    description:
      'Deletes an observation (editor) at the version If-Match names; the history keeps the value.',
  },
  'get /api/v1/observations/{id}/history': {
    operationId: 'getObservationHistory',
    description: 'Every revision of an observation, oldest first, also after it was deleted.',
  },
  'get /api/v1/assessments': {
    operationId: 'listAssessments',
    description:
      'Every indicator assessed as of a date, from the observations that count for it; CSV and XLSX with format=.',
  },
  'get /api/v1/indicators/{id}/assessment': {
    operationId: 'getIndicatorAssessment',
    description: 'One indicator assessed as of a date, with the observations used.',
  },
  'get /api/v1/milestones': {
    operationId: 'listMilestones',
    description: 'The projects’ milestones judged as of a date.',
  },
  'post /api/v1/assess': {
    operationId: 'assess',
    description: 'Assesses a series sent in the body against a target, without reading the store.',
  },
  'get /api/v1/me': {
    operationId: 'getMe',
    description: 'The token the request was made with: its name and role, never its secret.',
  },
  'get /api/v1/tokens': {
    operationId: 'listTokens',
    description: 'Every token, without secrets (admin). A short list: not paged.',
  },
  'post /api/v1/tokens': {
    operationId: 'createToken',
    description: 'Creates a token (admin); the secret is in this answer only.',
  },
  'delete /api/v1/tokens/{id}': {
    operationId: 'revokeToken',
    description: 'Revokes a token (admin); requests made with it are refused from then on.',
  },
};

type Parameter = { in: string; name: string; required?: boolean; description?: string };

/** If-Match is required where a route reads it (428 without it); zod leaves it optional so the 428 can name it. */
const IF_MATCH = {
  required: true,
  description:
    'The strong ETag of the version you read (GET /api/v1/observations/{id}); a weak ETag (W/…) never matches. The tag of a compressed read names the same version and is taken as well: "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip), the encoding inside the quotes. `*` means whatever version is current (RFC 9110). Missing: 428; another version: 412.',
  example: '"0d9c3c1e-5a53-4a53-9b1e-2a7c1f0c4c7e.v1"',
};

const UNKNOWN_QUERY = {
  description: 'Invalid input: a query parameter this route does not take (named in `errors`)',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};

const BAD_TOKEN = {
  description: 'A token was sent but is malformed, unknown or revoked (even on a public read)',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};
const TOO_MANY = {
  description:
    'Too many requests or failed sign-ins from this client; Retry-After says when to try again',
  headers: {
    'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer', minimum: 0 } },
  },
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
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
  const paths = tidied.paths ?? {};
  for (const [path, item] of Object.entries(paths)) {
    // A plan-scoped path (/api/v1/plans/{planId}/…) and its alias for the default plan (/api/v1/…).
    const aliasPath = path.startsWith(`${PLAN_PATH}/`)
      ? `/api/v1${path.slice(PLAN_PATH.length)}`
      : undefined;
    const scopedPath = planScopedPath(path);
    for (const method of METHODS) {
      const operation = item[method] as Operation | undefined;
      if (!operation) continue;
      const known = OPERATIONS[`${method} ${path}`];
      const aliasOf = aliasPath === undefined ? undefined : OPERATIONS[`${method} ${aliasPath}`];
      operation.operationId ??=
        known?.operationId ??
        (aliasOf ? `${aliasOf.operationId}InPlan` : operationIdOf(method, path));
      operation.description ??=
        known?.description ??
        (aliasOf ? `${aliasOf.description} Of the plan {planId}.` : operation.summary);
      if (aliasPath === undefined && scopedPath !== path && paths[scopedPath]?.[method])
        operation.description =
          `${operation.description ?? ''} Alias for the default plan (the built-in Ordos plan) of ${method.toUpperCase()} ${scopedPath}.`.trim();
      for (const parameter of (operation as { parameters?: Parameter[] }).parameters ?? [])
        if (parameter.in === 'header' && parameter.name.toLowerCase() === 'if-match')
          Object.assign(parameter, IF_MATCH);
      // Any route refuses a query parameter it does not document (refuseUnknownQuery).
      // Any request with a bad token is refused (401), and repeated bad tokens are limited (429).
      operation.responses = {
        400: UNKNOWN_QUERY,
        401: BAD_TOKEN,
        429: TOO_MANY,
        ...operation.responses,
        500: UNEXPECTED,
      };
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
