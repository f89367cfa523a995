import { expect, it } from 'vitest';
import { ConflictError } from './conflictError.js';
import { describeOnEveryStore } from './testing/index.js';

describeOnEveryStore('idempotency keys', (store) => {
  it('answers a repeated key from the first response, and refuses it for another request', async () => {
    let runs = 0;
    const first = await store().idempotent('key-1', 'hash-a', async () => ({ runs: ++runs }));
    const again = await store().idempotent('key-1', 'hash-a', async () => ({ runs: ++runs }));
    expect(first).toEqual({ replay: false, response: { runs: 1 } });
    expect(again).toEqual({ replay: true, response: { runs: 1 } });
    await expect(
      store().idempotent('key-1', 'hash-b', async () => ({ runs: ++runs })),
    ).rejects.toThrow(ConflictError);
    expect(runs).toBe(1);
  });

  it('stores nothing when the work fails, so the key can be used again', async () => {
    await expect(
      store().idempotent('key-2', 'hash-a', async () => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await store().idempotent('key-2', 'hash-a', async () => 'done')).toEqual({
      replay: false,
      response: 'done',
    });
  });
});
