import { createToken, type Store } from '@plan/store';
import { postgresFactory, type StoreFactory, sqliteFile } from '@plan/store/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import type { App } from '../appTypes.js';

const WRITERS = 8;
const INCREMENTS = 6;

function concurrencySuite(factory: StoreFactory) {
  describe.skipIf(factory.skip !== undefined)(`many writers at once on ${factory.name}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    let app: App;
    let token: string;
    beforeEach(async () => {
      ({ store, dispose } = await factory.open());
      app = createApp({ store, clock: () => new Date(), writeRatePerMinute: 1_000_000 });
      token = (await createToken({ store }, 'writer', 'editor', 'test')).token;
    });
    afterEach(async () => dispose());

    const headers = () => ({
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
    });

    it('lose no update: each read-modify-write either lands or gets 412 and retries, and the history has every change', async () => {
      const ids: string[] = [];
      for (const region of ['ordos', 'dongsheng', 'uxin']) {
        const created = await app.request('/api/v1/observations', {
          method: 'POST',
          headers: headers(),
          body: JSON.stringify({
            indicatorId: 'first-grade-athletes',
            region,
            year: 2023,
            value: 100,
          }),
        });
        ids.push(((await created.json()) as { id: string }).id);
      }
      let conflicts = 0;
      const writer = async (writerIndex: number) => {
        for (const id of ids) {
          for (let done = 0; done < INCREMENTS; ) {
            const read = await app.request(`/api/v1/observations/${id}`);
            const etag = read.headers.get('etag') ?? '';
            const current = (await read.json()) as { value: number };
            const write = await app.request(`/api/v1/observations/${id}`, {
              method: 'PATCH',
              headers: { ...headers(), 'if-match': etag },
              body: JSON.stringify({ value: current.value + 1, reason: `writer ${writerIndex}` }),
            });
            if (write.status === 200) done++;
            else if (write.status === 412) conflicts++;
            else throw new Error(`unexpected ${write.status}: ${await write.text()}`);
          }
        }
      };
      await Promise.all(Array.from({ length: WRITERS }, (_, index) => writer(index)));
      expect(conflicts).toBeGreaterThan(0);
      for (const id of ids) {
        const final = (await (await app.request(`/api/v1/observations/${id}`)).json()) as {
          value: number;
          version: number;
        };
        expect(final.value).toBe(100 + WRITERS * INCREMENTS);
        expect(final.version).toBe(1 + WRITERS * INCREMENTS);
        const history = (await (
          await app.request(`/api/v1/observations/${id}/history`, { headers: headers() })
        ).json()) as {
          items: {
            revision: number;
            old: { value: number } | null;
            new: { value: number } | null;
          }[];
        };
        expect(history.items).toHaveLength(1 + WRITERS * INCREMENTS);
        // Each change starts from the value the one before it left.
        history.items.slice(1).forEach((item, index) => {
          expect(item.revision).toBe(index + 2);
          expect(item.old?.value).toBe(history.items[index]?.new?.value);
          expect(item.new?.value).toBe((item.old?.value ?? 0) + 1);
        });
      }
    }, 120_000);
  });
}

concurrencySuite(sqliteFile);
concurrencySuite(postgresFactory());
