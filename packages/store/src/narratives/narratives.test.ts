import { expect, it } from 'vitest';
import { describeOnEveryStore, FIXED_NOW } from '../testing/index.js';
import { NARRATIVE_MAX_CHARS } from './schema.js';

const editor = { id: 'token-editor', name: 'editor' };
const other = { id: 'token-other', name: 'other editor' };
const at = FIXED_NOW.toISOString();
const midterm = { kind: 'midterm', period: 'midterm' } as const;

describeOnEveryStore('report narratives', (store) => {
  it('stores a section at version 1, bumping the data version, and lists it', async () => {
    const before = await store().dataVersion();
    const put = await store().narratives.put(
      {
        ...midterm,
        section: 'achievements',
        text: '学前教育普及普惠水平持续提高。',
        expectedVersion: 0,
      },
      editor,
    );
    const narrative = {
      ...midterm,
      section: 'achievements',
      text: '学前教育普及普惠水平持续提高。',
      version: 1,
      updatedAt: at,
      updatedBy: 'editor',
    };
    expect(put).toEqual({ status: 'ok', narrative });
    expect(await store().dataVersion()).toBe(before + 1);
    expect(await store().narratives.list(midterm)).toEqual([narrative]);
    expect(await store().narratives.list({ kind: 'annual', period: '2023' })).toEqual([]);
  });

  it('keeps every change in the history with who made it', async () => {
    const n = store().narratives;
    await n.put({ ...midterm, section: 'problems', text: '第一稿' }, editor);
    await n.put({ ...midterm, section: 'problems', text: '第二稿', expectedVersion: 1 }, other);
    // The same text again is no change: no new version, no data version bump.
    const before = await store().dataVersion();
    const same = await n.put({ ...midterm, section: 'problems', text: '第二稿' }, editor);
    expect(same).toMatchObject({
      status: 'ok',
      narrative: { version: 2, updatedBy: 'other editor' },
    });
    expect(await store().dataVersion()).toBe(before);
    expect(await n.history({ ...midterm, section: 'problems' })).toEqual([
      { version: 1, text: '第一稿', actor: 'editor', actorId: 'token-editor', at },
      { version: 2, text: '第二稿', actor: 'other editor', actorId: 'token-other', at },
    ]);
  });

  it('refuses a write of an older version as stale, handing back the current text, nothing changed', async () => {
    const n = store().narratives;
    await n.put({ ...midterm, section: 'next_steps', text: 'A' }, editor);
    await n.put({ ...midterm, section: 'next_steps', text: 'B', expectedVersion: 1 }, other);
    const stale = await n.put(
      { ...midterm, section: 'next_steps', text: 'C', expectedVersion: 1 },
      editor,
    );
    expect(stale).toEqual({
      status: 'stale',
      current: expect.objectContaining({ text: 'B', version: 2 }),
    });
    // Version 0 means "never written": stale once someone has written it.
    const first = await n.put(
      { ...midterm, section: 'next_steps', text: 'D', expectedVersion: 0 },
      editor,
    );
    expect(first).toMatchObject({ status: 'stale', current: { version: 2 } });
    expect((await n.list(midterm))[0]).toMatchObject({ text: 'B', version: 2 });
  });

  it('keeps plans, kinds and periods apart', async () => {
    await store().narratives.put(
      { kind: 'annual', period: '2023', section: 'achievements', text: '2023' },
      editor,
    );
    await store().narratives.put(
      { kind: 'annual', period: '2024', section: 'achievements', text: '2024' },
      editor,
    );
    await store()
      .forPlan('another-plan')
      .narratives.put(
        { kind: 'annual', period: '2023', section: 'achievements', text: 'other' },
        editor,
      );
    expect(
      (await store().narratives.list({ kind: 'annual', period: '2023' })).map((n) => n.text),
    ).toEqual(['2023']);
    expect(
      (
        await store().forPlan('another-plan').narratives.list({ kind: 'annual', period: '2023' })
      ).map((n) => n.text),
    ).toEqual(['other']);
  });

  it('takes 20,000 characters (counted as characters, not UTF-16 units) and refuses more, naming the field', async () => {
    const n = store().narratives;
    const full = '成'.repeat(NARRATIVE_MAX_CHARS - 1) + '😀';
    expect(await n.put({ ...midterm, section: 'achievements', text: full }, editor)).toMatchObject({
      status: 'ok',
    });
    await expect(
      n.put({ ...midterm, section: 'problems', text: `${full}。` }, editor),
    ).rejects.toThrow(/narrative text: at most 20000 characters/);
    expect(await n.list(midterm)).toHaveLength(1);
  });

  it('refuses a bad kind, section or period, naming it', async () => {
    const n = store().narratives;
    const put = (input: object) =>
      n.put({ ...midterm, section: 'problems', text: 'x', ...input } as never, editor);
    await expect(put({ kind: 'weekly' })).rejects.toThrow(/narrative kind/);
    await expect(put({ section: 'summary' })).rejects.toThrow(/narrative section/);
    await expect(put({ kind: 'annual', period: 'midterm' })).rejects.toThrow(/narrative period/);
    await expect(put({ kind: 'final', period: '2025' })).rejects.toThrow(/narrative period/);
    await expect(put({ expectedVersion: -1 })).rejects.toThrow(/narrative expectedVersion/);
  });

  it('lets only one of two concurrent first writes through; the other is stale', async () => {
    const n = store().narratives;
    const results = await Promise.all([
      n.put({ ...midterm, section: 'achievements', text: 'one', expectedVersion: 0 }, editor),
      n.put({ ...midterm, section: 'achievements', text: 'two', expectedVersion: 0 }, other),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['ok', 'stale']);
    expect(await n.history({ ...midterm, section: 'achievements' })).toHaveLength(1);
  });
});
