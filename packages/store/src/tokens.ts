import type { StoreContext } from './_lib/storeContext.js';
import type { TokenRow } from './database.js';

/** API tokens, stored by hash only: create, find, list and revoke. */
export function createTokenStore({ db, now }: StoreContext) {
  return {
    async create(row: Omit<TokenRow, 'created_at' | 'revoked_at'>): Promise<TokenRow> {
      const stored: TokenRow = { ...row, created_at: now(), revoked_at: null };
      await db.insertInto('tokens').values(stored).execute();
      return stored;
    },
    async findByHash(hash: string): Promise<TokenRow | undefined> {
      return db.selectFrom('tokens').selectAll().where('token_hash', '=', hash).executeTakeFirst();
    },
    async list(): Promise<TokenRow[]> {
      return db.selectFrom('tokens').selectAll().orderBy('created_at').execute();
    },
    /** Marks a token revoked (once: a second revoke keeps the first time); undefined for an unknown id. */
    async revoke(id: string): Promise<TokenRow | undefined> {
      await db
        .updateTable('tokens')
        .set({ revoked_at: now() })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .execute();
      return db.selectFrom('tokens').selectAll().where('id', '=', id).executeTakeFirst();
    },
  };
}

export type TokenStore = ReturnType<typeof createTokenStore>;
