import { createToken, type Store } from '@plan/store';
import { storeFactories } from '@plan/store/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../_test/testApp.js';

// biome-ignore lint/suspicious/noExplicitAny: answers are read field by field; the OpenAPI contract (testApp) pins their shape
type Json = any;

const MIDTERM = '/api/v1/reports/midterm/midterm/narrative';

for (const factory of storeFactories()) {
  describe.skipIf(factory.skip !== undefined)(`report narratives on ${factory.name}`, () => {
    let opened: { store: Store; dispose: () => Promise<void> };
    let t: TestApp;
    let district: string;
    let unit: string;

    beforeEach(async () => {
      opened = await factory.open();
      t = await testApp({ store: opened.store });
      district = (
        await createToken(t, 'dongsheng-bureau', 'editor', 'test', {
          scope: { regions: ['dongsheng'] },
        })
      ).token;
      await t.store.units.create({ id: 'basic-education', nameZh: '基础教育科' }, { name: 'test' });
      unit = (
        await createToken(t, 'basic-education-token', 'editor', 'test', {
          scope: { unit: 'basic-education' },
        })
      ).token;
    });
    afterEach(async () => {
      await t.close();
      await opened.dispose();
    });

    const get = async (path: string, headers: Record<string, string> = {}) => {
      const response = await t.app.request(path, { headers });
      return { status: response.status, body: (await response.json()) as Json };
    };
    const put = async (
      path: string,
      body: unknown,
      auth: Record<string, string> = t.auth('editor'),
      headers: Record<string, string> = {},
    ) => {
      const response = await t.app.request(path, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', ...auth, ...headers },
        body: JSON.stringify(body),
      });
      return {
        status: response.status,
        body: (await response.json()) as Json,
        headers: response.headers,
      };
    };
    const record = (body: unknown) =>
      t.app.request('/api/v1/observations', { method: 'POST', ...t.json('editor', body) });

    it('gives every section a draft from the figures, on the report’s time base', async () => {
      await record({
        indicatorId: 'regular-exercise-share',
        year: 2023,
        value: 44.5,
        source: 'bulletin',
      });
      const { status, body } = await get(MIDTERM, { 'accept-language': 'zh-CN' });
      expect(status).toBe(200);
      expect(body).toMatchObject({
        kind: 'midterm',
        period: 'midterm',
        from: '2021-01-01',
        asOf: '2023-12-31',
        label: { zh: '中期评估（截至2023年12月31日）' },
      });
      expect(body.sections.map((s: Json) => [s.section, s.draft, s.version])).toEqual([
        ['achievements', true, 0],
        ['problems', true, 0],
        ['next_steps', true, 0],
      ]);
      // 43 (2020) → 44.5 (2023) towards 45: ahead of schedule, completion 75%.
      expect(body.sections[0].text).toContain('截至2023年12月31日，本次中期评估共评估61项指标');
      expect(body.sections[0].text).toContain('经常参加体育锻炼');
      expect(body.sections[0].text).toContain('完成进度75%');
      const english = await get(MIDTERM, { 'accept-language': 'en' });
      expect(english.body.sections[0].text).toContain(
        'As of 2023-12-31, this mid-term evaluation judged 61',
      );
    });

    it('stores a section written by a city editor, versioned, and serves it instead of the draft', async () => {
      const first = await put(`${MIDTERM}/achievements`, {
        text: '学前教育普及普惠水平持续提高。',
        expectedVersion: 0,
      });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({
        section: 'achievements',
        draft: false,
        version: 1,
        updatedBy: 'test-editor',
      });
      expect(first.headers.get('etag')).toBe('"achievements.v1"');
      const second = await put(
        `${MIDTERM}/achievements`,
        { text: '学前教育普及普惠水平持续提高，第二稿。' },
        t.auth('admin'),
        { 'if-match': '"achievements.v1"' },
      );
      expect(second.body.version).toBe(2);
      const { body } = await get(MIDTERM);
      expect(body.sections[0]).toMatchObject({
        text: '学前教育普及普惠水平持续提高，第二稿。',
        draft: false,
        version: 2,
      });
      expect(body.sections[1].draft).toBe(true);
      // Another report period is another text.
      const annual = await get('/api/v1/reports/annual/2023/narrative');
      expect(annual.body).toMatchObject({ asOf: '2023-12-31', label: { zh: '2023年度监测' } });
      expect(annual.body.sections[0].draft).toBe(true);
    });

    it('refuses a write of an older version with 409 in the reader’s language, nothing written', async () => {
      await put(`${MIDTERM}/problems`, { text: 'A', expectedVersion: 0 });
      await put(`${MIDTERM}/problems`, { text: 'B', expectedVersion: 1 });
      const stale = await put(
        `${MIDTERM}/problems`,
        { text: 'C', expectedVersion: 1 },
        t.auth('editor'),
        {
          'accept-language': 'zh-CN',
        },
      );
      expect(stale.status).toBe(409);
      expect(stale.body.detail).toContain('已被他人修改（当前第2版');
      const english = await put(
        `${MIDTERM}/problems`,
        { text: 'C', expectedVersion: 0 },
        t.auth('editor'),
        {
          'accept-language': 'en',
        },
      );
      expect(english.body.detail).toContain('was changed meanwhile (now version 2');
      expect((await get(MIDTERM)).body.sections[1].text).toBe('B');
    });

    it('needs the version edited (428) and a text of at most 20,000 characters (400)', async () => {
      const none = await put(`${MIDTERM}/next_steps`, { text: 'x' }, t.auth('editor'), {
        'accept-language': 'zh-CN',
      });
      expect(none.status).toBe(428);
      expect(none.body.detail).toContain('请在请求中给出所修改的版本');
      const long = await put(
        `${MIDTERM}/next_steps`,
        { text: '字'.repeat(20_001), expectedVersion: 0 },
        t.auth('editor'),
        {
          'accept-language': 'zh-CN',
        },
      );
      expect(long.status).toBe(400);
      expect(long.body.detail).toBe('文字共20001个字符，每一部分最多20000个字符。');
      expect(long.body.errors[0]).toMatchObject({ path: 'text', message: '最多20000个字符' });
    });

    it('lets only the city’s editors and admins write: not viewers, districts or units', async () => {
      const body = { text: 'x', expectedVersion: 0 };
      expect((await put(`${MIDTERM}/achievements`, body, {})).status).toBe(401);
      expect((await put(`${MIDTERM}/achievements`, body, t.auth('viewer'))).status).toBe(403);
      const fromDistrict = await put(
        `${MIDTERM}/achievements`,
        body,
        { authorization: `Bearer ${district}` },
        {
          'accept-language': 'zh-CN',
        },
      );
      expect(fromDistrict.status).toBe(403);
      expect(fromDistrict.body.detail).toContain('由市级编辑或管理员撰写');
      const fromUnit = await put(
        `${MIDTERM}/achievements`,
        body,
        { authorization: `Bearer ${unit}` },
        {
          'accept-language': 'en',
        },
      );
      expect(fromUnit.status).toBe(403);
      expect(fromUnit.body.detail).toContain('confined to a unit');
      expect((await get(MIDTERM)).body.sections[0].draft).toBe(true);
    });

    it('refuses a bad period or kind, naming it in both languages', async () => {
      const outside = await get('/api/v1/reports/annual/2026/narrative', {
        'accept-language': 'zh-CN',
      });
      expect(outside.status).toBe(400);
      expect(outside.body.detail).toBe(
        '报告期“2026”无效：年度监测的报告期是规划期内的年份（2021—2025）。',
      );
      const english = await get('/api/v1/reports/final/2025/narrative', {
        'accept-language': 'en',
      });
      expect(english.status).toBe(400);
      expect(english.body.detail).toBe(
        'The report period "2025" is not valid: a final report\'s period is "final".',
      );
      expect((await get('/api/v1/reports/weekly/2025/narrative')).status).toBe(400);
      expect(
        (
          await put('/api/v1/reports/final/final/narrative/summary', {
            text: 'x',
            expectedVersion: 0,
          })
        ).status,
      ).toBe(400);
    });

    it('keeps plans apart under /plans/{planId}', async () => {
      await put(`${MIDTERM}/achievements`, { text: 'Ordos', expectedVersion: 0 });
      const { body } = await get(
        `/api/v1/plans/ordos-education-sports-2021-2025/reports/midterm/midterm/narrative`,
      );
      expect(body.sections[0].text).toBe('Ordos');
    });
  });
}
