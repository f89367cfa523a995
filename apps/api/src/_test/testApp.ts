import { createStore, createToken, openDatabase, type Store } from '@plan/store';
import { fixedClock } from '@plan/store/testing';
import { createApp, openApiDocument } from '../app.js';
import type { App, AppDeps } from '../appTypes.js';
import { openApiContract } from './openApiContract.js';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';

// biome-ignore lint/suspicious/noExplicitAny: answers are read field by field; the OpenAPI contract (testApp) pins their shape
export type Json = Record<string, any>;

/** An answer read whole: its status, its headers (and ETag) and its JSON body (null when it has none). */
export type Sent = { status: number; headers: Headers; etag: string | null; body: Json };

/**
 * Sends `method path` to `app` with the bearer `token` (none: anonymous) and `body` as JSON,
 * and reads the answer whole.
 */
export async function sendJson(
  app: Pick<App, 'request'>,
  method: string,
  path: string,
  token: string | undefined,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Sent> {
  const response = await app.request(path, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    etag: response.headers.get('etag'),
    body: (text ? JSON.parse(text) : null) as Json,
  };
}

type TokenRole = 'admin' | 'editor' | 'viewer';

/** What testApp gives: the app, its store, a token of each role and helpers to send them. */
export type TestApp = {
  app: App;
  store: Store;
  logs: Record<string, unknown>[];
  tokens: Record<TokenRole, string>;
  auth: (role: TokenRole) => { authorization: string };
  json: (
    role: TokenRole | undefined,
    body: unknown,
    extra?: Record<string, string>,
  ) => { headers: Record<string, string>; body: string };
  /** sendJson to this app: a request with a token and a JSON body, its answer read whole. */
  send: (
    method: string,
    path: string,
    token: string | undefined,
    body?: unknown,
    headers?: Record<string, string>,
  ) => Promise<Sent>;
  close: () => Promise<void>;
};

/** An app on a fresh in-memory SQLite store, with a token of each role and the log it wrote. */
export async function testApp(overrides: Partial<AppDeps> = {}): Promise<TestApp> {
  // A store given (e.g. PostgreSQL from storeFactories) is migrated and closed by its giver.
  const owned = overrides.store === undefined;
  const store =
    overrides.store ??
    createStore(openDatabase({ dialect: 'sqlite', file: ':memory:' }), fixedClock);
  if (owned) await store.migrate();
  const logs: Record<string, unknown>[] = [];
  const app = createApp({
    store,
    clock: fixedClock,
    adminToken: ADMIN_TOKEN,
    log: (entry) => logs.push(entry),
    ...overrides,
  });
  keepContract(app);
  const tokens = {
    admin: ADMIN_TOKEN,
    editor: (await createToken({ store }, 'test-editor', 'editor', 'test')).token,
    viewer: (await createToken({ store }, 'test-viewer', 'viewer', 'test')).token,
  };
  const auth = (role: keyof typeof tokens) => ({ authorization: `Bearer ${tokens[role]}` });
  const json = (
    role: keyof typeof tokens | undefined,
    body: unknown,
    extra: Record<string, string> = {},
  ) => ({
    headers: { 'content-type': 'application/json', ...(role ? auth(role) : {}), ...extra },
    body: JSON.stringify(body),
  });
  return {
    app,
    store,
    logs,
    tokens,
    auth,
    json,
    send: (method, path, token, body, headers) => sendJson(app, method, path, token, body, headers),
    close: async () => {
      if (owned) await store.close();
    },
  };
}

let contract: ReturnType<typeof openApiContract> | undefined;

/**
 * Every answer `app.request` gives in a test is checked against the app's
 * OpenAPI document (status, required headers, content type, JSON body): a
 * mismatch fails the test that made the request.
 */
function keepContract(app: App) {
  contract ??= openApiContract(openApiDocument(app));
  const check = contract;
  const request = app.request.bind(app);
  app.request = (async (...args: Parameters<App['request']>) => {
    const [input, init] = args;
    const response = await request(...args);
    const method = (
      init?.method ?? (input instanceof Request ? input.method : 'GET')
    ).toUpperCase();
    const url = input instanceof Request ? input.url : String(input);
    const problems = await check(method, url, response);
    if (problems.length > 0)
      throw new Error(`The answer breaks the OpenAPI document:\n${problems.join('\n')}`);
    return response;
  }) as App['request'];
}
