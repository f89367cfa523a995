import { expect, it } from 'vitest';
import { ConflictError } from './conflictError.js';
import { describeOnEveryStore, newObservation as observation } from './testing/index.js';

const actor = { id: 'token-1', name: 'admin' };
const file = {
  format: 'plan-file/1',
  id: 'fixture-plan',
  title: { zh: '测试规划', en: 'Fixture' },
};

describeOnEveryStore('plans', (store) => {
  it('stores a plan file and gives it back exactly, with who added it', async () => {
    const saved = await store().savePlan({ id: 'fixture-plan', file }, actor);
    expect(saved).toMatchObject({
      id: 'fixture-plan',
      file,
      createdBy: 'admin',
      actorId: 'token-1',
    });
    expect(await store().getPlan('fixture-plan')).toEqual(saved);
    expect(await store().listPlans()).toEqual([saved]);
    expect(await store().getPlan('other')).toBeUndefined();
  });

  it('refuses a second plan with the same id, writing nothing', async () => {
    await store().savePlan({ id: 'fixture-plan', file }, actor);
    const version = await store().dataVersion();
    await expect(
      store().savePlan({ id: 'fixture-plan', file: { ...file, title: 'x' } }, actor, {
        observations: [observation()],
      }),
    ).rejects.toThrow(ConflictError);
    expect((await store().getPlan('fixture-plan'))?.file).toEqual(file);
    expect(await store().forPlan('fixture-plan').countObservations()).toBe(0);
    expect(await store().dataVersion()).toBe(version);
  });

  it('stores the observations a plan brings under that plan, in the same write', async () => {
    await store().savePlan({ id: 'fixture-plan', file }, actor, {
      observations: [observation({ source: 'plan' })],
      reason: 'the plan’s baselines',
    });
    const rows = await store().forPlan('fixture-plan').listObservations();
    expect(rows).toMatchObject([{ source: 'plan', createdReason: 'the plan’s baselines' }]);
    expect(await store().countObservations()).toBe(0);
  });
});

describeOnEveryStore('observations belong to a plan', (store) => {
  it('keeps the same natural key apart in two plans', async () => {
    const ordos = await store().createObservation(observation({ value: 44 }), actor);
    const other = await store()
      .forPlan('fixture-plan')
      .createObservation(observation({ value: 12 }), actor);
    expect(await store().listObservations()).toEqual([ordos]);
    expect(await store().forPlan('fixture-plan').listObservations()).toEqual([other]);
    expect(await store().forPlan('fixture-plan').countObservations()).toBe(1);
  });

  it('does not find, correct or delete an observation through another plan', async () => {
    const ordos = await store().createObservation(observation(), actor);
    const elsewhere = store().forPlan('fixture-plan');
    expect(await elsewhere.getObservation(ordos.id)).toBeUndefined();
    expect(await elsewhere.updateObservation(ordos.id, 1, { note: 'x' }, actor, null)).toEqual({
      status: 'not_found',
    });
    expect(await elsewhere.deleteObservation(ordos.id, 1, actor, null)).toEqual({
      status: 'not_found',
    });
    expect(await store().getObservation(ordos.id)).toEqual(ordos);
  });

  it('removes only the plan’s own demo figures', async () => {
    await store().createObservation(observation({ source: 'demo' }), actor);
    await store()
      .forPlan('fixture-plan')
      .createObservation(observation({ source: 'demo' }), actor);
    expect(await store().forPlan('fixture-plan').deleteIllustrative(actor)).toBe(1);
    expect(await store().listObservations({ includeIllustrative: true })).toHaveLength(1);
  });
});
