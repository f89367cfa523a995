import { expect, it } from 'vitest';
import { describeOnEveryStore, FIXED_NOW } from './testing/index.js';

describeOnEveryStore('tokens', (store) => {
  it('stores tokens by hash and revokes them', async () => {
    const token = await store().tokens.create({
      id: 't1',
      name: 'sync',
      role: 'editor',
      token_hash: 'abc',
      created_by: 'admin',
    });
    expect(token).toMatchObject({ created_at: FIXED_NOW.toISOString(), revoked_at: null });
    expect(await store().tokens.findByHash('abc')).toEqual(token);
    const revoked = await store().tokens.revoke('t1');
    expect(revoked?.revoked_at).not.toBeNull();
    expect(await store().tokens.revoke('missing')).toBeUndefined();
  });

  it('lists tokens in the order they were created', async () => {
    for (const id of ['a', 'b']) {
      await store().tokens.create({
        id,
        name: id,
        role: 'viewer',
        token_hash: `hash-${id}`,
        created_by: 'admin',
      });
    }
    expect((await store().tokens.list()).map((token) => token.id)).toEqual(['a', 'b']);
  });
});
