import { createToken, type Store } from '@plan/store';
import { storeFactories } from '@plan/store/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp } from '../_test/testApp.js';

// biome-ignore lint/suspicious/noExplicitAny: answers are read field by field; the OpenAPI contract (testApp) pins their shape
type Json = Record<string, any>;

const target = (region: string, value: number) => ({
  indicatorId: 'regular-exercise-share',
  region,
  value: { kind: 'number', value, decimals: 0, printed: String(value) },
  source: '旗区体育发展目标责任书（测试）',
});

for (const factory of storeFactories()) {
  describe.skipIf(factory.skip !== undefined)(
    `importing district targets on ${factory.name}`,
    () => {
      let opened: { store: Store; dispose: () => Promise<void> };
      let t: Awaited<ReturnType<typeof testApp>>;
      let city: string;
      let district: string;
      beforeEach(async () => {
        opened = await factory.open();
        t = await testApp({ store: opened.store });
        const scoped = async (name: string, regions: string[]) =>
          (await createToken(t, name, 'editor', 'test', { scope: { regions } })).token;
        city = await scoped('city-bureau', ['ordos']);
        district = await scoped('dongsheng-bureau', ['dongsheng']);
      });
      afterEach(async () => {
        await t.close();
        await opened.dispose();
      });

      const post = async (token: string, body: unknown, query = '') => {
        const response = await t.app.request(`/api/v1/region-targets${query}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        return { status: response.status, body: (await response.json()) as Json };
      };
      const stored = async () =>
        ((await (await t.app.request('/api/v1/region-targets')).json()) as Json).items.map(
          (item: Json) => [item.region, item.value.value],
        );

      it('imports the bureau’s list at once, a dry run first, each replacing the one there was', async () => {
        const items = [target('dongsheng', 46), target('dalad', 44)];
        const dry = await post(city, { items }, '?dryRun=true');
        expect(dry).toMatchObject({ status: 200, body: { dryRun: true, created: 2, replaced: 0 } });
        expect(await stored()).toEqual([]);
        expect((await post(city, { items })).body).toMatchObject({ created: 2, replaced: 0 });
        const again = await post(city, { items: [target('dongsheng', 47), target('uxin', 40)] });
        expect(again.body).toMatchObject({ dryRun: false, targets: 2, created: 1, replaced: 1 });
        expect(await stored()).toEqual([
          ['dalad', 44],
          ['dongsheng', 47],
          ['uxin', 40],
        ]);
      });

      it('refuses the whole list for any problem, listing every one with its path, and writes nothing', async () => {
        const answer = await post(city, {
          items: [
            target('dongsheng', 46),
            target('ordos', 46), // the city's target is the plan's
            { ...target('dalad', 46), indicatorId: 'no-such-indicator' },
            target('dongsheng', 48), // twice
            { ...target('uxin', 46), value: { kind: 'ratio', printed: '1:2', parts: [1, 2] } },
          ],
        });
        expect(answer.status).toBe(400);
        const paths = answer.body.errors.map((error: Json) => error.path);
        expect(paths).toEqual(
          expect.arrayContaining([
            'body.items.1.region',
            'body.items.2.indicatorId',
            'body.items.3',
            expect.stringMatching(/^body\.items\.4\./),
          ]),
        );
        expect(await stored()).toEqual([]);
      });

      it('refuses a district token, and a list reaching outside the token’s scope', async () => {
        expect((await post(district, { items: [target('dongsheng', 46)] })).status).toBe(403);
        expect(await stored()).toEqual([]);
      });
    },
  );
}
