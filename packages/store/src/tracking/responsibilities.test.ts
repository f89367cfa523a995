import { expect, it } from 'vitest';
import { ConflictError } from '../conflictError.js';
import { describeOnEveryStore, FIXED_NOW } from '../testing/index.js';
import { DuplicateItemError, UnknownUnitError } from './errors.js';

const admin = { id: 'token-admin', name: 'admin' };
const at = FIXED_NOW.toISOString();

describeOnEveryStore('responsibilities', (store) => {
  const units = async () => {
    for (const [id, nameZh] of [
      ['basic-education', '基础教育科'],
      ['sports', '市体育局'],
      ['finance', '市财政局'],
    ] as const)
      await store().units.create({ id, nameZh }, admin);
  };

  it('assigns an item its lead and cooperating units, bumping the data version', async () => {
    await units();
    const before = await store().dataVersion();
    const put = await store().putResponsibility(
      'P08-M2',
      { lead: 'basic-education', cooperating: ['sports', 'finance', 'sports', 'basic-education'] },
      admin,
      '局党组会议确定',
    );
    // Each cooperating unit once, and never the lead.
    expect(put).toEqual({
      itemId: 'P08-M2',
      lead: 'basic-education',
      cooperating: ['sports', 'finance'],
      version: 1,
      updatedAt: at,
      updatedBy: 'admin',
    });
    expect(await store().dataVersion()).toBe(before + 1);
    expect(await store().listResponsibilities()).toEqual([put]);
    expect(await store().getResponsibility('P08-M2')).toEqual(put);
    expect(await store().getResponsibility('P08-M3')).toBeUndefined();
  });

  it('keeps every reassignment in the history with actor, time and reason', async () => {
    await units();
    await store().putResponsibility(
      'T-P08-M2-1',
      { lead: 'basic-education', cooperating: [] },
      admin,
      '首次分工',
    );
    await store().putResponsibility(
      'T-P08-M2-1',
      { lead: 'sports', cooperating: ['finance'] },
      { id: 'token-2', name: 'bureau' },
      '机构调整',
    );
    // The same assignment again is no change: not recorded, the version not bumped.
    const before = await store().dataVersion();
    const same = await store().putResponsibility(
      'T-P08-M2-1',
      { lead: 'sports', cooperating: ['finance'] },
      admin,
    );
    expect(same.version).toBe(2);
    expect(await store().dataVersion()).toBe(before);
    await store().putResponsibility('T-P08-M2-1', { lead: null, cooperating: [] }, admin);
    expect(await store().responsibilityHistory('T-P08-M2-1')).toEqual([
      {
        itemId: 'T-P08-M2-1',
        version: 1,
        old: null,
        new: { lead: 'basic-education', cooperating: [] },
        actor: 'admin',
        actorId: 'token-admin',
        at,
        reason: '首次分工',
      },
      {
        itemId: 'T-P08-M2-1',
        version: 2,
        old: { lead: 'basic-education', cooperating: [] },
        new: { lead: 'sports', cooperating: ['finance'] },
        actor: 'bureau',
        actorId: 'token-2',
        at,
        reason: '机构调整',
      },
      {
        itemId: 'T-P08-M2-1',
        version: 3,
        old: { lead: 'sports', cooperating: ['finance'] },
        new: { lead: null, cooperating: [] },
        actor: 'admin',
        actorId: 'token-admin',
        at,
        reason: null,
      },
    ]);
    expect(await store().responsibilityHistory('P01-M1')).toEqual([]);
  });

  it('refuses an unknown unit, naming it and the item, and writes nothing', async () => {
    await units();
    const before = await store().dataVersion();
    const put = store().putResponsibility(
      'P08-M2',
      { lead: 'basic-education', cooperating: ['nobody', 'ghost'] },
      admin,
    );
    await expect(put).rejects.toBeInstanceOf(UnknownUnitError);
    await expect(put).rejects.toThrow('unknown units "nobody", "ghost" (for P08-M2)');
    await expect(put).rejects.toMatchObject({ unitIds: ['nobody', 'ghost'], itemId: 'P08-M2' });
    expect(await store().listResponsibilities()).toEqual([]);
    expect(await store().responsibilityHistory('P08-M2')).toEqual([]);
    expect(await store().dataVersion()).toBe(before);
  });

  it('sets many items all or nothing, counting the new, the changed and the unchanged', async () => {
    await units();
    await store().putResponsibility('P01-M1', { lead: 'sports', cooperating: [] }, admin);
    await store().putResponsibility('P01-M2', { lead: 'sports', cooperating: [] }, admin);
    const before = await store().dataVersion();
    const outcome = await store().putResponsibilities(
      [
        { itemId: 'P01-M1', lead: 'sports', cooperating: [] },
        { itemId: 'P01-M2', lead: 'finance', cooperating: ['sports'], reason: '导入' },
        { itemId: 'T-P01-M2-1', lead: null, cooperating: ['basic-education'] },
      ],
      admin,
    );
    expect(outcome).toEqual({ created: 1, updated: 1, unchanged: 1 });
    expect(await store().dataVersion()).toBe(before + 1);
    expect((await store().responsibilityHistory('P01-M2')).at(-1)?.reason).toBe('导入');

    // One bad row (an unknown unit) and nothing of the list is written.
    const failing = store().putResponsibilities(
      [
        { itemId: 'P02-M1', lead: 'finance', cooperating: [] },
        { itemId: 'P01-M1', lead: 'basic-education', cooperating: [] },
        { itemId: 'P02-M2', lead: 'nobody', cooperating: [] },
      ],
      admin,
    );
    await expect(failing).rejects.toThrow('unknown unit "nobody" (for P02-M2)');
    // The same item twice cannot be told apart: refused before anything is written.
    await expect(
      store().putResponsibilities(
        [
          { itemId: 'P02-M1', lead: 'finance', cooperating: [] },
          { itemId: 'P02-M1', lead: 'sports', cooperating: [] },
        ],
        admin,
      ),
    ).rejects.toBeInstanceOf(DuplicateItemError);
    expect((await store().listResponsibilities()).map((row) => [row.itemId, row.lead])).toEqual([
      ['P01-M1', 'sports'],
      ['P01-M2', 'finance'],
      ['T-P01-M2-1', null],
    ]);
    expect(await store().responsibilityHistory('P02-M1')).toEqual([]);
    expect(await store().dataVersion()).toBe(before + 1);
    expect(await store().putResponsibilities([], admin)).toEqual({
      created: 0,
      updated: 0,
      unchanged: 0,
    });
  });

  it('keeps each plan’s responsibilities apart, over the same units', async () => {
    await units();
    await store().putResponsibility('P08-M2', { lead: 'sports', cooperating: [] }, admin);
    const other = store().forPlan('another-plan');
    expect(await other.listResponsibilities()).toEqual([]);
    await other.putResponsibility('P08-M2', { lead: 'finance', cooperating: [] }, admin);
    expect((await store().listResponsibilities()).map((row) => row.lead)).toEqual(['sports']);
    expect((await other.responsibilityHistory('P08-M2')).length).toBe(1);
    expect((await store().responsibilityHistory('P08-M2')).length).toBe(1);
  });

  it('keeps the history whole when an item is reassigned at the same time by several writers', async () => {
    await units();
    const leads = ['basic-education', 'sports', 'finance', 'sports'];
    const outcomes = await Promise.allSettled(
      leads.map((lead) => store().putResponsibility('P08-M2', { lead, cooperating: [] }, admin)),
    );
    // Each write either lands as its own version or is refused as a conflict; none is lost silently.
    for (const outcome of outcomes)
      if (outcome.status === 'rejected') expect(outcome.reason).toBeInstanceOf(ConflictError);
    const history = await store().responsibilityHistory('P08-M2');
    expect(history.map((step) => step.version)).toEqual(history.map((_, index) => index + 1));
    for (const [index, step] of history.entries())
      if (index > 0) expect(step.old).toEqual(history[index - 1]?.new);
    expect((await store().getResponsibility('P08-M2'))?.lead).toBe(history.at(-1)?.new.lead);
  });
});
