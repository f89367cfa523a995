import { beforeEach, expect, it } from 'vitest';
import {
  describeTracking,
  type Json,
  MEASURE,
  PDF,
  REPORT as report,
  type TrackingApp,
} from '../_test/trackingApp.js';

const TARGET_OF_MEASURE = 'T-P07-M2-4';
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describeTracking('measure reports and evidence', (fixture) => {
  let t: TrackingApp;
  let unitA: string;
  let unitB: string;
  beforeEach(() => {
    t = fixture();
    unitA = t.scoped.own;
    unitB = t.scoped.other;
  });

  const postReport = async (token: string, measure = MEASURE, body: Json = report) => {
    const response = await t.app.request(`/api/v1/measures/${measure}/reports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Json };
  };
  const reports = async () =>
    ((await (await t.app.request(`/api/v1/measures/${MEASURE}/reports`)).json()) as Json)
      .items as Json[];
  const upload = async (
    reportId: string,
    body: Uint8Array | string,
    contentType: string,
    query = '?name=校舍排查报告.pdf',
  ) => {
    const response = await t.app.request(
      `/api/v1/measures/${MEASURE}/reports/${reportId}/evidence${query}`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${unitA}`, 'content-type': contentType },
        body,
      },
    );
    return { status: response.status, body: (await response.json()) as Json };
  };

  it('takes a report from the unit leading the measure (201) and lists it', async () => {
    const posted = await postReport(unitA);
    expect(posted.status).toBe(201);
    expect(posted.body).toMatchObject({
      measureId: MEASURE,
      period: '2024',
      status: 'on_track',
      unit: 'basic-education',
      reporter: 'basic-education-token',
      evidence: [],
    });
    expect(await reports()).toHaveLength(1);
    // The bureau (an editor without a unit) reports on any measure; a district's token does not.
    expect((await postReport(t.tokens.editor, 'P01-M1')).status).toBe(201);
    expect((await postReport(t.scoped.district, 'P01-M1')).status).toBe(403);
    const measureAsOf = async (asOf: string) =>
      ((await (await t.app.request(`/api/v1/measures?asOf=${asOf}`)).json()) as Json).items.find(
        (item: Json) => item.id === MEASURE,
      );
    // Sent on 2024-06-30 (the test clock): there from that day, not on a day before it.
    const row = await measureAsOf('2024-06-30');
    expect(row.latestReport).toMatchObject({ period: '2024', unit: 'basic-education' });
    expect(row.owner).toEqual({ lead: 'basic-education', cooperating: [] });
    const before = await measureAsOf('2024-06-01');
    expect(before.latestReport).toBeNull();
    expect(before.reportedStatus).toBeNull();
  });

  it('refuses another unit’s report or target figure with 403 naming item and unit, writing nothing', async () => {
    const refused = await postReport(unitB);
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toContain(MEASURE);
    expect(refused.body.detail).toContain('sports-section');
    expect(await reports()).toEqual([]);
    // The measure's target inherits its owner.
    const figure = await t.app.request('/api/v1/observations', {
      method: 'POST',
      headers: { authorization: `Bearer ${unitB}`, 'content-type': 'application/json' },
      body: JSON.stringify({ targetId: TARGET_OF_MEASURE, year: 2022, value: 1 }),
    });
    expect(figure.status).toBe(403);
    expect(((await figure.json()) as Json).detail).toContain(TARGET_OF_MEASURE);
    expect(await t.store.listObservations({})).toEqual([]);
    // The owning unit may.
    const own = await t.app.request('/api/v1/observations', {
      method: 'POST',
      headers: { authorization: `Bearer ${unitA}`, 'content-type': 'application/json' },
      body: JSON.stringify({ targetId: TARGET_OF_MEASURE, year: 2022, value: 1 }),
    });
    expect(own.status).toBe(201);
    // A unit's token writes no indicator figure unless it owns a target linked to it.
    const indicator = await t.app.request('/api/v1/observations', {
      method: 'POST',
      headers: { authorization: `Bearer ${unitA}`, 'content-type': 'application/json' },
      body: JSON.stringify({ indicatorId: 'preschool-enrolment-rate', year: 2023, value: 90 }),
    });
    expect(indicator.status).toBe(403);
  });

  it('keeps a PDF as evidence and sends it back as an attachment with nosniff', async () => {
    const { body: created } = await postReport(unitA);
    const kept = await upload(created.id, PDF, 'application/pdf');
    expect(kept.status).toBe(201);
    expect(kept.body).toMatchObject({
      kind: 'file',
      mediaType: 'application/pdf',
      size: PDF.byteLength,
      name: '校舍排查报告.pdf',
    });
    const download = await t.app.request(`/api/v1/evidence/${kept.body.id}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename=/);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(PDF);
    expect((await reports())[0]?.evidence).toHaveLength(1);
    const link = await t.app.request(`/api/v1/measures/${MEASURE}/reports/${created.id}/evidence`, {
      method: 'POST',
      headers: { authorization: `Bearer ${unitA}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        kind: 'link',
        name: '市政府公告',
        url: 'https://www.ordos.gov.cn/a',
      }),
    });
    expect(link.status).toBe(201);
  });

  it('refuses hostile evidence and keeps nothing of it', async () => {
    const { body: created } = await postReport(unitA);
    const oversize = new Uint8Array(10 * 1024 * 1024 + 1);
    oversize.set(PDF);
    expect((await upload(created.id, oversize, 'application/pdf')).status).toBe(413);
    // Markup sent as a PDF or as plain text: its bytes are neither.
    const html = '<html><script>alert(1)</script></html>';
    expect((await upload(created.id, html, 'application/pdf')).status).toBe(415);
    expect((await upload(created.id, html, 'text/plain')).status).toBe(415);
    expect(
      (await upload(created.id, 'MZ\u0000\u0001binary', 'application/octet-stream')).status,
    ).toBe(415);
    // A PNG declared as a PDF.
    expect((await upload(created.id, PNG, 'application/pdf')).status).toBe(422);
    // A type not kept at all.
    expect((await upload(created.id, html, 'text/html')).status).toBe(415);
    const link = await t.app.request(`/api/v1/measures/${MEASURE}/reports/${created.id}/evidence`, {
      method: 'POST',
      headers: { authorization: `Bearer ${unitA}`, 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'link', name: 'x', url: 'javascript:alert(1)' }),
    });
    expect(link.status).toBe(400);
    expect((await reports())[0]?.evidence).toEqual([]);
    // Another unit cannot attach to this unit's report.
    const other = await t.app.request(
      `/api/v1/measures/${MEASURE}/reports/${created.id}/evidence?name=a.pdf`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${unitB}`, 'content-type': 'application/pdf' },
        body: PDF,
      },
    );
    expect(other.status).toBe(403);
  });

  it('lists the unit’s own tasks; a token without a unit is answered 400', async () => {
    const tasks = await t.app.request('/api/v1/me/tasks?asOf=2024-06-01', {
      headers: { authorization: `Bearer ${unitA}` },
    });
    expect(tasks.status).toBe(200);
    const body = (await tasks.json()) as Json;
    expect(body.unit.id).toBe('basic-education');
    expect(body.due).toMatchObject({ id: '2023', dueBy: '2024-01-30' });
    expect(body.next).toMatchObject({ id: '2024', dueBy: '2025-01-30' });
    const ids = body.items.map((item: Json) => item.id);
    expect(ids).toContain(MEASURE);
    expect(ids).toContain(TARGET_OF_MEASURE);
    expect(body.items.find((item: Json) => item.id === MEASURE)).toMatchObject({
      kind: 'measure',
      role: 'lead',
      reportDue: true,
    });
    const none = await t.app.request('/api/v1/me/tasks', { headers: t.auth('editor') });
    expect(none.status).toBe(400);
  });

  it('creates a unit’s token only for a unit that exists', async () => {
    const create = (unit: string) =>
      t.app.request('/api/v1/tokens', {
        method: 'POST',
        ...t.json('admin', { name: `token-of-${unit}`, role: 'editor', unit }),
      });
    expect((await create('no-such-unit')).status).toBe(400);
    const created = await create('sports-section');
    expect(created.status).toBe(201);
    expect(((await created.json()) as Json).scope).toEqual({ unit: 'sports-section' });
  });
});
