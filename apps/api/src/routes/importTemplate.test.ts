import type { Store } from '@plan/store';
import { storeFactories } from '@plan/store/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp } from '../_test/testApp.js';

// biome-ignore lint/suspicious/noExplicitAny: answers are read field by field; the OpenAPI contract (testApp) pins their shape
type Json = Record<string, any>;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = '指标名称,目标编号,地区,年份,日期,数值,来源,备注';

/** The file names of a Content-Disposition: the ASCII one and the decoded filename*. */
function namesOf(response: Response) {
  const header = response.headers.get('content-disposition') ?? '';
  return {
    attachment: header.startsWith('attachment;'),
    filename: /filename="([^"]*)"/.exec(header)?.[1],
    utf8: decodeURIComponent(/filename\*=UTF-8''([^;]*)/.exec(header)?.[1] ?? ''),
    raw: header,
  };
}

for (const factory of storeFactories()) {
  describe.skipIf(factory.skip !== undefined)(`import templates on ${factory.name}`, () => {
    let opened: { store: Store; dispose: () => Promise<void> };
    let t: Awaited<ReturnType<typeof testApp>>;
    beforeEach(async () => {
      opened = await factory.open();
      t = await testApp({ store: opened.store });
      const admin = { id: null, name: 'test' };
      await t.store.units.create({ id: 'basic-education', nameZh: '基础教育科' }, admin);
      await t.store.units.create({ id: 'sports-section', nameZh: '体育科' }, admin);
      // basic-education leads measure P07-M2 (its five targets follow it) and cooperates on T-C2S3-6.
      for (const [item, body] of [
        ['P07-M2', { lead: 'basic-education', cooperating: [] }],
        ['T-C2S3-6', { lead: 'sports-section', cooperating: ['basic-education'] }],
      ] as const) {
        const put = await t.app.request(`/api/v1/responsibilities/${item}`, {
          method: 'PUT',
          ...t.json('admin', body),
        });
        expect(put.status).toBe(200);
      }
    });
    afterEach(async () => {
      await t.close();
      await opened.dispose();
    });

    const get = (query: string, headers: Record<string, string> = {}) =>
      t.app.request(`/api/v1/observations/template${query}`, { headers });

    it('answers the XLSX template by default, as an attachment with its Chinese name', async () => {
      const response = await get('');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(XLSX);
      expect(response.headers.get('x-template-rows')).toBe('0');
      expect(namesOf(response)).toMatchObject({
        attachment: true,
        filename: 'observations-template.xlsx',
        utf8: '数据导入模板.xlsx',
      });
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]); // a ZIP: PK
    });

    it('prefills a district by its 旗区 name or id, in GB18030 for Excel on Chinese Windows', async () => {
      for (const region of ['东胜区', 'dongsheng']) {
        const response = await get(`?format=csv-gb18030&region=${encodeURIComponent(region)}`);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe('text/csv; charset=gb18030');
        const names = namesOf(response);
        expect(names.filename).toBe('observations-template-dongsheng-gbk.csv');
        expect(names.utf8).toBe('数据导入模板（东胜区）（GBK）.csv');
        // RFC 5987: nothing but attr-char left unencoded (the full-width brackets included).
        expect(names.raw).toMatch(/filename\*=UTF-8''[A-Za-z0-9%!#$&+.^_`|~-]+$/);
        const text = new TextDecoder('gb18030').decode(await response.arrayBuffer());
        const lines = text.trimEnd().split('\r\n');
        expect(lines[0]).toBe(HEADER);
        expect(lines.length - 1).toBe(Number(response.headers.get('x-template-rows')));
        expect(lines.length).toBeGreaterThan(10);
        expect(lines.slice(1).every((line) => line.split(',')[2] === '东胜区')).toBe(true);
      }
    });

    it('prefills the targets a unit leads or cooperates on (its measure’s targets too), in UTF-8 with a BOM', async () => {
      const response = await get('?format=csv-utf8&unit=basic-education');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = new TextDecoder().decode(bytes.subarray(3)).trimEnd().split('\r\n');
      expect(lines[0]).toBe(HEADER);
      expect(lines.slice(1).map((line) => line.split(',')[1])).toEqual([
        'T-C2S3-6',
        'T-P07-M2-1',
        'T-P07-M2-2',
        'T-P07-M2-3',
        'T-P07-M2-4',
        'T-P07-M2-5',
      ]);
      expect(response.headers.get('x-template-rows')).toBe('6');
      // By the unit's Chinese name, and within a district.
      const named = await get(
        `?format=csv-utf8&unit=${encodeURIComponent('基础教育科')}&region=dongsheng`,
      );
      const rows = (await named.text()).trimEnd().split('\r\n').slice(1);
      expect(rows).toHaveLength(6);
      expect(rows.every((line) => line.split(',')[2] === '东胜区')).toBe(true);
      // The lead of T-C2S3-6 alone gets that row alone.
      const lead = await get('?format=csv-utf8&unit=sports-section');
      expect(lead.headers.get('x-template-rows')).toBe('1');
    });

    it('answers 422 naming an unknown region or unit, in the request’s language', async () => {
      const region = await get(`?region=${encodeURIComponent('东城区')}`, {
        'accept-language': 'en',
      });
      expect(region.status).toBe(422);
      const regionProblem = (await region.json()) as Json;
      expect(regionProblem.detail).toContain('"东城区"');
      expect(regionProblem.errors[0].path).toBe('query.region');

      const unit = await get('?unit=no-such-unit', { 'accept-language': 'zh-CN' });
      expect(unit.status).toBe(422);
      const unitProblem = (await unit.json()) as Json;
      expect(unitProblem.detail).toContain('没有单位“no-such-unit”');
      expect(unitProblem.errors[0].path).toBe('query.unit');
      const english = await get('?unit=no-such-unit', { 'accept-language': 'en' });
      expect(((await english.json()) as Json).detail).toContain('No unit "no-such-unit"');

      expect((await get('?format=pdf')).status).toBe(400);
    });

    it('is in the OpenAPI document, for the default plan and under /plans/{planId}', async () => {
      const document = (await (await t.app.request('/api/v1/openapi.json')).json()) as Json;
      expect(document.paths['/api/v1/observations/template'].get.operationId).toBe(
        'importTemplate',
      );
      expect(document.paths['/api/v1/plans/{planId}/observations/template'].get).toBeDefined();
    });
  });
}
