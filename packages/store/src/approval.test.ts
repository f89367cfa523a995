import { expect, it } from 'vitest';
import { DEFAULT_PLAN_ID } from './_lib/observationRow.js';
import { ApprovalStateError } from './approvalStateError.js';
import { ConflictError } from './conflictError.js';
import { describeOnEveryStore, FIXED_NOW, newObservation as observation } from './testing/index.js';

const district = { id: 'token-dongsheng', name: 'dongsheng-bureau' };
const city = { id: 'token-city', name: 'city-bureau' };
const submitted = { approval: 'submitted' } as const;
const at = FIXED_NOW.toISOString();

describeOnEveryStore('approval', (store) => {
  const submit = (fields: Parameters<typeof observation>[0] = {}) =>
    store().createObservation(
      observation({ region: 'dongsheng', ...fields }),
      district,
      null,
      submitted,
    );

  it('stores a figure approved unless it is submitted for review', async () => {
    const own = await store().createObservation(observation(), city);
    expect(own).toMatchObject({
      approval: 'approved',
      approvalReason: null,
      reviewedBy: null,
      reviewedAt: null,
    });
    const theirs = await submit();
    expect(theirs.approval).toBe('submitted');
    expect(await store().getObservation(theirs.id)).toEqual(theirs);
  });

  it('approves a submitted figure: the review is on the figure and in its history', async () => {
    const theirs = await submit();
    const before = await store().dataVersion();
    const result = await store().approve(theirs.id, city);
    expect(result).toEqual({
      status: 'ok',
      observation: {
        ...theirs,
        approval: 'approved',
        reviewedBy: 'city-bureau',
        reviewedAt: at,
        version: 2,
      },
    });
    expect(await store().dataVersion()).toBe(before + 1);
    const history = await store().history(theirs.id);
    expect(
      history.map((step) => [step.action, step.actor, step.actorId, step.new?.approval]),
    ).toEqual([
      ['create', 'dongsheng-bureau', 'token-dongsheng', 'submitted'],
      ['approve', 'city-bureau', 'token-city', 'approved'],
    ]);
  });

  it('leaves an approved figure as it is when it is approved again', async () => {
    const own = await store().createObservation(observation(), city);
    const before = await store().dataVersion();
    expect(await store().approve(own.id, city)).toEqual({ status: 'ok', observation: own });
    expect(await store().dataVersion()).toBe(before);
    expect(await store().history(own.id)).toHaveLength(1);
  });

  it('returns a figure with a reason; the district resubmits it, the city approves it, every step in the history', async () => {
    const theirs = await submit();
    const returned = await store().returnObservation(
      theirs.id,
      city,
      ' 2023 figure entered as 2022 ',
    );
    expect(returned).toMatchObject({
      status: 'ok',
      observation: {
        approval: 'returned',
        approvalReason: '2023 figure entered as 2022',
        reviewedBy: 'city-bureau',
        version: 2,
      },
    });
    const resubmitted = await store().updateObservation(
      theirs.id,
      2,
      { value: 45 },
      district,
      'corrected',
      submitted,
    );
    expect(resubmitted).toMatchObject({
      status: 'ok',
      observation: { approval: 'submitted', value: 45, reviewedBy: 'city-bureau', version: 3 },
    });
    await store().approve(theirs.id, city, 3);
    const history = await store().history(theirs.id);
    expect(history.map((step) => [step.action, step.new?.approval, step.reason])).toEqual([
      ['create', 'submitted', null],
      ['return', 'returned', '2023 figure entered as 2022'],
      ['update', 'submitted', 'corrected'],
      ['approve', 'approved', null],
    ]);
    // The reason of the last return stays on the figure after its approval.
    expect(await store().getObservation(theirs.id)).toMatchObject({
      approval: 'approved',
      approvalReason: '2023 figure entered as 2022',
      value: 45,
      version: 4,
    });
  });

  it('returns an approved figure too, but not one already returned, and approves no returned one', async () => {
    const own = await store().createObservation(observation(), city);
    expect((await store().returnObservation(own.id, city, 'wrong source')).status).toBe('ok');
    const again = await store()
      .returnObservation(own.id, city, 'still wrong')
      .catch((error: unknown) => error);
    expect(again).toBeInstanceOf(ApprovalStateError);
    expect(again).toBeInstanceOf(ConflictError);
    expect(again).toMatchObject({
      action: 'return',
      current: { approval: 'returned' },
      messages: { zh: `数据 ${own.id} 已被退回；只有已报送或已通过的数据才能退回` },
    });
    await expect(store().approve(own.id, city)).rejects.toThrow(/only a submitted figure/);
    expect(await store().history(own.id)).toHaveLength(2);
  });

  it('wants a reason to return a figure', async () => {
    const theirs = await submit();
    await expect(store().returnObservation(theirs.id, city, '  ')).rejects.toThrow(/reason/);
    expect((await store().getObservation(theirs.id))?.approval).toBe('submitted');
  });

  it('reviews only at the version the reviewer read, and not another plan’s figure', async () => {
    const theirs = await submit();
    await store().updateObservation(theirs.id, 1, { value: 45 }, district, null, submitted);
    expect(await store().approve(theirs.id, city, 1)).toMatchObject({
      status: 'stale',
      current: { version: 2, approval: 'submitted' },
    });
    expect(await store().approve('missing', city)).toEqual({ status: 'not_found' });
    expect(await store().forPlan('another-plan').approve(theirs.id, city)).toEqual({
      status: 'not_found',
    });
    expect(await store().forPlan('another-plan').returnObservation(theirs.id, city, 'no')).toEqual({
      status: 'not_found',
    });
  });

  it('leaves the review state as it is on an update that does not set it, and counts a city correction as reviewed', async () => {
    const theirs = await submit();
    const kept = await store().updateObservation(theirs.id, 1, { note: 'n' }, district, null);
    expect(kept).toMatchObject({ observation: { approval: 'submitted', reviewedBy: null } });
    const corrected = await store().updateObservation(
      theirs.id,
      2,
      { value: 46 },
      city,
      'checked with the district',
      { approval: 'approved' },
    );
    expect(corrected).toMatchObject({
      observation: { approval: 'approved', reviewedBy: 'city-bureau', reviewedAt: at },
    });
  });

  it('lists figures by review state', async () => {
    const own = await store().createObservation(observation(), city);
    const theirs = await submit();
    const returned = await submit({ year: 2023, date: '2023-12-31' });
    await store().returnObservation(returned.id, city, 'check');
    const ids = async (approval?: Parameters<ReturnType<typeof store>['listObservations']>[0]) =>
      (await store().listObservations(approval)).map((row) => row.id).sort();
    expect(await ids()).toEqual([own.id, theirs.id, returned.id].sort());
    expect(await ids({ approval: 'approved' })).toEqual([own.id]);
    expect(await ids({ approval: ['submitted', 'returned'] })).toEqual(
      [theirs.id, returned.id].sort(),
    );
    expect(await ids({ approval: [] })).toEqual([]);
  });

  it('approves a district’s submitted figures of a period at once, each step in the history', async () => {
    const a = await submit();
    const b = await submit({ indicatorId: 'student-myopia-rate', value: 57 });
    const otherYear = await submit({ year: 2023, date: '2023-12-31' });
    const otherRegion = await store().createObservation(
      observation({ region: 'kangbashi' }),
      district,
      null,
      submitted,
    );
    const returned = await submit({ source: 'survey' });
    await store().returnObservation(returned.id, city, 'check');
    const before = await store().dataVersion();
    const approved = await store().approveMany({ region: 'dongsheng', year: 2022 }, city);
    expect(approved.sort()).toEqual([a.id, b.id].sort());
    expect(await store().dataVersion()).toBe(before + 1);
    for (const id of [otherYear.id, otherRegion.id])
      expect((await store().getObservation(id))?.approval).toBe('submitted');
    expect((await store().getObservation(returned.id))?.approval).toBe('returned');
    expect((await store().history(a.id)).at(-1)).toMatchObject({
      action: 'approve',
      actor: 'city-bureau',
      reason: 'bulk approval',
      new: { approval: 'approved', reviewedBy: 'city-bureau' },
    });
    // Nothing left to approve: nothing changes.
    expect(await store().approveMany({ region: 'dongsheng', year: 2022 }, city)).toEqual([]);
    expect(await store().dataVersion()).toBe(before + 1);
  });

  it('approves in bulk only the indicators named, and only the plan’s own figures', async () => {
    const a = await submit();
    const b = await submit({ indicatorId: 'student-myopia-rate', value: 57 });
    expect(
      await store().approveMany(
        { region: 'dongsheng', indicatorIds: ['student-myopia-rate'] },
        city,
      ),
    ).toEqual([b.id]);
    expect(await store().approveMany({ region: 'dongsheng', indicatorIds: [] }, city)).toEqual([]);
    expect(
      await store().forPlan('another-plan').approveMany({ region: 'dongsheng' }, city),
    ).toEqual([]);
    expect((await store().getObservation(a.id))?.approval).toBe('submitted');
  });

  it('imports a district’s rows as submitted when asked, approved otherwise', async () => {
    const { ids } = await store().importObservations(
      [observation({ region: 'dongsheng' })],
      district,
      submitted,
    );
    await store().importObservationBatches([[observation({ region: 'kangbashi' })]], city);
    await store().importObservationBatches(
      [[observation({ region: 'jungar' })]],
      district,
      submitted,
    );
    const states = (await store().listObservations()).map((row) => [row.region, row.approval]);
    expect(states.sort()).toEqual([
      ['dongsheng', 'submitted'],
      ['jungar', 'submitted'],
      ['kangbashi', 'approved'],
    ]);
    expect(await store().approve(ids[0] ?? '', city)).toMatchObject({
      observation: { approval: 'approved' },
    });
  });

  it('finds an observation’s history under its own plan only', async () => {
    const theirs = await submit();
    await store().approve(theirs.id, city);
    expect(await store().forPlan('another-plan').history(theirs.id)).toEqual([]);
    const elsewhere = await store().forPlan('another-plan').createObservation(observation(), city);
    await store().forPlan('another-plan').deleteObservation(elsewhere.id, 1, city, 'twice');
    expect(
      (await store().forPlan('another-plan').history(elsewhere.id)).map((step) => step.action),
    ).toEqual(['create', 'delete']);
    expect(await store().history(elsewhere.id)).toHaveLength(2);
    expect(await store().forPlan(DEFAULT_PLAN_ID).history(elsewhere.id)).toEqual([]);
    expect(await store().forPlan(DEFAULT_PLAN_ID).history(theirs.id)).toHaveLength(2);
  });
});
