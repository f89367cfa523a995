import { describe, expect, it } from 'vitest';
import { createToken, generateToken, hashToken } from './createToken.js';
import { describeOnEveryStore } from './testing/index.js';

describe('generateToken', () => {
  it('makes a new bearer token each time, with the plan_ prefix', () => {
    const first = generateToken();
    expect(first).toMatch(/^plan_[A-Za-z0-9_-]{43}$/);
    expect(generateToken()).not.toBe(first);
  });
});

describe('hashToken', () => {
  it('is the hex SHA-256 of the token', () => {
    expect(hashToken('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});

describeOnEveryStore('createToken', (store) => {
  it('stores only the hash of the new token and returns the token once', async () => {
    const created = await createToken({ store: store() }, 'sync', 'editor', 'admin');
    expect(created.info).toMatchObject({ name: 'sync', role: 'editor', revokedAt: null });
    const [row] = await store().tokens.list();
    expect(row?.token_hash).toBe(hashToken(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token);
    expect(created.info.scope).toBeNull();
  });

  it('binds the token to the scope it is given, and shows it', async () => {
    const created = await createToken({ store: store() }, 'dongsheng', 'editor', 'admin', {
      scope: { regions: ['dongsheng'] },
    });
    expect(created.info.scope).toEqual({ regions: ['dongsheng'] });
    expect((await store().tokens.findByHash(hashToken(created.token)))?.scope).toEqual({
      regions: ['dongsheng'],
    });
  });
});
