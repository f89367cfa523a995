import { expect, it } from 'vitest';
import { describeOnEveryStore, FIXED_NOW } from './testing/index.js';
import { RetiredUnitTokenError, TokenNameError } from './tokens.js';

const token = (id: string, name: string) => ({
  id,
  name,
  role: 'viewer' as const,
  token_hash: `hash-${id}`,
  created_by: 'admin',
});

describeOnEveryStore('tokens', (store) => {
  it('stores tokens by hash and revokes them', async () => {
    const created = await store().tokens.create({
      id: 't1',
      name: 'sync',
      role: 'editor',
      token_hash: 'abc',
      created_by: 'admin',
    });
    expect(created).toMatchObject({ created_at: FIXED_NOW.toISOString(), revoked_at: null });
    expect(await store().tokens.findByHash('abc')).toEqual(created);
    const revoked = await store().tokens.revoke('t1');
    expect(revoked?.revoked_at).not.toBeNull();
    expect(await store().tokens.revoke('missing')).toBeUndefined();
  });

  it('keeps a token’s scope, and gives none (unrestricted) to a token created without one', async () => {
    const district = await store().tokens.create({
      ...token('d', 'dongsheng-bureau'),
      scope: { regions: ['dongsheng'], indicators: ['student-myopia-rate'] },
    });
    const city = await store().tokens.create(token('c', 'city-bureau'));
    expect(district.scope).toEqual({ regions: ['dongsheng'], indicators: ['student-myopia-rate'] });
    expect(city.scope).toBeNull();
    expect(await store().tokens.findByHash('hash-d')).toEqual(district);
    expect((await store().tokens.list()).map((row) => row.scope)).toEqual([district.scope, null]);
    expect((await store().tokens.revoke('d'))?.scope).toEqual(district.scope);
  });

  it('refuses a scope that confines to nothing, and stores nothing', async () => {
    await expect(
      store().tokens.create({ ...token('d', 'dongsheng-bureau'), scope: { regions: [] } }),
    ).rejects.toThrow();
    expect(await store().tokens.list()).toEqual([]);
  });

  it('lists tokens in the order they were created', async () => {
    for (const id of ['a', 'b']) await store().tokens.create(token(id, id));
    expect((await store().tokens.list()).map((row) => row.id)).toEqual(['a', 'b']);
  });

  it('refuses a name another token has, regardless of case and spaces, naming that token', async () => {
    await store().tokens.create(token('a', 'statistics-bureau'));
    const refused = await store()
      .tokens.create(token('b', ' Statistics-Bureau '))
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TokenNameError);
    expect(refused).toMatchObject({ reason: 'taken', existingId: 'a' });
    expect((refused as Error).message).toMatch(/already exists \(a\)/);
    expect((refused as TokenNameError).messages.zh).toBe(
      '已有名为“Statistics-Bureau”的令牌（a）；令牌名称不分大小写且不能重复',
    );
    expect((await store().tokens.list()).map((row) => row.id)).toEqual(['a']);
  });

  it('refuses the reserved names, so no token writes as the admin or the system', async () => {
    for (const name of [
      'PLAN_ADMIN_TOKEN',
      'admin',
      'Admin',
      'system',
      'plan',
      'import',
      ' seed ',
    ]) {
      await expect(store().tokens.create(token(name, name)), name).rejects.toMatchObject({
        reason: 'reserved',
      });
    }
    expect(await store().tokens.list()).toEqual([]);
  });

  it('has a unique index on the name, should two creations race', async () => {
    await store().tokens.create(token('a', 'sync'));
    await expect(
      store()
        .db.insertInto('tokens')
        .values({ ...token('b', 'SYNC'), created_at: 'x', revoked_at: null })
        .execute(),
    ).rejects.toThrow();
  });

  it('refuses a token for a retired unit, saying so in both languages, and stores nothing', async () => {
    const admin = { name: 'admin' };
    await store().units.create({ id: 'basic-education', nameZh: '基础教育科' }, admin);
    await store().units.update('basic-education', 1, { retired: true }, admin);
    const refused = await store()
      .tokens.create({ ...token('u', 'unit-token'), scope: { unit: 'basic-education' } })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RetiredUnitTokenError);
    expect(refused).toMatchObject({ unitId: 'basic-education' });
    expect((refused as RetiredUnitTokenError).messages).toEqual({
      zh: '单位“basic-education”已撤销，不再承担任何工作，不能为它创建令牌：请先恢复该单位，或选择在用的单位',
      en: 'unit "basic-education" is retired and does no work, so no token may report for it: return the unit to service first, or choose a unit in service',
    });
    expect(await store().tokens.list()).toEqual([]);
    // Back in service, it may have one again; a token of a unit not entered is the caller's to check.
    await store().units.update('basic-education', 2, { retired: false }, admin);
    await store().tokens.create({
      ...token('u', 'unit-token'),
      scope: { unit: 'basic-education' },
    });
    await store().tokens.create({ ...token('x', 'other'), scope: { unit: 'not-entered' } });
    expect((await store().tokens.list()).map((row) => row.id)).toEqual(['u', 'x']);
  });

  it('never leaves a live token for a retired unit when a creation and a retirement race', async () => {
    const admin = { name: 'admin' };
    // Each round races one token creation against one retirement of the same unit: one of the
    // two must lose (the token refused, or the retirement refused for the live token), whatever
    // the interleaving. Without a lock on the unit row both could commit on PostgreSQL.
    for (let round = 0; round < 12; round++) {
      const unitId = `unit-${round}`;
      await store().units.create({ id: unitId, nameZh: `单位${round}` }, admin);
      const [created, retired] = await Promise.allSettled([
        store().tokens.create({ ...token(`t${round}`, `token-${round}`), scope: { unit: unitId } }),
        store().units.update(unitId, 1, { retired: true }, admin),
      ]);
      const tokenLive = created.status === 'fulfilled';
      if (!tokenLive) expect(created.reason).toBeInstanceOf(RetiredUnitTokenError);
      expect(retired.status).toBe('fulfilled');
      const retirement = retired.status === 'fulfilled' ? retired.value.status : 'failed';
      expect(retirement === 'changed' && tokenLive, `round ${round}: both committed`).toBe(false);
      expect(retirement).toBe(tokenLive ? 'referenced' : 'changed');
    }
  });
});
