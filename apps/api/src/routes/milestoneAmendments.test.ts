import { fixturePlanFile } from '@plan/plans/testing';
import { createToken, type Store } from '@plan/store';
import { fixedClock, storeFactories } from '@plan/store/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';

const ADMIN = 'milestone-amendment-admin-Qw7zK2pLm9Rt';
const PLAN = `/api/v1/plans/${fixturePlanFile.id}`;
/** The fixture's project target on 学前教育毛入园率: ≥95 in its (invented) text. */
const TARGET = 'T-P01-M2-1';
/** The fixture plan with one more (invented) amendment: that target raised to ≥97.0 from 2028-07-01. */
const amendedFile = {
  ...fixturePlanFile,
  amendments: [
    ...(fixturePlanFile.amendments ?? []),
    {
      id: 'fixture-raise-project-target',
      kind: 'target',
      indicatorId: 'fixture-preschool-enrolment-rate',
      targetId: TARGET,
      value: '≥97.0',
      effectiveDate: '2028-07-01',
      reason: '测试用调整（虚构）',
      decidedBy: { title: '虚构文件（测试用）' },
    },
  ],
};
// biome-ignore lint/suspicious/noExplicitAny: answers are read field by field; the OpenAPI schemas pin their shape elsewhere
type Json = Record<string, any>;

for (const factory of storeFactories()) {
  describe.skipIf(factory.skip !== undefined)(
    `a project target's amendment in the milestones on ${factory.name}`,
    () => {
      let opened: { store: Store; dispose: () => Promise<void> };
      let get: (path: string) => Promise<Json>;
      beforeEach(async () => {
        opened = await factory.open();
        const { store } = opened;
        const app = createApp({ store, clock: fixedClock, adminToken: ADMIN });
        const editor = (await createToken({ store }, 'bureau', 'editor', 'PLAN_ADMIN_TOKEN')).token;
        const post = async (token: string, path: string, body: unknown) =>
          app.request(path, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify(body),
          });
        expect((await post(ADMIN, '/api/v1/plans', amendedFile)).status).toBe(201);
        // 96.5 meets the printed ≥95 and not the amended ≥97.0.
        const recorded = await post(editor, `${PLAN}/observations`, {
          indicatorId: 'fixture-preschool-enrolment-rate',
          date: '2028-06-01',
          value: 96.5,
          source: 'bulletin',
        });
        expect(recorded.status).toBe(201);
        get = async (path) => (await app.request(path)).json() as Promise<Json>;
      });
      afterEach(async () => opened.dispose());

      const item = (answer: Json) => answer.items.find((entry: Json) => entry.target.id === TARGET);

      it('judges against the printed target before the effective date and the amended one from it', async () => {
        const before = item(await get(`${PLAN}/milestones?asOf=2028-06-30`));
        const from = item(await get(`${PLAN}/milestones?asOf=2028-07-01`));
        expect(before.amendment).toBeUndefined();
        expect(from.amendment).toMatchObject({
          id: 'fixture-raise-project-target',
          printed: '≥97.0',
          inForce: { comparator: 'gte', value: 97 },
        });
        // The target stays as the plan prints it.
        expect(from.target).toMatchObject({ comparator: 'gte', value: 95 });
        expect(before.assessment.status).toBe('met');
        expect(from.assessment.status).not.toBe('met');
      });
    },
  );
}
