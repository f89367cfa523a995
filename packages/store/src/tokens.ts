import { sql } from 'kysely';
import { lockUnitRow } from './_lib/lockUnitRow.js';
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

/**
 * A token asked for a retired unit: a retired unit does no work (it has no items and sends no
 * reports), so no token reports for it until it is returned to service.
 */
export class RetiredUnitTokenError extends BilingualError {
  constructor(readonly unitId: string) {
    super({
      zh: `单位“${unitId}”已撤销，不再承担任何工作，不能为它创建令牌：请先恢复该单位，或选择在用的单位`,
      en: `unit "${unitId}" is retired and does no work, so no token may report for it: return the unit to service first, or choose a unit in service`,
    });
    this.name = 'RetiredUnitTokenError';
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
     * A token for a retired unit is refused (RetiredUnitTokenError), checked in the insert's
     * transaction; whether a unit named exists is the caller's to check.
     */
    async create({ scope, ...row }: NewToken): Promise<StoredToken> {
      const name = row.name.trim();
      if (isReservedTokenName(name)) throw new TokenNameError('reserved', name);
      const taken = await withName(name);
      if (taken) throw new TokenNameError('taken', name, taken.id);
      const checked = scope ? TokenScope.parse(scope) : null;
      const stored: TokenRow = {
        ...row,
        name,
        created_at: now(),
        revoked_at: null,
        scope: checked ? JSON.stringify(checked) : null,
      };
      try {
        await db.transaction().execute(async (trx) => {
          const unitId = checked?.unit;
          if (unitId !== undefined) {
            await lockUnitRow(trx, unitId);
            const unit = await trx
              .selectFrom('units')
              .select('retired_at')
              .where('id', '=', unitId)
              .executeTakeFirst();
            if (unit && unit.retired_at !== null) throw new RetiredUnitTokenError(unitId);
          }
          await trx.insertInto('tokens').values(stored).execute();
        });
      } catch (error) {
        if (error instanceof RetiredUnitTokenError) throw error;
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
