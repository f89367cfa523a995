import { beforeEach, expect, it } from 'vitest';
import {
  describeTracking,
  type Json,
  MEASURE,
  REPORT as report,
  type TrackingApp,
  ifMatch as v,
} from '../_test/trackingApp.js';

const corrected = { ...report, status: 'at_risk', percent: 35, narrative: '选址完成，征地延期。' };

// Both units work on the measure: the other unit may report on it, not change our report.
describeTracking(
  'measure report corrections',
  (fixture) => {
    let t: TrackingApp;
    let own: string;
    let other: string;
    let district: string;
    let city: string;
    beforeEach(() => {
      t = fixture();
      ({ own, other, district, city } = t.scoped);
    });
    const send: TrackingApp['send'] = (...args) => t.send(...args);
    const sent = async (token = own) => {
      const posted = await send('POST', `/api/v1/measures/${MEASURE}/reports`, token, report);
      expect(posted.status).toBe(201);
      expect(posted.body.version).toBe(1);
      return posted.body.id as string;
    };
    const url = (id: string, measure = MEASURE) => `/api/v1/measures/${measure}/reports/${id}`;
    const listed = async () =>
      (await send('GET', `/api/v1/measures/${MEASURE}/reports`, undefined)).body.items as Json[];
    const latest = async () =>
      (
        (await send('GET', '/api/v1/measures?asOf=2024-12-31', undefined)).body.items as Json[]
      ).find((item) => item.id === MEASURE)?.latestReport;

    it('lets the unit replace its report with If-Match; the list and the measure read the new one', async () => {
      const id = await sent();
      const replaced = await send(
        'PUT',
        url(id),
        own,
        { ...corrected, reason: '比例填错' },
        v(id, 1),
      );
      expect(replaced.status).toBe(200);
      expect(replaced.etag).toBe(`"${id}.v2"`);
      expect(replaced.body).toMatchObject({
        id,
        ...corrected,
        unit: 'basic-education',
        reporter: 'basic-education-token',
        version: 2,
        updatedBy: 'basic-education-token',
      });
      expect(await listed()).toMatchObject([{ id, status: 'at_risk', percent: 35 }]);
      expect(await latest()).toMatchObject({ id, status: 'at_risk' });
      const history = await send('GET', `${url(id)}/history`, own);
      expect(history.status).toBe(200);
      expect(history.body.items).toMatchObject([
        {
          version: 2,
          action: 'replaced',
          old: { status: 'on_track', percent: 40 },
          new: { status: 'at_risk', percent: 35 },
          reason: '比例填错',
          actor: 'basic-education-token',
        },
      ]);
    });

    it('asks for If-Match (428), refuses a stale one (409 with the current ETag) and another record’s (412), changing nothing', async () => {
      const id = await sent();
      const missing = await send('PUT', url(id), own, corrected, { 'accept-language': 'zh-CN' });
      expect(missing.status).toBe(428);
      expect(missing.body.detail).toMatch(/If-Match/);
      expect(missing.body.detail).toMatch(/[\u4e00-\u9fff]/);
      expect((await send('DELETE', url(id), own)).status).toBe(428);
      expect((await send('PUT', url(id), own, corrected, v(id, 1))).status).toBe(200);
      const stale = await send('PUT', url(id), own, report, v(id, 1));
      expect(stale.status).toBe(409);
      expect(stale.etag).toBe(`"${id}.v2"`);
      expect(stale.body.detail).toMatch(/version 2/);
      const staleWithdrawal = await send('DELETE', url(id), own, undefined, v(id, 1));
      expect(staleWithdrawal.status).toBe(409);
      const elsewhere = await send('PUT', url(id), own, report, v('another', 2));
      expect(elsewhere.status).toBe(412);
      expect(await listed()).toMatchObject([{ id, status: 'at_risk', version: 2 }]);
      expect((await send('GET', `${url(id)}/history`, own)).body.items).toHaveLength(1);
    });

    it('refuses another unit, the bureau and a district a unit’s report (403 naming the scope), an admin may', async () => {
      const id = await sent();
      for (const token of [other, district, t.tokens.editor, city]) {
        const refused = await send('PUT', url(id), token, corrected, v(id, 1));
        expect(refused.status).toBe(403);
        expect(refused.body.detail).toContain('basic-education');
        expect((await send('DELETE', url(id), token, undefined, v(id, 1))).status).toBe(403);
        expect((await send('GET', `${url(id)}/history`, token)).status).toBe(403);
      }
      // A viewer or nobody: refused before anything is looked up.
      expect((await send('PUT', url(id), t.tokens.viewer, corrected, v(id, 1))).status).toBe(403);
      expect((await send('PUT', url(id), undefined, corrected, v(id, 1))).status).toBe(401);
      expect(await listed()).toMatchObject([{ id, status: 'on_track', version: 1 }]);
      const byAdmin = await send('PUT', url(id), t.tokens.admin, corrected, v(id, 1));
      expect(byAdmin.status).toBe(200);
      expect(byAdmin.body).toMatchObject({
        reporter: 'basic-education-token',
        updatedBy: 'PLAN_ADMIN_TOKEN',
      });
    });

    it('lets the bureau change its own reports, not a unit', async () => {
      const id = await sent(t.tokens.editor);
      expect((await send('PUT', url(id), own, corrected, v(id, 1))).status).toBe(403);
      expect((await send('PUT', url(id), city, corrected, v(id, 1))).status).toBe(200);
    });

    it('withdraws a report: gone from the list, the measure and the supervision list, kept in its history', async () => {
      const id = await sent();
      await send('PUT', url(id), own, corrected, v(id, 1));
      expect(await latest()).toMatchObject({ id, status: 'at_risk' });
      const onList = async () =>
        ((await send('GET', '/api/v1/supervision?asOf=2024-12-31', undefined)).body.items as Json[])
          .filter((item) => item.id === MEASURE)
          .map((item) => item.reason ?? item.reasons);
      const supervisedBefore = await onList();
      const withdrawn = await send(
        'DELETE',
        `${url(id)}?reason=${encodeURIComponent('重复报送')}`,
        own,
        undefined,
        v(id, 2),
      );
      expect(withdrawn.status).toBe(204);
      expect(await listed()).toEqual([]);
      expect(await latest()).toBeNull();
      // Supervision reads it as never reported again: not updated for the period.
      expect(supervisedBefore).toEqual([['overdue']]);
      expect(await onList()).toEqual([['overdue', 'not_updated']]);
      // Not there any more, to anyone changing it; its history is the admin's.
      expect((await send('PUT', url(id), own, corrected, v(id, 3))).status).toBe(404);
      expect((await send('DELETE', url(id), own, undefined, v(id, 3))).status).toBe(404);
      expect((await send('GET', `${url(id)}/history`, own)).status).toBe(404);
      const history = await send('GET', `${url(id)}/history`, t.tokens.admin);
      expect(history.body.items.map((row: Json) => row.action)).toEqual(['replaced', 'withdrawn']);
      expect(history.body.items[1]).toMatchObject({ new: null, reason: '重复报送' });
      // Nor does it take evidence.
      const evidence = await send('POST', `${url(id)}/evidence`, own, {
        kind: 'link',
        name: '公告',
        url: 'https://www.ordos.gov.cn/a',
      });
      expect(evidence.status).toBe(404);
    });

    it('answers 404 for a report of another measure or none, and 400 in both languages for bad input, changing nothing', async () => {
      const id = await sent();
      expect((await send('PUT', url(id, 'P01-M1'), own, corrected, v(id, 1))).status).toBe(404);
      expect((await send('PUT', url('nope'), own, corrected, v('nope', 1))).status).toBe(404);
      expect((await send('PUT', url(id, 'P99-M9'), own, corrected, v(id, 1))).status).toBe(404);
      for (const [body, path] of [
        [{ ...corrected, percent: 140 }, 'percent'],
        [{ ...corrected, narrative: ' ' }, 'narrative'],
        [{ ...corrected, period: '2024-Q5' }, 'period'],
        [{ ...corrected, unit: 'sports-section' }, '(body)'],
      ] as const) {
        for (const lang of ['en', 'zh']) {
          const bad = await send('PUT', `${url(id)}?lang=${lang}`, own, body, v(id, 1));
          expect(bad.status).toBe(400);
          expect(JSON.stringify(bad.body.errors)).toContain(path === '(body)' ? 'unit' : path);
          if (lang === 'zh') expect(bad.body.detail).toMatch(/[\u4e00-\u9fff]/);
        }
      }
      const longReason = await send(
        'DELETE',
        `${url(id)}?reason=${'x'.repeat(1001)}`,
        own,
        undefined,
        v(id, 1),
      );
      expect(longReason.status).toBe(400);
      expect(await listed()).toMatchObject([{ id, version: 1, status: 'on_track' }]);
    });
  },
  { assignment: { lead: 'basic-education', cooperating: ['sports-section'] } },
);
