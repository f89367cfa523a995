import { createStore, createToken, openDatabase } from '@plan/store';
import { fixedClock } from '@plan/store/testing';
import { createApp } from '../app.js';
import type { AppDeps } from '../appTypes.js';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';

/** An app on a fresh in-memory SQLite store, with a token of each role and the log it wrote. */
export async function testApp(overrides: Partial<AppDeps> = {}) {
  const store = createStore(openDatabase({ dialect: 'sqlite', file: ':memory:' }), fixedClock);
  await store.migrate();
  const logs: Record<string, unknown>[] = [];
  const app = createApp({
    store,
    clock: fixedClock,
    adminToken: ADMIN_TOKEN,
    log: (entry) => logs.push(entry),
    ...overrides,
  });
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
  return { app, store, logs, tokens, auth, json, close: () => store.close() };
}
