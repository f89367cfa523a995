import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeOnEveryStore, FIXED_NOW } from '../testing/index.js';
import { EvidenceTooLargeError, UnknownReportError, UnknownUnitError } from './errors.js';
import { EVIDENCE_MAX_BYTES } from './evidence.js';

const admin = { id: 'token-admin', name: 'admin' };
const reporter = { id: 'token-unit', name: '东胜区教育局' };
const at = FIXED_NOW.toISOString();
const report = {
  measureId: 'P08-M2',
  period: '2024',
  status: 'on_track' as const,
  narrative: '已完成 41 所学校的新建改扩建，其余 27 所在建。',
};

describeOnEveryStore('measure reports and evidence', (store) => {
  it('records a report with its reporter and unit, bumping the data version', async () => {
    await store().units.create({ id: 'dongsheng-education', nameZh: '东胜区教育局' }, admin);
    const before = await store().dataVersion();
    const added = await store().addMeasureReport(
      {
        ...report,
        percent: 60.5,
        deliverable: { done: true, date: '2024-05-01', document: '《学校建设实施方案》' },
        unit: 'dongsheng-education',
      },
      reporter,
    );
    expect(added).toEqual({
      id: expect.any(String),
      ...report,
      percent: 60.5,
      deliverable: { done: true, date: '2024-05-01', document: '《学校建设实施方案》' },
      unit: 'dongsheng-education',
      reporter: '东胜区教育局',
      reporterId: 'token-unit',
      createdAt: at,
      evidence: [],
      version: 1,
      updatedAt: null,
      updatedBy: null,
    });
    expect(await store().dataVersion()).toBe(before + 1);
    expect(await store().listMeasureReports()).toEqual([added]);
    expect(await store().getMeasureReport(added.id)).toEqual(added);
  });

  it('keeps every report, lists them oldest first and by measure, and fills what was not given', async () => {
    const first = await store().addMeasureReport({ ...report, period: '2023' }, admin);
    const second = await store().addMeasureReport(report, admin);
    const other = await store().addMeasureReport(
      { ...report, measureId: 'P01-M1', period: '2024-H1', status: 'done' },
      admin,
    );
    expect(first).toMatchObject({ percent: null, deliverable: null, unit: null });
    expect((await store().listMeasureReports()).map((row) => row.id)).toEqual([
      first.id,
      second.id,
      other.id,
    ]);
    expect(
      (await store().listMeasureReports({ measureId: 'P08-M2' })).map((row) => row.period),
    ).toEqual(['2023', '2024']);
    expect(await store().listMeasureReports({ measureId: 'P99-M9' })).toEqual([]);
    // A measure's reports carry their own evidence, not another measure's.
    const link = { kind: 'link' as const, name: '报道', url: 'https://example.org/a' };
    const mine = await store().addEvidence(second.id, link, admin);
    await store().addEvidence(other.id, link, admin);
    expect(
      (await store().listMeasureReports({ measureId: 'P08-M2' })).map((row) =>
        row.evidence.map((item) => item.id),
      ),
    ).toEqual([[], [mine.id]]);
    expect((await store().listMeasureReports()).map((row) => row.evidence.length)).toEqual([
      0, 1, 1,
    ]);
  });

  it('refuses a report for a unit that does not exist', async () => {
    const before = await store().dataVersion();
    await expect(store().addMeasureReport({ ...report, unit: 'nobody' }, admin)).rejects.toThrow(
      UnknownUnitError,
    );
    expect(await store().listMeasureReports()).toEqual([]);
    expect(await store().dataVersion()).toBe(before);
  });

  it('keeps a file’s bytes with its type, size and SHA-256, and gives them back exactly', async () => {
    const added = await store().addMeasureReport(report, admin);
    // Every byte value, a NUL first: nothing may be read as text on the way.
    const bytes = new Uint8Array(Array.from({ length: 1024 }, (_, index) => (index * 7) % 256));
    const before = await store().dataVersion();
    const file = await store().addEvidence(
      added.id,
      { kind: 'file', name: '验收报告.pdf', mediaType: 'application/pdf', bytes },
      reporter,
    );
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(file).toEqual({
      id: expect.any(String),
      reportId: added.id,
      kind: 'file',
      name: '验收报告.pdf',
      mediaType: 'application/pdf',
      size: 1024,
      sha256,
      url: null,
      createdAt: at,
      createdBy: '东胜区教育局',
    });
    expect(await store().dataVersion()).toBe(before + 1);
    const link = await store().addEvidence(
      added.id,
      { kind: 'link', name: '新闻报道', url: 'https://example.org/news/1' },
      reporter,
    );
    expect(link).toMatchObject({ kind: 'link', mediaType: null, size: null, sha256: null });
    const stored = await store().getEvidence(file.id);
    expect(stored).toEqual({ ...file, bytes });
    expect(
      createHash('sha256')
        .update(stored?.bytes ?? new Uint8Array())
        .digest('hex'),
    ).toBe(sha256);
    expect(await store().getEvidence(link.id)).toEqual({
      ...link,
      url: 'https://example.org/news/1',
      bytes: null,
    });
    // The report lists its evidence (descriptions only, not the bytes).
    const [listed] = await store().listMeasureReports();
    expect(listed?.evidence.map((item) => item.id).sort()).toEqual([file.id, link.id].sort());
    expect(listed?.evidence.every((item) => !('bytes' in item))).toBe(true);
    expect(await store().getEvidence('missing')).toBeUndefined();
  });

  it('refuses evidence for a report that does not exist, or a file over the limit', async () => {
    const before = await store().dataVersion();
    const missing = store().addEvidence(
      'no-such-report',
      { kind: 'link', name: 'x', url: 'https://example.org' },
      admin,
    );
    await expect(missing).rejects.toBeInstanceOf(UnknownReportError);
    await expect(missing).rejects.toThrow('no measure report "no-such-report" in this plan');
    const added = await store().addMeasureReport(report, admin);
    await expect(
      store().addEvidence(
        added.id,
        {
          kind: 'file',
          name: 'big.pdf',
          mediaType: 'application/pdf',
          bytes: new Uint8Array(EVIDENCE_MAX_BYTES + 1),
        },
        admin,
      ),
    ).rejects.toBeInstanceOf(EvidenceTooLargeError);
    expect(await store().dataVersion()).toBe(before + 1);
  });

  it('keeps each plan’s reports and evidence apart', async () => {
    const added = await store().addMeasureReport(report, admin);
    const evidence = await store().addEvidence(
      added.id,
      { kind: 'file', name: 'a.txt', mediaType: 'text/plain', bytes: new Uint8Array([1, 2, 3]) },
      admin,
    );
    const other = store().forPlan('another-plan');
    expect(await other.listMeasureReports()).toEqual([]);
    expect(await other.getMeasureReport(added.id)).toBeUndefined();
    expect(await other.getEvidence(evidence.id)).toBeUndefined();
    // Another plan cannot attach evidence to this plan's report.
    await expect(
      other.addEvidence(added.id, { kind: 'link', name: 'x', url: 'https://example.org' }, admin),
    ).rejects.toBeInstanceOf(UnknownReportError);
    await other.addMeasureReport({ ...report, status: 'at_risk' }, admin);
    expect((await store().listMeasureReports()).map((row) => row.status)).toEqual(['on_track']);
    expect((await other.listMeasureReports()).map((row) => row.status)).toEqual(['at_risk']);
  });
});

describeOnEveryStore('reporting cycle', (store) => {
  it('is yearly until set, per plan, and a change bumps the data version', async () => {
    expect(await store().getReportingCycle()).toBe('year');
    const before = await store().dataVersion();
    expect(await store().setReportingCycle('quarter', admin)).toBe('quarter');
    expect(await store().getReportingCycle()).toBe('quarter');
    expect(await store().dataVersion()).toBe(before + 1);
    await store().setReportingCycle('half', admin);
    expect(await store().getReportingCycle()).toBe('half');
    expect(await store().forPlan('another-plan').getReportingCycle()).toBe('year');
  });
});
