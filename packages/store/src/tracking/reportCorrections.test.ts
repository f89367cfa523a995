import { expect, it } from 'vitest';
import { describeOnEveryStore, FIXED_NOW } from '../testing/index.js';
import { UnknownReportError } from './errors.js';

const admin = { id: 'token-admin', name: 'admin' };
const unitToken = { id: 'token-unit', name: '基础教育科' };
const at = FIXED_NOW.toISOString();
const report = {
  measureId: 'P08-M2',
  period: '2024',
  status: 'on_track' as const,
  percent: 40,
  narrative: '已完成 41 所学校的新建改扩建。',
};
const corrected = {
  period: '2024',
  status: 'at_risk' as const,
  percent: 35,
  narrative: '已完成 35 所学校的新建改扩建，6 所延期。',
  deliverable: { done: false },
};

describeOnEveryStore('measure report corrections', (store) => {
  const sent = async () => {
    await store().units.create({ id: 'basic-education', nameZh: '基础教育科' }, admin);
    return store().addMeasureReport({ ...report, unit: 'basic-education' }, unitToken);
  };

  it('replaces what a report says at its version, keeping unit, reporter, time and evidence', async () => {
    const original = await sent();
    const link = await store().addEvidence(
      original.id,
      { kind: 'link', name: '通知', url: 'https://example.org/a' },
      unitToken,
    );
    const before = await store().dataVersion();
    const result = await store().replaceMeasureReport(
      original.id,
      1,
      corrected,
      unitToken,
      '完成数填错',
    );
    expect(result).toEqual({
      status: 'changed',
      report: {
        ...original,
        ...corrected,
        deliverable: { done: false, date: null, document: null },
        evidence: [link],
        version: 2,
        updatedAt: at,
        updatedBy: '基础教育科',
      },
    });
    expect(await store().dataVersion()).toBe(before + 1);
    expect(await store().listMeasureReports()).toEqual([
      result.status === 'changed' ? result.report : undefined,
    ]);
    expect(await store().measureReportHistory(original.id)).toEqual([
      {
        reportId: original.id,
        version: 2,
        action: 'replaced',
        old: {
          period: '2024',
          status: 'on_track',
          percent: 40,
          narrative: report.narrative,
          deliverable: null,
        },
        new: {
          period: '2024',
          status: 'at_risk',
          percent: 35,
          narrative: corrected.narrative,
          deliverable: { done: false, date: null, document: null },
        },
        reason: '完成数填错',
        actor: '基础教育科',
        actorId: 'token-unit',
        at,
      },
    ]);
  });

  it('refuses a stale version, writing nothing', async () => {
    const original = await sent();
    await store().replaceMeasureReport(original.id, 1, corrected, unitToken);
    const before = await store().dataVersion();
    const stale = await store().replaceMeasureReport(original.id, 1, report, unitToken);
    expect(stale).toMatchObject({ status: 'stale', current: { version: 2, status: 'at_risk' } });
    const staleWithdrawal = await store().withdrawMeasureReport(original.id, 1, unitToken);
    expect(staleWithdrawal.status).toBe('stale');
    expect(await store().dataVersion()).toBe(before);
    expect(await store().measureReportHistory(original.id)).toHaveLength(1);
  });

  it('withdraws a report: kept with who, when and why, but no longer read, nor given evidence', async () => {
    const original = await sent();
    const kept = await store().addMeasureReport(report, admin);
    const result = await store().withdrawMeasureReport(original.id, 1, unitToken, '重复报送');
    expect(result).toMatchObject({ status: 'changed', report: { version: 2 } });
    expect((await store().listMeasureReports()).map((row) => row.id)).toEqual([kept.id]);
    expect(await store().getMeasureReport(original.id)).toBeUndefined();
    expect(await store().measureReportAccess(original.id)).toEqual({
      measureId: 'P08-M2',
      unit: 'basic-education',
      withdrawn: true,
      version: 2,
    });
    const row = await store()
      .db.selectFrom('measure_reports')
      .selectAll()
      .where('id', '=', original.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      narrative: report.narrative,
      withdrawn_at: at,
      withdrawn_by: '基础教育科',
      withdrawn_reason: '重复报送',
    });
    expect(await store().measureReportHistory(original.id)).toMatchObject([
      { action: 'withdrawn', version: 2, new: null, reason: '重复报送' },
    ]);
    // A withdrawn report is not there to change again, nor to take evidence.
    expect((await store().replaceMeasureReport(original.id, 2, corrected, admin)).status).toBe(
      'not_found',
    );
    expect((await store().withdrawMeasureReport(original.id, 2, admin)).status).toBe('not_found');
    await expect(
      store().addEvidence(original.id, { kind: 'link', name: 'x', url: 'https://a.b/' }, admin),
    ).rejects.toBeInstanceOf(UnknownReportError);
  });

  it('answers not_found for a report of another plan or none', async () => {
    const original = await sent();
    const other = store().forPlan('another-plan');
    expect((await other.replaceMeasureReport(original.id, 1, corrected, admin)).status).toBe(
      'not_found',
    );
    expect(await other.measureReportAccess(original.id)).toBeUndefined();
    expect((await store().withdrawMeasureReport('nope', 1, admin)).status).toBe('not_found');
    expect(await store().measureReportHistory('nope')).toEqual([]);
  });
});
