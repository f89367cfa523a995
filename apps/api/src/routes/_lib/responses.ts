import { Problem } from '../../problem.js';

const problemContent = { 'application/problem+json': { schema: Problem } };

const retryAfter = {
  description: 'Seconds to wait before trying again',
  schema: { type: 'integer' as const, minimum: 0 },
};
const allow = {
  description: 'The methods this path takes, comma-separated',
  schema: { type: 'string' as const },
};

/** The error responses a route can give, for its OpenAPI description. */
export function problems(
  ...statuses: (400 | 401 | 403 | 404 | 405 | 409 | 412 | 413 | 415 | 422 | 428 | 429 | 503)[]
) {
  const descriptions: Record<number, string> = {
    400: 'Invalid input; `errors` lists each offending field',
    401: 'No token, a malformed one, or an unknown or revoked one',
    403: 'The token’s role does not allow this',
    404: 'No such resource',
    405: 'The path does not take this method; Allow lists those it takes',
    409: 'Conflicts with stored data',
    412: 'If-Match does not match the current version',
    413: 'The body is larger than the limit',
    415: 'Unsupported content type',
    422: 'Well-formed but beyond what the server accepts; the detail names the limit',
    428: 'If-Match is required',
    429: 'Too many requests; Retry-After says when to try again',
    503: 'Busy; Retry-After says when to try again',
  };
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: descriptions[status] ?? 'Error',
        content: problemContent,
        ...(status === 429 || status === 503 ? { headers: { 'Retry-After': retryAfter } } : {}),
        ...(status === 405 ? { headers: { Allow: allow } } : {}),
      },
    ]),
  );
}

export const bearer = [{ bearerAuth: [] }];

/** The ETag header of a cacheable or versioned answer, for its OpenAPI description. */
export const etagHeader = {
  description:
    'A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding.',
  schema: { type: 'string' as const },
};

/** The ETag of an answer that always carries one (every read through cacheableResponse). */
export const requiredEtag = { ...etagHeader, required: true };

/** The 304 of a cacheable read. */
export const notModifiedResponse = {
  description:
    'Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body)',
  headers: { ETag: requiredEtag },
};
