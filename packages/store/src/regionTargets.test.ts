import { expect, it } from 'vitest';
import { describeOnEveryStore, FIXED_NOW } from './testing/index.js';

const bureau = { id: 'token-city', name: 'city-bureau' };
const target = {
  indicatorId: 'student-myopia-rate',
  region: 'dongsheng',
  value: 55,
  source: '东胜区教育局 2022 年工作要点',
};

describeOnEveryStore('region targets', (store) => {
  it('stores a district’s target with its source, and lists the plan’s targets', async () => {
    const before = await store().dataVersion();
    const put = await store().putRegionTarget(target, bureau);
    expect(put).toEqual({
      created: true,
      target: {
        ...target,
        note: null,
        createdAt: FIXED_NOW.toISOString(),
        createdBy: 'city-bureau',
        updatedAt: FIXED_NOW.toISOString(),
        updatedBy: 'city-bureau',
      },
    });
    expect(await store().dataVersion()).toBe(before + 1);
    await store().putRegionTarget(
      { ...target, region: 'kangbashi', value: { ratio: [1, 2] } },
      bureau,
    );
    expect(
      (await store().listRegionTargets()).map((row) => [row.indicatorId, row.region, row.value]),
    ).toEqual([
      ['student-myopia-rate', 'dongsheng', 55],
      ['student-myopia-rate', 'kangbashi', { ratio: [1, 2] }],
    ]);
    expect((await store().listRegionTargets({ region: 'kangbashi' })).length).toBe(1);
    expect((await store().listRegionTargets({ indicatorId: 'other' })).length).toBe(0);
  });

  it('sets many in one transaction, counting the new and the replaced, the version once', async () => {
    await store().putRegionTarget(target, bureau);
    const before = await store().dataVersion();
    const outcome = await store().putRegionTargets(
      [
        { ...target, value: 54 },
        { ...target, region: 'kangbashi', value: 50 },
        { ...target, region: 'dalad', value: 52, note: '试行' },
      ],
      bureau,
    );
    expect(outcome).toEqual({ created: 2, replaced: 1 });
    expect(await store().dataVersion()).toBe(before + 1);
    expect(
      (await store().listRegionTargets()).map((row) => [row.region, row.value, row.note]),
    ).toEqual([
      ['dalad', 52, '试行'],
      ['dongsheng', 54, null],
      ['kangbashi', 50, null],
    ]);
    expect(await store().putRegionTargets([], bureau)).toEqual({ created: 0, replaced: 0 });
  });

  it('replaces the target there was, keeping who first set it', async () => {
    await store().putRegionTarget(target, { name: 'first' });
    const put = await store().putRegionTarget({ ...target, value: 54, note: 'revised' }, bureau);
    expect(put).toMatchObject({
      created: false,
      target: { value: 54, note: 'revised', createdBy: 'first', updatedBy: 'city-bureau' },
    });
    expect(await store().listRegionTargets()).toEqual([put.target]);
  });

  it('keeps each plan’s targets apart', async () => {
    await store().putRegionTarget(target, bureau);
    const other = store().forPlan('another-plan');
    expect(await other.listRegionTargets()).toEqual([]);
    await other.putRegionTarget({ ...target, value: 50 }, bureau);
    expect((await store().listRegionTargets()).map((row) => row.value)).toEqual([55]);
    expect(await other.deleteRegionTarget(target.indicatorId, target.region)).toBe(true);
    expect((await store().listRegionTargets()).length).toBe(1);
  });

  it('deletes a target, and says when there was none', async () => {
    await store().putRegionTarget(target, bureau);
    const before = await store().dataVersion();
    expect(await store().deleteRegionTarget(target.indicatorId, target.region)).toBe(true);
    expect(await store().deleteRegionTarget(target.indicatorId, target.region)).toBe(false);
    expect(await store().listRegionTargets()).toEqual([]);
    expect(await store().dataVersion()).toBe(before + 1);
  });
});
