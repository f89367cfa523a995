import { sql } from 'kysely';
import type { StoreContext } from './_lib/storeContext.js';
import { BilingualError } from './bilingualError.js';
import type { TokenRow } from './database.js';
import { isReservedTokenName } from './tokenNames.js';
import { TokenScope } from './tokenScope.js';

/** A stored token as the store gives it: the row, its scope read (null: unrestricted). */
export type StoredToken = Omit<TokenRow, 'scope'> & { scope: TokenScope | null };

/** A token to store: its scope, when it has one, is checked against TokenScope. */
export type NewToken = Omit<TokenRow, 'created_at' | 'revoked_at' | 'scope'> & {
  scope?: TokenScope | null | undefined;
};

// A scope that does not read back fails loudly: read as null it would become unrestricted.
const fromTokenRow = ({ scope, ...row }: TokenRow): StoredToken => ({
  ...row,
  scope: scope === null ? null : TokenScope.parse(JSON.parse(scope)),
});

/** A token name another token has (regardless of case), or one reserved for the admin and the system. */
export class TokenNameError extends BilingualError {
  constructor(
    readonly reason: 'reserved' | 'taken',
    readonly tokenName: string,
    /** The id of the token that has the name, when it is taken. */
    readonly existingId: string = '',
  ) {
    super(
      reason === 'reserved'
        ? {
            zh: `“${tokenName}”是保留名称（指管理员令牌或历史记录中的系统），请另取名称`,
            en: `"${tokenName}" is reserved (it names the admin token or the system in the history); choose another name`,
          }
        : {
            zh: `已有名为“${tokenName}”的令牌（${existingId}）；令牌名称不分大小写且不能重复`,
            en: `a token named "${tokenName}" already exists (${existingId}); token names are unique, regardless of case`,
          },
    );
  }
}

/** API tokens, stored by hash only: create, find, list and revoke. */
export function createTokenStore({ db, now }: StoreContext) {
  const withName = (name: string) =>
    db
      .selectFrom('tokens')
      .select('id')
      .where(sql<string>`lower(name)`, '=', name.toLowerCase())
      .executeTakeFirst();
  return {
    /**
     * Stores a token. Its name must be unique (regardless of case) and not reserved
     * (RESERVED_TOKEN_NAMES): the history names writers by it. Otherwise a TokenNameError.
     */
    async create({ scope, ...row }: NewToken): Promise<StoredToken> {
      const name = row.name.trim();
      if (isReservedTokenName(name)) throw new TokenNameError('reserved', name);
      const taken = await withName(name);
      if (taken) throw new TokenNameError('taken', name, taken.id);
      const stored: TokenRow = {
        ...row,
        name,
        created_at: now(),
        revoked_at: null,
        scope: scope ? JSON.stringify(TokenScope.parse(scope)) : null,
      };
      try {
        await db.insertInto('tokens').values(stored).execute();
      } catch (error) {
        // Two creations with one name at once: the unique index refuses the second.
        const winner = await withName(name);
        if (winner) throw new TokenNameError('taken', name, winner.id);
        throw error;
      }
      return fromTokenRow(stored);
    },
    async findByHash(hash: string): Promise<StoredToken | undefined> {
      const row = await db
        .selectFrom('tokens')
        .selectAll()
        .where('token_hash', '=', hash)
        .executeTakeFirst();
      return row ? fromTokenRow(row) : undefined;
    },
    async list(): Promise<StoredToken[]> {
      const rows = await db.selectFrom('tokens').selectAll().orderBy('created_at').execute();
      return rows.map(fromTokenRow);
    },
    /** Marks a token revoked (once: a second revoke keeps the first time); undefined for an unknown id. */
    async revoke(id: string): Promise<StoredToken | undefined> {
      await db
        .updateTable('tokens')
        .set({ revoked_at: now() })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .execute();
      const row = await db.selectFrom('tokens').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? fromTokenRow(row) : undefined;
    },
  };
}

export type TokenStore = ReturnType<typeof createTokenStore>;
