import { fixturePlanFile } from '@plan/plans/testing';
import { createToken, type Store } from '@plan/store';
import { fixedClock, storeFactories } from '@plan/store/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';

const ADMIN = 'amendment-test-admin-Qw7zK2pLm9Rt';
const PLAN = `/api/v1/plans/${fixturePlanFile.id}`;
const AMENDED = 'fixture-preschool-enrolment-rate';
// biome-ignore lint/suspicious/noExplicitAny: answers are read field by field; the OpenAPI schemas pin their shape elsewhere
type Json = Record<string, any>;

for (const factory of storeFactories()) {
  describe.skipIf(factory.skip !== undefined)(
    `an added plan's amendments on ${factory.name}`,
    () => {
      let opened: { store: Store; dispose: () => Promise<void> };
      let get: (path: string) => Promise<Json>;
      beforeEach(async () => {
        opened = await factory.open();
        const { store } = opened;
        const app = createApp({ store, clock: fixedClock, adminToken: ADMIN });
        const editor = (await createToken({ store }, 'bureau', 'editor', 'PLAN_ADMIN_TOKEN')).token;
        const post = (token: string, path: string, body: unknown) =>
          app.request(path, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify(body),
          });
        expect((await post(ADMIN, '/api/v1/plans', fixturePlanFile)).status).toBe(201);
        // 96.5 meets the printed target (≥96.0) and not the amended one (≥97.0, from 2028-07-01).
        const recorded = await post(editor, `${PLAN}/observations`, {
          indicatorId: AMENDED,
          date: '2028-06-01',
          value: 96.5,
          source: 'bulletin',
        });
        expect(recorded.status).toBe(201);
        get = async (path) => (await app.request(path)).json() as Promise<Json>;
      });
      afterEach(async () => opened.dispose());

      const judged = (assessment: Json) =>
        assessment.indicators.find((item: Json) => item.indicatorId === AMENDED);

      it('judges against the target in force: the printed one before the effective date, the amended one from it', async () => {
        const before = await get(`${PLAN}/assessments?asOf=2028-06-30&method=time-progress`);
        const from = await get(`${PLAN}/assessments?asOf=2028-07-01&method=time-progress`);
        expect(judged(before).quantities[0].target.printed).toBe('≥96.0');
        expect(judged(from).quantities[0].target.printed).toBe('≥97.0');
        expect(before.amendmentsApplied ?? []).toEqual([]);
        expect(from.amendmentsApplied.map((amendment: Json) => amendment.id)).toEqual([
          'fixture-raise-preschool-target',
        ]);
        expect(judged(before).achieved).toBe(true);
        expect(judged(from).achieved).toBe(false);
      });

      it('uses the target in force for one indicator too', async () => {
        const path = `${PLAN}/indicators/${AMENDED}/assessment`;
        const before = await get(`${path}?asOf=2028-06-30`);
        const from = await get(`${path}?asOf=2028-07-01`);
        expect(before.methods['time-progress'].achieved).toBe(true);
        expect(from.methods['time-progress'].achieved).toBe(false);
      });
    },
  );
}
