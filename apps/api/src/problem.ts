import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';

/** One offending field of a request: where it is and what is wrong with it. */
export const FieldError = z
  .object({
    path: z.string().describe('Dotted path of the field, e.g. "value" or "rows.3.date"'),
    message: z.string(),
    code: z
      .string()
      .optional()
      .describe(
        'For a value that does not fit its indicator, the rule it breaks (checkValue of @plan/observations): negative, percent, integer, ratio-sum, ratio-parts, one-part, unknown-part, shape, unknown-indicator, unknown-region',
      ),
  })
  .meta({ id: 'FieldError' });
export type FieldError = z.infer<typeof FieldError>;

/** An error response, RFC 9457 problem details (application/problem+json). */
export const Problem = z
  .object({
    type: z
      .string()
      .describe('A URI naming the kind of problem; about:blank when the status says it all'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z.array(FieldError).optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof Problem>;

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** An error a handler throws to answer with a problem document. */
export class ProblemError extends Error {
  readonly status: ContentfulStatusCode;
  readonly errors: FieldError[] | undefined;
  readonly problemType: string;
  readonly headers: Record<string, string>;
  constructor(
    status: ContentfulStatusCode,
    detail: string,
    options: { errors?: FieldError[]; type?: string; headers?: Record<string, string> } = {},
  ) {
    super(detail);
    this.status = status;
    this.errors = options.errors;
    this.problemType = options.type ?? 'about:blank';
    this.headers = options.headers ?? {};
  }
}

/** Most field errors a problem lists: an answer stays small however bad the input (the detail gives the count). */
export const MAX_PROBLEM_ERRORS = 100;

export function problemBody(
  status: number,
  detail: string,
  instance: string,
  extra: { errors?: FieldError[] | undefined; type?: string } = {},
): Problem {
  const errors = extra.errors ?? [];
  const listed = errors.slice(0, MAX_PROBLEM_ERRORS);
  return {
    type: extra.type ?? 'about:blank',
    title: TITLES[status] ?? 'Error',
    status,
    detail:
      errors.length > listed.length
        ? `${detail} (errors lists the first ${listed.length} of ${errors.length} problems)`
        : detail,
    instance,
    ...(listed.length > 0 ? { errors: listed } : {}),
  };
}

export function problemResponse(
  c: Context,
  status: ContentfulStatusCode,
  detail: string,
  extra: {
    errors?: FieldError[] | undefined;
    type?: string;
    headers?: Record<string, string>;
  } = {},
): Response {
  const body = problemBody(status, detail, new URL(c.req.url).pathname, extra);
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': 'application/problem+json; charset=utf-8',
      ...(extra.headers ?? {}),
    },
  });
}

/** Turns zod issues into field errors with dotted paths. */
export function fieldErrorsFrom(error: z.ZodError, prefix: (string | number)[] = []): FieldError[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path].map(String).join('.') || '(body)',
    message: issue.message,
  }));
}
