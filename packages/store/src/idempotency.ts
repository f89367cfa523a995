import type { StoreContext } from './_lib/storeContext.js';
import { ConflictError } from './conflictError.js';

/**
 * Idempotency keys: a write sent again with the same key is answered from the
 * first response instead of being done twice.
 */
export function createIdempotency({ db, now }: StoreContext) {
  return {
    /**
     * Runs `run` once per key and stores its response; a repeat with the same
     * request (`requestHash`) replays that response, one with another request is a conflict.
     */
    async idempotent<T>(
      key: string,
      requestHash: string,
      run: () => Promise<T>,
    ): Promise<{ replay: boolean; response: T }> {
      const stored = await db
        .selectFrom('idempotency_keys')
        .selectAll()
        .where('key', '=', key)
        .executeTakeFirst();
      if (stored) {
        if (stored.request_hash !== requestHash) {
          throw new ConflictError(
            {
              zh: `幂等键 Idempotency-Key“${key}”已用于另一个不同的请求`,
              en: `Idempotency-Key "${key}" was already used with a different request`,
            },
            '',
          );
        }
        return { replay: true, response: JSON.parse(stored.response_json) as T };
      }
      const response = await run();
      await db
        .insertInto('idempotency_keys')
        .values({
          key,
          request_hash: requestHash,
          created_at: now(),
          response_json: JSON.stringify(response),
        })
        .onConflict((conflict) => conflict.column('key').doNothing())
        .execute();
      return { replay: false, response };
    },
  };
}
