import { expect, it } from 'vitest';
import { describeOnEveryStore, newObservation as observation } from './testing/index.js';

const actor = { name: 'tester' };

describeOnEveryStore('revisions', (store) => {
  it('starts the history of an observation with its creation, as revision 1', async () => {
    const stored = await store().createObservation(observation(), actor, 'first report');
    expect(await store().history(stored.id)).toEqual([
      {
        revision: 1,
        action: 'create',
        actor: 'tester',
        actorId: null,
        at: stored.createdAt,
        old: null,
        new: stored,
        reason: 'first report',
      },
    ]);
  });

  it('keeps who, when, old, new and why of every correction', async () => {
    const stored = await store().createObservation(observation(), actor);
    await store().updateObservation(
      stored.id,
      1,
      { value: 44.5 },
      { name: 'editor' },
      'typo in the report',
    );
    const history = await store().history(stored.id);
    expect(
      history.map((revision) => [
        revision.revision,
        revision.action,
        revision.actor,
        revision.reason,
      ]),
    ).toEqual([
      [1, 'create', 'tester', null],
      [2, 'update', 'editor', 'typo in the report'],
    ]);
    expect(history[1]?.old?.value).toBe(44);
    expect(history[1]?.new?.value).toBe(44.5);
    // The creation is still shown as it was, not as the row is now.
    expect(history[0]?.new).toMatchObject({ value: 44, version: 1 });
  });

  it('keeps the deleted value in the history of a deleted observation', async () => {
    const stored = await store().createObservation(observation(), actor);
    await store().deleteObservation(stored.id, 1, actor, 'reported twice');
    const history = await store().history(stored.id);
    expect(history.map((revision) => revision.action)).toEqual(['create', 'delete']);
    expect(history.at(-1)).toMatchObject({
      action: 'delete',
      old: { value: 44 },
      new: null,
      reason: 'reported twice',
    });
  });

  it('records why demo data was removed', async () => {
    const [id] = (await store().importObservations([observation({ source: 'demo' })], actor)).ids;
    await store().deleteIllustrative(actor);
    expect((await store().history(id ?? '')).at(-1)).toMatchObject({
      action: 'delete',
      reason: 'demo data removed',
    });
  });

  it('records the token id of every writer, the creator’s too, and keeps it after a delete', async () => {
    const creator = { id: 'token-1', name: 'bureau' };
    const editor = { id: 'token-2', name: 'corrector' };
    const stored = await store().createObservation(observation(), creator);
    await store().updateObservation(stored.id, 1, { value: 44.5 }, editor, 'typo');
    await store().deleteObservation(stored.id, 2, editor, 'reported twice');
    const history = await store().history(stored.id);
    expect(history.map((revision) => [revision.action, revision.actor, revision.actorId])).toEqual([
      ['create', 'bureau', 'token-1'],
      ['update', 'corrector', 'token-2'],
      ['delete', 'corrector', 'token-2'],
    ]);
  });

  it('is empty for an observation never stored', async () => {
    expect(await store().history('missing')).toEqual([]);
  });
});
