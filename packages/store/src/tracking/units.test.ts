import { expect, it } from 'vitest';
import { ConflictError } from '../conflictError.js';
import { describeOnEveryStore, FIXED_NOW } from '../testing/index.js';
import { DuplicateUnitError } from './errors.js';

const admin = { id: 'token-admin', name: 'admin' };

describeOnEveryStore('units', (store) => {
  it('creates units, shared by every plan, and lists them by id', async () => {
    const before = await store().dataVersion();
    const unit = await store().units.create(
      { id: 'basic-education', nameZh: ' 市教育局基础教育科 ', nameEn: 'Basic Education Section' },
      admin,
    );
    expect(unit).toEqual({
      id: 'basic-education',
      nameZh: '市教育局基础教育科',
      nameEn: 'Basic Education Section',
      createdAt: FIXED_NOW.toISOString(),
      createdBy: 'admin',
      version: 1,
      retiredAt: null,
    });
    expect(await store().dataVersion()).toBe(before + 1);
    await store().units.create({ id: 'a-sports', nameZh: '市体育局' }, admin);
    expect((await store().units.list()).map((row) => [row.id, row.nameEn])).toEqual([
      ['a-sports', null],
      ['basic-education', 'Basic Education Section'],
    ]);
    expect(await store().units.get('a-sports')).toMatchObject({ nameZh: '市体育局' });
    expect(await store().units.get('nobody')).toBeUndefined();
  });

  it('refuses a second unit with the same id or Chinese name, naming what is taken', async () => {
    await store().units.create({ id: 'sports', nameZh: '市体育局' }, admin);
    const before = await store().dataVersion();
    const sameId = store().units.create({ id: 'sports', nameZh: '别的单位' }, admin);
    await expect(sameId).rejects.toBeInstanceOf(DuplicateUnitError);
    await expect(sameId).rejects.toThrow('a unit with id "sports" already exists');
    const sameName = store().units.create({ id: 'sports-2', nameZh: '市体育局' }, admin);
    await expect(sameName).rejects.toBeInstanceOf(ConflictError);
    await expect(sameName).rejects.toThrow('a unit named "市体育局" already exists (id "sports")');
    expect((await store().units.list()).length).toBe(1);
    expect(await store().dataVersion()).toBe(before);
  });

  it('names the unit already there when the same unit is created at the same time', async () => {
    const outcomes = await Promise.allSettled(
      [1, 2, 3].map((n) => store().units.create({ id: 'sports', nameZh: `体育局${n}` }, admin)),
    );
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    for (const outcome of outcomes)
      if (outcome.status === 'rejected') expect(outcome.reason).toBeInstanceOf(DuplicateUnitError);
    expect((await store().units.list()).length).toBe(1);
  });
});
