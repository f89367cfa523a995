import type { FieldError, Problem } from './types.js';

// The problem document's shapes are the API's (its generated client types).
export type { FieldError, Problem };

/** An answer that was not 2xx: the status, the problem document when there is one, and the headers. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;
  readonly headers: Headers;
  constructor(status: number, problem: Problem | undefined, headers: Headers, fallback: string) {
    super(problem?.detail || problem?.title || fallback);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.headers = headers;
  }
  /** The field errors the API listed (empty when it gave none). */
  get fieldErrors(): FieldError[] {
    return this.problem?.errors ?? [];
  }
}

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** A bearer token; sent only when given (the API refuses a malformed one even on reads). */
  token?: string | undefined;
  /** JSON to send; a FormData or Blob is sent as it is. */
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
};

export type ApiResponse<T> = { data: T; etag: string | null; headers: Headers };

async function readProblem(response: Response): Promise<Problem | undefined> {
  const type = response.headers.get('content-type') ?? '';
  if (!/json/.test(type)) return undefined;
  try {
    return (await response.json()) as Problem;
  } catch {
    return undefined;
  }
}

let acceptLanguage: 'zh-CN' | 'en' | undefined;

/**
 * The viewer's language, sent as Accept-Language with every request, so the API's messages
 * (problems, import problems) come in the language on screen, not the browser's.
 */
export function setRequestLanguage(locale: 'zh' | 'en') {
  acceptLanguage = locale === 'zh' ? 'zh-CN' : 'en';
}

/**
 * Calls the API at a relative `/api/v1/...` path (same origin in production,
 * proxied by Vite in development) and reads JSON. Errors become `ApiError`
 * carrying the problem document, so a form can show each field's message.
 */
export async function request<T>(
  path: string,
  options: RequestOptions = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    ...(acceptLanguage ? { 'accept-language': acceptLanguage } : {}),
    ...options.headers,
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: BodyInit | undefined;
  if (options.body instanceof FormData || options.body instanceof Blob) {
    body = options.body;
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] = 'application/json';
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body: body ?? null,
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, undefined, new Headers(), `The API at ${path} cannot be reached.`);
  }
  if (!response.ok) {
    const problem = await readProblem(response);
    throw new ApiError(
      response.status,
      problem,
      response.headers,
      `${response.status} ${response.statusText} from ${path}`,
    );
  }
  const data = (response.status === 204 ? null : await response.json()) as T;
  return { data, etag: response.headers.get('etag'), headers: response.headers };
}

/** GET a JSON document; for query functions. */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return (await request<T>(path, { signal })).data;
}

/** Builds `path?key=value&…`, leaving out undefined values. */
export function withQuery(
  path: string,
  query: Record<string, string | number | boolean | undefined>,
) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}
