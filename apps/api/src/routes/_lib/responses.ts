import { Problem } from '../../problem.js';

const problemContent = { 'application/problem+json': { schema: Problem } };

/** The error responses a route can give, for its OpenAPI description. */
export function problems(
  ...statuses: (400 | 401 | 403 | 404 | 409 | 412 | 413 | 415 | 428 | 429)[]
) {
  const descriptions: Record<number, string> = {
    400: 'Invalid input; `errors` lists each offending field',
    401: 'No token, a malformed one, or an unknown or revoked one',
    403: 'The token’s role does not allow this',
    404: 'No such resource',
    409: 'Conflicts with stored data',
    412: 'If-Match does not match the current version',
    413: 'The body is larger than the limit',
    415: 'Unsupported content type',
    428: 'If-Match is required',
    429: 'Too many writes',
  };
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: descriptions[status] ?? 'Error', content: problemContent },
    ]),
  );
}

export const bearer = [{ bearerAuth: [] }];
