import { ordosPlan } from '@plan/indicators';
import { fixturePlanFile } from '@plan/plans/testing';
import { createToken, type Store } from '@plan/store';
import { fixedClock, storeFactories } from '@plan/store/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';

const ADMIN = 'succession-test-admin-Qw7zK2pLm9Rt';
const SUBJECT = ordosPlan.subjectRegion;
/**
 * The fixture plan (invented figures) as a successor of the Ordos plan for the same region:
 * its subject region renamed to Ordos's id and its myopia baseline left blank (`—`), as a
 * successor that prints no baseline would. Its preschool baseline stays printed.
 */
const successorFile = JSON.parse(
  JSON.stringify(fixturePlanFile)
    .replaceAll('"fixture-city"', `"${SUBJECT}"`)
    .replace('"baseline":"54.0"', '"baseline":"—"'),
);
const PLAN = `/api/v1/plans/${successorFile.id}`;
const CARRIED = 'fixture-myopia-rate';
// biome-ignore lint/suspicious/noExplicitAny: answers are read field by field; the OpenAPI schemas pin their shape elsewhere
type Json = Record<string, any>;

for (const factory of storeFactories()) {
  describe.skipIf(factory.skip !== undefined)(
    `the predecessor's final values as a successor's baselines on ${factory.name}`,
    () => {
      let opened: { store: Store; dispose: () => Promise<void> };
      let get: (path: string) => Promise<Json>;
      let post: (path: string, body: unknown) => Promise<Response>;
      beforeEach(async () => {
        opened = await factory.open();
        const { store } = opened;
        const app = createApp({ store, clock: fixedClock, adminToken: ADMIN });
        const editor = (await createToken({ store }, 'bureau', 'editor', 'PLAN_ADMIN_TOKEN')).token;
        post = async (path, body) =>
          app.request(path, {
            method: 'POST',
            headers: {
              authorization: `Bearer ${path === '/api/v1/plans' ? ADMIN : editor}`,
              'content-type': 'application/json',
            },
            body: JSON.stringify(body),
          });
        expect((await post('/api/v1/plans', successorFile)).status).toBe(201);
        // The Ordos plan's record (the default plan): 2024, 2025 and an illustrative 2025 figure.
        for (const [year, value, source] of [
          [2024, 56.1, 'bulletin'],
          [2025, 55.4, 'bulletin'],
        ] as const) {
          const recorded = await post('/api/v1/observations', {
            indicatorId: 'student-myopia-rate',
            year,
            value,
            source,
          });
          expect(recorded.status).toBe(201);
        }
        get = async (path) => (await app.request(path)).json() as Promise<Json>;
      });
      afterEach(async () => opened.dispose());

      it("shows the predecessor's last official value as the carried baseline, named as such", async () => {
        const detail = await get(`${PLAN}/indicators/${CARRIED}/assessment?asOf=2027-12-31`);
        const carried = detail.observations.filter(
          (row: Json) => row.source === 'predecessor-plan',
        );
        expect(carried).toHaveLength(1);
        expect(carried[0]).toMatchObject({ indicatorId: CARRIED, date: '2025-12-31', value: 55.4 });
        expect(carried[0].note).toContain(ordosPlan.title.zh);
        expect(carried[0].note).toContain('bulletin');
        // Judged from it: the base of the successor's series.
        expect(detail.methods['time-progress'].quantities[0].baseline).toMatchObject({
          time: '2025',
          value: 55.4,
        });
      });

      it('judges the whole plan from it, and never carries onto a printed baseline', async () => {
        const plan = await get(`${PLAN}/assessments?asOf=2027-12-31&method=time-progress`);
        const myopia = plan.indicators.find((item: Json) => item.indicatorId === CARRIED);
        expect(myopia.quantities[0].baseline).toMatchObject({ time: '2025', value: 55.4 });
        const preschool = await get(
          `${PLAN}/indicators/fixture-preschool-enrolment-rate/assessment?asOf=2027-12-31`,
        );
        expect(preschool.observations.some((row: Json) => row.source === 'predecessor-plan')).toBe(
          false,
        );
      });

      it("lets the successor's own value for the same date win", async () => {
        const own = await post(`${PLAN}/observations`, {
          indicatorId: CARRIED,
          year: 2025,
          value: 55,
          source: 'bulletin',
        });
        expect(own.status).toBe(201);
        const detail = await get(`${PLAN}/indicators/${CARRIED}/assessment?asOf=2027-12-31`);
        expect(detail.observations.map((row: Json) => [row.source, row.value])).toEqual([
          ['bulletin', 55],
        ]);
      });

      it('carries nothing into a district or for the predecessor itself', async () => {
        const district = await get(
          `${PLAN}/indicators/${CARRIED}/assessment?asOf=2027-12-31&region=fixture-east-district`,
        );
        expect(district.observations).toEqual([]);
        const ordos = await get(
          '/api/v1/indicators/student-myopia-rate/assessment?asOf=2025-12-31',
        );
        expect(ordos.observations.some((row: Json) => row.source === 'predecessor-plan')).toBe(
          false,
        );
      });
    },
  );
}
