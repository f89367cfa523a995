import { expect, it } from 'vitest';
import { createToken } from '../createToken.js';
import { describeOnEveryStore, FIXED_NOW } from '../testing/index.js';
import { DuplicateUnitError, UnknownUnitError } from './errors.js';
import { RetiredUnitError } from './units.js';

const admin = { id: 'token-admin', name: 'admin' };
const at = FIXED_NOW.toISOString();

describeOnEveryStore('unit corrections', (store) => {
  const unit = (id = 'basic-education', nameZh = '基础教育科') =>
    store().units.create({ id, nameZh }, admin);

  it('renames a unit at its version, keeping its id, and records the change', async () => {
    await unit();
    const before = await store().dataVersion();
    const result = await store().units.update(
      'basic-education',
      1,
      { nameZh: ' 基础教育与学前教育科 ', nameEn: 'Basic and Preschool Education' },
      admin,
    );
    expect(result).toMatchObject({
      status: 'changed',
      unit: {
        id: 'basic-education',
        nameZh: '基础教育与学前教育科',
        nameEn: 'Basic and Preschool Education',
        version: 2,
        retiredAt: null,
      },
    });
    expect(await store().dataVersion()).toBe(before + 1);
    expect(await store().units.history('basic-education')).toEqual([
      {
        unitId: 'basic-education',
        version: 2,
        action: 'renamed',
        old: { nameZh: '基础教育科', nameEn: null, retired: false },
        new: {
          nameZh: '基础教育与学前教育科',
          nameEn: 'Basic and Preschool Education',
          retired: false,
        },
        actor: 'admin',
        actorId: 'token-admin',
        at,
      },
    ]);
  });

  it('refuses a stale version or a name another unit has, writing nothing', async () => {
    await unit();
    await unit('sports', '体育科');
    await store().units.update('basic-education', 1, { nameEn: 'Basic' }, admin);
    const before = await store().dataVersion();
    expect(
      await store().units.update('basic-education', 1, { nameEn: 'Other' }, admin),
    ).toMatchObject({ status: 'stale', current: { version: 2, nameEn: 'Basic' } });
    await expect(
      store().units.update('basic-education', 2, { nameZh: '体育科' }, admin),
    ).rejects.toBeInstanceOf(DuplicateUnitError);
    expect((await store().units.delete('basic-education', 1, admin)).status).toBe('stale');
    expect(await store().dataVersion()).toBe(before);
    expect(await store().units.history('basic-education')).toHaveLength(1);
    expect((await store().units.update('nobody', 1, { nameEn: 'x' }, admin)).status).toBe(
      'not_found',
    );
  });

  it('deletes a unit nothing names, keeping the deletion in its history', async () => {
    await unit();
    expect(await store().units.delete('basic-education', 1, admin)).toEqual({
      status: 'deleted',
    });
    expect(await store().units.get('basic-education')).toBeUndefined();
    expect(await store().units.history('basic-education')).toMatchObject([
      { action: 'deleted', version: 1, new: null, old: { nameZh: '基础教育科' } },
    ]);
  });

  it('never deletes a unit something names, and names each reference', async () => {
    await unit();
    await store().putResponsibility('P08-M2', { lead: 'basic-education', cooperating: [] }, admin);
    await store().addMeasureReport(
      {
        measureId: 'P08-M2',
        period: '2024',
        status: 'done',
        narrative: '完成',
        unit: 'basic-education',
      },
      admin,
    );
    await createToken({ store: store() }, 'unit-token', 'editor', 'admin', {
      scope: { unit: 'basic-education' },
    });
    const before = await store().dataVersion();
    const refused = await store().units.delete('basic-education', 1, admin);
    expect(refused).toEqual({
      status: 'referenced',
      current: expect.objectContaining({ id: 'basic-education' }),
      references: {
        responsibilities: [{ planId: expect.any(String), itemId: 'P08-M2', as: 'lead' }],
        tokens: [{ name: 'unit-token', revoked: false }],
        reports: 1,
        responsibilityChanges: 1,
      },
    });
    expect(await store().units.get('basic-education')).toBeDefined();
    expect(await store().dataVersion()).toBe(before);
    // A cooperating unit counts too.
    await unit('sports', '体育科');
    await store().putResponsibility('P01-M1', { lead: null, cooperating: ['sports'] }, admin);
    expect(await store().units.references('sports')).toMatchObject({
      responsibilities: [{ itemId: 'P01-M1', as: 'cooperating' }],
    });
  });

  it('retires a unit only once it has no items and no live tokens; a retired unit gets no new work', async () => {
    await unit();
    await store().putResponsibility('P08-M2', { lead: 'basic-education', cooperating: [] }, admin);
    const token = await createToken({ store: store() }, 'unit-token', 'editor', 'admin', {
      scope: { unit: 'basic-education' },
    });
    const busy = await store().units.update('basic-education', 1, { retired: true }, admin);
    expect(busy).toMatchObject({
      status: 'referenced',
      references: { responsibilities: [{ itemId: 'P08-M2' }], tokens: [{ revoked: false }] },
    });
    expect((await store().units.get('basic-education'))?.retiredAt).toBeNull();
    await store().putResponsibility('P08-M2', { lead: null, cooperating: [] }, admin);
    await store().tokens.revoke(token.info.id);
    const retired = await store().units.update('basic-education', 1, { retired: true }, admin);
    expect(retired).toMatchObject({ status: 'changed', unit: { version: 2, retiredAt: at } });
    // Still listed, still named by its history; no new assignment, no new report.
    expect((await store().units.list()).map((row) => row.id)).toEqual(['basic-education']);
    const assign = store().putResponsibility(
      'P08-M2',
      { lead: 'basic-education', cooperating: [] },
      admin,
    );
    await expect(assign).rejects.toBeInstanceOf(UnknownUnitError);
    await expect(assign).rejects.toBeInstanceOf(RetiredUnitError);
    await expect(assign).rejects.toThrow(/retired/);
    await expect(
      store().addMeasureReport(
        {
          measureId: 'P08-M2',
          period: '2024',
          status: 'done',
          narrative: '完成',
          unit: 'basic-education',
        },
        admin,
      ),
    ).rejects.toBeInstanceOf(RetiredUnitError);
    // Back in service.
    const restored = await store().units.update('basic-education', 2, { retired: false }, admin);
    expect(restored).toMatchObject({ status: 'changed', unit: { version: 3, retiredAt: null } });
    expect((await store().units.history('basic-education')).map((row) => row.action)).toEqual([
      'retired',
      'restored',
    ]);
  });
});
