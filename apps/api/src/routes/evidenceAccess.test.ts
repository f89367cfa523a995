import { beforeEach, expect, it } from 'vitest';
import {
  describeTracking,
  type Json,
  MEASURE,
  PDF,
  REPORT as report,
  type TrackingApp,
} from '../_test/trackingApp.js';

const PLAN = 'ordos-education-sports-2021-2025';

/** The readers of the matrix: who asks for a download. */
const READERS = [
  'anonymous',
  'other unit',
  'other district',
  'own unit',
  'city reviewer',
  'admin',
] as const;
type Reader = (typeof READERS)[number];

/** What each reader gets of a report's evidence in each state: the reports' list's rule. */
const EXPECTED: Record<'live' | 'replaced' | 'withdrawn', Record<Reader, number>> = {
  // A live report is public, as GET …/reports is: its evidence too.
  live: {
    anonymous: 200,
    'other unit': 200,
    'other district': 200,
    'own unit': 200,
    'city reviewer': 200,
    admin: 200,
  },
  // A replaced report is still the live report: what it says changed, its evidence did not.
  replaced: {
    anonymous: 200,
    'other unit': 200,
    'other district': 200,
    'own unit': 200,
    'city reviewer': 200,
    admin: 200,
  },
  // A withdrawn report is read by admins only: its evidence is 404 for everyone else.
  withdrawn: {
    anonymous: 404,
    'other unit': 404,
    'other district': 404,
    'own unit': 404,
    'city reviewer': 404,
    admin: 200,
  },
};

describeTracking('evidence downloads', (fixture) => {
  let t: TrackingApp;
  let tokens: Record<Reader, string | undefined>;
  beforeEach(() => {
    t = fixture();
    tokens = {
      anonymous: undefined,
      'other unit': t.scoped.other,
      'other district': t.scoped.district,
      'own unit': t.scoped.own,
      'city reviewer': t.scoped.city,
      admin: t.tokens.admin,
    };
  });

  const as = (reader: Reader): Record<string, string> => {
    const token = tokens[reader];
    return token ? { authorization: `Bearer ${token}` } : {};
  };
  const own = () => ({ authorization: `Bearer ${tokens['own unit']}` });

  /** A report of the own unit with a PDF and a link, brought into `state`. */
  async function reportIn(state: 'live' | 'replaced' | 'withdrawn') {
    const sent = await t.app.request(`/api/v1/measures/${MEASURE}/reports`, {
      method: 'POST',
      headers: { ...own(), 'content-type': 'application/json' },
      body: JSON.stringify(report),
    });
    expect(sent.status).toBe(201);
    const { id } = (await sent.json()) as Json;
    const evidenceUrl = `/api/v1/measures/${MEASURE}/reports/${id}/evidence`;
    const file = await t.app.request(`${evidenceUrl}?name=校舍排查报告.pdf`, {
      method: 'POST',
      headers: { ...own(), 'content-type': 'application/pdf' },
      body: PDF,
    });
    const link = await t.app.request(evidenceUrl, {
      method: 'POST',
      headers: { ...own(), 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'link', name: '公告', url: 'https://www.ordos.gov.cn/a' }),
    });
    expect([file.status, link.status]).toEqual([201, 201]);
    const reportUrl = `/api/v1/measures/${MEASURE}/reports/${id}`;
    const ifMatch = { 'if-match': `"${id}.v1"` };
    if (state === 'replaced') {
      const replaced = await t.app.request(reportUrl, {
        method: 'PUT',
        headers: { ...own(), ...ifMatch, 'content-type': 'application/json' },
        body: JSON.stringify({ ...report, percent: 45 }),
      });
      expect(replaced.status).toBe(200);
    }
    if (state === 'withdrawn') {
      const withdrawn = await t.app.request(reportUrl, {
        method: 'DELETE',
        headers: { ...own(), ...ifMatch },
      });
      expect(withdrawn.status).toBe(204);
    }
    return {
      fileId: ((await file.json()) as Json).id as string,
      linkId: ((await link.json()) as Json).id as string,
    };
  }

  for (const state of ['live', 'replaced', 'withdrawn'] as const) {
    it(`serves a ${state} report’s evidence to exactly those who may read the report`, async () => {
      const { fileId, linkId } = await reportIn(state);
      const listed = (
        (await (await t.app.request(`/api/v1/measures/${MEASURE}/reports`)).json()) as Json
      ).items as Json[];
      // The list and the download agree: listed evidence is public, unlisted is not.
      expect(listed.flatMap((row) => row.evidence.map((e: Json) => e.id)).sort()).toEqual(
        state === 'withdrawn' ? [] : [fileId, linkId].sort(),
      );
      for (const reader of READERS) {
        const expected = EXPECTED[state][reader];
        for (const path of [
          `/api/v1/evidence/${fileId}`,
          `/api/v1/plans/${PLAN}/evidence/${fileId}`,
        ]) {
          const download = await t.app.request(path, { headers: as(reader) });
          expect({ reader, path, status: download.status }).toEqual({
            reader,
            path,
            status: expected,
          });
          if (expected === 200) {
            expect(download.headers.get('content-type')).toBe('application/pdf');
            expect(download.headers.get('content-disposition')).toMatch(
              /^attachment; filename="[^"]+\.pdf"; filename\*=UTF-8''/,
            );
            expect(download.headers.get('x-content-type-options')).toBe('nosniff');
            expect(new Uint8Array(await download.arrayBuffer())).toEqual(PDF);
          } else {
            expect(download.headers.get('content-type')).toMatch(/^application\/problem\+json/);
            expect(download.headers.get('content-disposition')).toBeNull();
            await download.arrayBuffer();
          }
        }
        const linkAnswer = await t.app.request(`/api/v1/evidence/${linkId}`, {
          headers: as(reader),
        });
        expect({ reader, link: linkAnswer.status }).toEqual({ reader, link: expected });
        const body = (await linkAnswer.json()) as Json;
        if (expected === 200) expect(body.url).toBe('https://www.ordos.gov.cn/a');
        else expect(body.url).toBeUndefined();
      }
    });
  }

  it('answers a hidden file exactly as one that does not exist, in both languages', async () => {
    const { fileId } = await reportIn('withdrawn');
    const unknownId = '00000000-0000-4000-8000-000000000000';
    for (const lang of ['en', 'zh']) {
      const hidden = await t.app.request(`/api/v1/evidence/${fileId}?lang=${lang}`, {
        headers: as('own unit'),
      });
      const missing = await t.app.request(`/api/v1/evidence/${unknownId}?lang=${lang}`, {
        headers: as('own unit'),
      });
      expect([hidden.status, missing.status]).toEqual([404, 404]);
      const [a, b] = [(await hidden.json()) as Json, (await missing.json()) as Json];
      expect(a.detail.replace(fileId, 'ID')).toBe(b.detail.replace(unknownId, 'ID'));
      expect(a.title).toBe(b.title);
      expect(a.detail).toMatch(lang === 'zh' ? /佐证材料/ : /^No evidence /);
    }
  });

  it('keeps another plan’s evidence to that plan', async () => {
    const { fileId } = await reportIn('live');
    const elsewhere = await t.app.request(`/api/v1/plans/no-such-plan/evidence/${fileId}`);
    expect(elsewhere.status).toBe(404);
    await elsewhere.arrayBuffer();
  });
});
