import { describe, expect, it } from 'vitest';
import { testApp } from '../_test/testApp.js';
import type { ReportDocumentRequest } from '../appTypes.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('GET /api/v1/report', () => {
  it('answers 501 in the request’s language when the server has no report renderer', async () => {
    const t = await testApp();
    const zh = await t.app.request('/api/v1/report?format=docx', {
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(zh.status).toBe(501);
    expect(zh.headers.get('content-type')).toContain('application/problem+json');
    expect(((await zh.json()) as { detail: string }).detail).toContain('plan serve');
    const en = await t.app.request('/api/v1/report?lang=en');
    expect(en.status).toBe(501);
    expect(((await en.json()) as { detail: string }).detail).toContain(
      'writes no report documents',
    );
  });

  it('hands the request to the renderer and sends its file as an attachment', async () => {
    const asked: ReportDocumentRequest[] = [];
    const t = await testApp({
      renderReport: async (request) => {
        asked.push(request);
        return {
          bytes: new Uint8Array([0x50, 0x4b, 3, 4]),
          mediaType: DOCX,
          filename: 'ordos-2021-2025-final-final.docx',
        };
      },
    });
    const response = await t.app.request(
      `/api/v1/report?format=docx&kind=final&unit=${encodeURIComponent('某单位')}&includeIllustrative=true`,
      { headers: { 'accept-language': 'en' } },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(DOCX);
    expect(response.headers.get('content-disposition')).toContain(
      'attachment; filename="ordos-2021-2025-final-final.docx"',
    );
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(
      new Uint8Array([0x50, 0x4b, 3, 4]),
    );
    expect(asked).toEqual([
      {
        format: 'docx',
        plan: 'ordos-education-sports-2021-2025',
        lang: 'en',
        kind: 'final',
        unit: '某单位',
        includeIllustrative: true,
      },
    ]);
  });

  it('refuses a bad format and answers 422 for a period the renderer refuses', async () => {
    const t = await testApp({
      renderReport: async () => {
        throw new RangeError('period: 2030 is outside the plan period 2021–2025');
      },
    });
    expect((await t.app.request('/api/v1/report?format=odt')).status).toBe(400);
    const refused = await t.app.request('/api/v1/report?kind=annual&period=2030', {
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { detail: string }).detail).toContain('2030');
  });
});
