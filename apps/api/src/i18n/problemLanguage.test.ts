import { createToken } from '@plan/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../_test/testApp.js';

// biome-ignore lint/suspicious/noExplicitAny: problems are read field by field; the OpenAPI contract (testApp) pins their shape
type Json = any;

/** Chinese characters (CJK unified ideographs). */
const CHINESE = /[\u4e00-\u9fff]/;
/**
 * An English sentence: three Latin words in a row (`is not valid`). Codes, ids, units and
 * paths (`YYYY-MM-DD`, `student-myopia-rate`, `POST /api/v1/units`, `CSV UTF-8`) are not.
 */
const ENGLISH_SENTENCE = /(?<![\w/-])[A-Za-z]{2,}(?:[ ,]+[A-Za-z]{2,}){2,}(?![\w/-])/;

/** English words: two Latin words in a row (`No indicator`). */
const ENGLISH_WORDS = /[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}/;

type Answer = { status: number; body: Json; headers: Headers };

/** Every text of a problem a person reads: title, detail and each field error's message. */
const textsOf = (problem: Json): string[] => [
  problem.title,
  problem.detail,
  ...(problem.errors ?? []).map((error: Json) => error.message),
];

function expectChinese(answer: Answer, label: string) {
  expect(answer.headers.get('content-type'), label).toMatch(/^application\/problem\+json/);
  expect(answer.headers.get('content-language'), label).toBe('zh-CN');
  for (const text of textsOf(answer.body)) {
    expect(text, `${label}: ${text}`).toMatch(CHINESE);
    expect(text, `${label}: ${text}`).not.toMatch(ENGLISH_SENTENCE);
  }
}

function expectEnglish(answer: Answer, label: string) {
  expect(answer.headers.get('content-language'), label).toBe('en');
  expect(answer.body.title, label).not.toMatch(CHINESE);
  expect(answer.body.detail, label).toMatch(ENGLISH_WORDS);
}

describe('problems in the request’s language', () => {
  let t: TestApp;
  let district: string;
  let unitToken: string;

  beforeEach(async () => {
    t = await testApp();
    district = (
      await createToken(t, 'dongsheng-bureau', 'editor', 'test', {
        scope: { regions: ['dongsheng'] },
      })
    ).token;
    const unit = await t.app.request('/api/v1/units', {
      method: 'POST',
      ...t.json('admin', { id: 'sports-section', nameZh: '体育科' }),
    });
    expect(unit.status).toBe(201);
    unitToken = (
      await createToken(t, 'sports-section-token', 'editor', 'test', {
        scope: { unit: 'sports-section' },
      })
    ).token;
  });
  afterEach(async () => {
    await t.close();
  });

  const send = async (
    language: Record<string, string>,
    method: string,
    path: string,
    options: {
      token?: string;
      body?: unknown;
      raw?: string;
      headers?: Record<string, string>;
    } = {},
  ): Promise<Answer> => {
    const headers: Record<string, string> = { ...language, ...(options.headers ?? {}) };
    if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined = options.raw;
    if (options.body !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = JSON.stringify(options.body);
    }
    const response = await t.app.request(path, { method, headers, ...(body ? { body } : {}) });
    const text = await response.text();
    return {
      status: response.status,
      body: text ? JSON.parse(text) : null,
      headers: response.headers,
    };
  };

  /** The bad requests a bureau official meets, each with the status it must get. */
  const badRequests = (): {
    label: string;
    status: number;
    ask: (language: Record<string, string>) => Promise<Answer>;
  }[] => [
    {
      label: 'no such path',
      status: 404,
      ask: (language) => send(language, 'GET', '/api/v1/nothing-here'),
    },
    {
      label: 'no such indicator',
      status: 404,
      ask: (language) => send(language, 'GET', '/api/v1/indicators/no-such-indicator'),
    },
    {
      label: 'no such plan',
      status: 404,
      ask: (language) => send(language, 'GET', '/api/v1/plans/no-such-plan/indicators'),
    },
    {
      label: 'write without a token',
      status: 401,
      ask: (language) =>
        send(language, 'POST', '/api/v1/observations', {
          body: { indicatorId: 'student-myopia-rate', year: 2023, value: 50 },
        }),
    },
    {
      label: 'malformed Authorization header',
      status: 401,
      ask: (language) =>
        send(language, 'GET', '/api/v1/indicators', { headers: { authorization: 'Token abc' } }),
    },
    {
      label: 'unknown token',
      status: 401,
      ask: (language) =>
        send(language, 'GET', '/api/v1/indicators', { token: 'not-a-token-of-this-server' }),
    },
    {
      label: 'viewer writes',
      status: 403,
      ask: (language) =>
        send(language, 'POST', '/api/v1/observations', {
          token: t.tokens.viewer,
          body: { indicatorId: 'student-myopia-rate', year: 2023, value: 50 },
        }),
    },
    {
      label: 'district token writes another district',
      status: 403,
      ask: (language) =>
        send(language, 'POST', '/api/v1/observations', {
          token: district,
          body: {
            indicatorId: 'regular-exercise-share',
            region: 'kangbashi',
            year: 2023,
            value: 44,
            source: 'district-report',
          },
        }),
    },
    {
      label: 'district token approves',
      status: 403,
      ask: (language) =>
        send(language, 'POST', '/api/v1/approvals', {
          token: district,
          body: { region: 'dongsheng' },
        }),
    },
    {
      label: 'unit token imports',
      status: 403,
      ask: (language) =>
        send(language, 'POST', '/api/v1/observations/import', {
          token: unitToken,
          raw: 'indicator_id,year,value\nstudent-myopia-rate,2023,50\n',
          headers: { 'content-type': 'text/csv' },
        }),
    },
    {
      label: 'fields missing and of the wrong type',
      status: 400,
      ask: (language) =>
        send(language, 'POST', '/api/v1/observations', {
          token: t.tokens.editor,
          body: { indicatorId: 7, value: 'fifty', extra: true },
        }),
    },
    {
      label: 'a date that is no date',
      status: 400,
      ask: (language) =>
        send(language, 'POST', '/api/v1/observations', {
          token: t.tokens.editor,
          body: { indicatorId: 'student-myopia-rate', date: '2023-02-30', value: 50 },
        }),
    },
    {
      label: 'a percentage above 100 and an unknown region',
      status: 400,
      ask: (language) =>
        send(language, 'POST', '/api/v1/observations', {
          token: t.tokens.editor,
          body: { indicatorId: 'student-myopia-rate', region: 'mars', year: 2023, value: 140 },
        }),
    },
    {
      label: 'the plan’s own figures',
      status: 403,
      ask: (language) =>
        send(language, 'POST', '/api/v1/observations', {
          token: t.tokens.editor,
          body: { indicatorId: 'student-myopia-rate', year: 2023, value: 50, source: 'plan' },
        }),
    },
    {
      label: 'body that is not JSON',
      status: 400,
      ask: (language) =>
        send(language, 'POST', '/api/v1/observations', {
          token: t.tokens.editor,
          raw: '{"indicatorId":',
          headers: { 'content-type': 'application/json' },
        }),
    },
    {
      label: 'unknown query parameter',
      status: 400,
      ask: (language) => send(language, 'GET', '/api/v1/indicators?colour=red'),
    },
    {
      label: 'import with bad rows',
      status: 400,
      ask: (language) =>
        send(language, 'POST', '/api/v1/observations/import', {
          token: t.tokens.editor,
          raw: '指标名称,旗区,年份,数值\n学前教育入园率,东胜区,2022,90\n学前三年入园率,东胜县,20x,abc\n中小学生近视眼率,东胜区,2022,157\n',
          headers: { 'content-type': 'text/csv' },
        }),
    },
    {
      label: 'import of a file neither UTF-8 nor GB18030',
      status: 422,
      ask: async (language) => {
        const response = await t.app.request('/api/v1/observations/import', {
          method: 'POST',
          headers: { ...language, ...t.auth('editor'), 'content-type': 'text/csv' },
          body: new Uint8Array([0xc4, 0xe3, 0xff, 0x0a]),
        });
        return { status: response.status, body: await response.json(), headers: response.headers };
      },
    },
    {
      label: 'import of another media type',
      status: 415,
      ask: (language) =>
        send(language, 'POST', '/api/v1/observations/import', {
          token: t.tokens.editor,
          raw: 'hello',
          headers: { 'content-type': 'text/plain' },
        }),
    },
    {
      label: 'approving an observation that does not exist',
      status: 404,
      ask: (language) =>
        send(
          language,
          'POST',
          '/api/v1/observations/0b7e0bd4-3f47-4c1e-9d2a-6a8f0c1e2d3f/approve',
          {
            token: t.tokens.editor,
          },
        ),
    },
    {
      label: 'correcting without If-Match',
      status: 428,
      ask: async (language) => {
        const created = await send({}, 'POST', '/api/v1/observations', {
          token: t.tokens.editor,
          body: { indicatorId: 'student-myopia-rate', year: 2023, value: 50, source: 'bureau' },
        });
        expect(created.status).toBe(201);
        return send(language, 'PATCH', `/api/v1/observations/${created.body.id}`, {
          token: t.tokens.editor,
          body: { value: 51 },
        });
      },
    },
    {
      label: 'recording the same figure twice',
      status: 409,
      ask: async (language) => {
        const figure = {
          indicatorId: 'student-myopia-rate',
          year: 2022,
          value: 50,
          source: 'bureau',
        };
        await send({}, 'POST', '/api/v1/observations', { token: t.tokens.editor, body: figure });
        return send(language, 'POST', '/api/v1/observations', {
          token: t.tokens.editor,
          body: { ...figure, value: 52 },
        });
      },
    },
    {
      label: 'a token name taken',
      status: 409,
      ask: (language) =>
        send(language, 'POST', '/api/v1/tokens', {
          token: t.tokens.admin,
          body: { name: 'test-editor', role: 'editor' },
        }),
    },
  ];

  it('answers every bad request in Chinese for Accept-Language: zh-CN, naming what is wrong', async () => {
    for (const bad of badRequests()) {
      const answer = await bad.ask({ 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' });
      expect(answer.status, bad.label).toBe(bad.status);
      expectChinese(answer, bad.label);
    }
  });

  it('answers every bad request in English for Accept-Language: en', async () => {
    for (const bad of badRequests()) {
      const answer = await bad.ask({ 'accept-language': 'en-US,en;q=0.9' });
      expect(answer.status, bad.label).toBe(bad.status);
      expectEnglish(answer, bad.label);
    }
  });

  it('lets ?lang= choose over Accept-Language', async () => {
    const chinese = await send({ 'accept-language': 'en' }, 'GET', '/api/v1/nothing?lang=zh');
    expectChinese(chinese, '?lang=zh');
    const english = await send(
      { 'accept-language': 'zh-CN' },
      'GET',
      '/api/v1/indicators/x?lang=en',
    );
    expectEnglish(english, '?lang=en');
    const known = await send({}, 'GET', '/api/v1/indicators?lang=zh');
    expect(known.status).toBe(200);
  });

  it('names the field and the rule of each validation error in Chinese', async () => {
    const answer = await send({ 'accept-language': 'zh-CN' }, 'POST', '/api/v1/observations', {
      token: t.tokens.editor,
      body: { indicatorId: 'student-myopia-rate', region: 'mars', year: 2023, value: 140 },
    });
    expect(answer.body.title).toBe('请求无效');
    expect(answer.body.errors).toEqual([
      {
        path: 'region',
        code: 'unknown-region',
        message: expect.stringMatching(/^未知的地区“mars”：应为 /),
      },
      { path: 'value', code: 'percent', message: '140 超过 100，不可能是百分比' },
    ]);
    const missing = await send({ 'accept-language': 'zh-CN' }, 'POST', '/api/v1/observations', {
      token: t.tokens.editor,
      body: { year: 2023 },
    });
    expect(missing.body.errors.map((error: Json) => error.message)).toContain('缺少数值（value）');
  });

  it('says the write limit in Chinese', async () => {
    const limited = await testApp({ writeRatePerMinute: 1 });
    try {
      const write = () =>
        limited.app.request('/api/v1/observations', {
          method: 'POST',
          ...limited.json(
            'editor',
            { indicatorId: 'student-myopia-rate', year: 2021, value: 50, source: 'bureau' },
            { 'accept-language': 'zh-CN' },
          ),
        });
      await write();
      const refused = await write();
      expect(refused.status).toBe(429);
      const body = (await refused.json()) as Json;
      expect(body.title).toBe('请求过于频繁');
      expect(body.detail).toMatch(/^此客户端每分钟写入超过 1 次，请 \d+ 秒后重试。$/);
    } finally {
      await limited.close();
    }
  });
});
