import { describe, expect, it } from 'vitest';
import { adminTokenProblem, readConfig } from './config.js';

describe('adminTokenProblem', () => {
  it('accepts a long random token', () => {
    expect(adminTokenProblem('Xq7vK2pLm9Rt-4bWz8Yc')).toBeUndefined();
    // The tokens of this repository's own tests, benchmarks and README.
    for (const token of [
      'server-test-admin-token-0123',
      'crash-test-admin-token-0123456',
      'e2e-admin-token-0123456789',
      'soak-admin-token-0123456789',
      'dev-admin-token-0123456789',
    ])
      expect(adminTokenProblem(token), token).toBeUndefined();
  });

  it('refuses short, repeated, sequential and common-word tokens, saying why', () => {
    expect(adminTokenProblem('short')).toMatch(/at least 16 characters/);
    expect(adminTokenProblem('aaaaaaaaaaaaaaaaaaaa')).toMatch(/one character repeated/);
    expect(adminTokenProblem('abababababababab12')).toMatch(/only 4 different characters/);
    expect(adminTokenProblem('abcdefghijklmnopqrst')).toMatch(/sequence/);
    expect(adminTokenProblem('9876543210/.-,+*)(')).toMatch(/sequence/);
    expect(adminTokenProblem('xyz123xyz123xyz123')).toMatch(/repeats "xyz123"/);
    expect(adminTokenProblem('admin-password-2024')).toMatch(/common words/);
    expect(adminTokenProblem('ChangeMe_Secret_Token!')).toMatch(/common words/);
  });
});

describe('readConfig', () => {
  it('refuses a weak PLAN_ADMIN_TOKEN at start, naming the reason', () => {
    expect(() => readConfig({ PLAN_ADMIN_TOKEN: 'passwordpassword' })).toThrow(
      /PLAN_ADMIN_TOKEN is too weak: .*(repeats|common words)/,
    );
  });

  it('reads PLAN_TRUSTED_PROXIES as a list, none by default, refusing what is not an address', () => {
    expect(readConfig({}).PLAN_TRUSTED_PROXIES).toEqual([]);
    expect(readConfig({ PLAN_TRUSTED_PROXIES: '10.0.0.0/8, ::1' }).PLAN_TRUSTED_PROXIES).toEqual([
      '10.0.0.0/8',
      '::1',
    ]);
    expect(() => readConfig({ PLAN_TRUSTED_PROXIES: 'proxy.local' })).toThrow(
      /PLAN_TRUSTED_PROXIES: "proxy.local" is not/,
    );
  });
});
