import { createToken, type Store } from '@plan/store';
import { storeFactories } from '@plan/store/testing';
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

/**
 * The store's refusals (conflicts, unknown units, its write policy, a responsibility list's
 * rows) come from the store in both languages: the English as it always was, the Chinese
 * written beside it, on every kind of store.
 */
for (const factory of storeFactories()) {
  describe.skipIf(factory.skip !== undefined)(`the store’s refusals on ${factory.name}`, () => {
    let opened: { store: Store; dispose: () => Promise<void> };
    let t: TestApp;
    beforeEach(async () => {
      opened = await factory.open();
      t = await testApp({ store: opened.store });
      const unit = await t.app.request('/api/v1/units', {
        method: 'POST',
        ...t.json('admin', { id: 'finance', nameZh: '市财政局' }),
      });
      expect(unit.status).toBe(201);
    });
    afterEach(async () => {
      await t.close();
      await opened.dispose();
    });

    /** The same request asked in Chinese and in English. */
    const both = async (
      ask: (language: Record<string, string>) => Response | Promise<Response>,
    ): Promise<{ zh: Answer; en: Answer }> => {
      const read = async (response: Response): Promise<Answer> => ({
        status: response.status,
        body: await response.json(),
        headers: response.headers,
      });
      return {
        zh: await read(await ask({ 'accept-language': 'zh-CN' })),
        en: await read(await ask({ 'accept-language': 'en' })),
      };
    };
    const post =
      (path: string, role: 'admin' | 'editor', body: unknown) =>
      (language: Record<string, string>) =>
        t.app.request(path, { method: 'POST', ...t.json(role, body, language) });
    const figure = { indicatorId: 'student-myopia-rate', year: 2022, value: 50, source: 'bureau' };
    /** Records a figure as the editor: its id and ETag. */
    const record = async (body: unknown) => {
      const response = await post('/api/v1/observations', 'editor', body)({});
      expect(response.status).toBe(201);
      return { id: ((await response.json()) as Json).id, etag: response.headers.get('etag') ?? '' };
    };
    /** A correction by the editor at the version read (`etag`). */
    const patch =
      ({ id, etag }: { id: string; etag: string }, body: unknown) =>
      (language: Record<string, string>) =>
        t.app.request(`/api/v1/observations/${id}`, {
          method: 'PATCH',
          ...t.json('editor', body, { ...language, 'if-match': etag }),
        });

    it('says a unit’s id or Chinese name taken', async () => {
      const id = await both(post('/api/v1/units', 'admin', { id: 'finance', nameZh: '财政' }));
      expect(id.zh.status).toBe(409);
      expectChinese(id.zh, 'unit id taken');
      expect(id.zh.body.detail).toBe('编号为“finance”的单位已存在。');
      expect(id.zh.body.errors).toEqual([{ path: 'id', message: '编号为“finance”的单位已存在' }]);
      expect(id.en.body.detail).toBe('a unit with id "finance" already exists.');
      expect(id.en.body.errors).toEqual([
        { path: 'id', message: 'a unit with id "finance" already exists' },
      ]);
      const name = await both(post('/api/v1/units', 'admin', { id: 'money', nameZh: '市财政局' }));
      expect(name.zh.body.detail).toBe('名为“市财政局”的单位已存在（编号“finance”）。');
      expect(name.en.body.detail).toBe('a unit named "市财政局" already exists (id "finance").');
    });

    it('says a token name reserved or taken', async () => {
      const reserved = await both(
        post('/api/v1/tokens', 'admin', { name: 'admin', role: 'editor' }),
      );
      expect(reserved.zh.status).toBe(400);
      expectChinese(reserved.zh, 'reserved token name');
      expect(reserved.zh.body.detail).toBe(
        '“admin”是保留名称（指管理员令牌或历史记录中的系统），请另取名称。',
      );
      expect(reserved.en.body.detail).toBe(
        '"admin" is reserved (it names the admin token or the system in the history); choose another name.',
      );
      const taken = await both(
        post('/api/v1/tokens', 'admin', { name: 'TEST-editor', role: 'editor' }),
      );
      expect(taken.zh.status).toBe(409);
      expect(taken.zh.body.detail).toMatch(
        /^已有名为“TEST-editor”的令牌（\S+）；令牌名称不分大小写且不能重复。$/,
      );
      expect(taken.en.body.detail).toMatch(
        /^a token named "TEST-editor" already exists \(\S+\); token names are unique, regardless of case\.$/,
      );
    });

    it('says a token’s unknown unit and unknown region', async () => {
      const answer = await both(
        post('/api/v1/tokens', 'admin', {
          name: 'someone',
          role: 'editor',
          unit: 'no-such-unit',
        }),
      );
      expect(answer.zh.status).toBe(400);
      expectChinese(answer.zh, 'unknown unit of a token');
      expect(answer.zh.body.errors).toEqual([
        { path: 'unit', message: '没有单位“no-such-unit”：请先添加（POST /api/v1/units）' },
      ]);
      expect(answer.en.body.errors).toEqual([
        { path: 'unit', message: 'no unit "no-such-unit": add it first (POST /api/v1/units)' },
      ]);
      const region = await both(
        post('/api/v1/tokens', 'admin', { name: 'someone', role: 'editor', regions: ['mars'] }),
      );
      expect(region.zh.body.errors).toEqual([
        { path: 'regions.0', message: '没有任何规划有地区“mars”' },
      ]);
      expect(region.en.body.errors).toEqual([
        { path: 'regions.0', message: 'no plan has a region "mars"' },
      ]);
    });

    it('says a figure recorded twice, on create and on a correction', async () => {
      const { id } = await record(figure);
      const again = await both(post('/api/v1/observations', 'editor', { ...figure, value: 52 }));
      expect(again.zh.status).toBe(409);
      expectChinese(again.zh, 'a figure recorded twice');
      expect(again.zh.body.detail).toBe(
        `指标“student-myopia-rate”在 ordos 2022-12-31 来源“bureau”的数据已存在（${id}），请更正那一条。`,
      );
      expect(again.en.body.detail).toBe(
        `an observation of "student-myopia-rate" for ordos on 2022-12-31 from source "bureau" already exists (${id}); correct that one instead.`,
      );
      const other = await record({ ...figure, source: 'bulletin' });
      const moved = await both(patch(other, { source: 'bureau' }));
      expect(moved.zh.status).toBe(409);
      expect(moved.zh.body.detail).toBe(again.zh.body.detail);
      expect(moved.en.body.detail).toBe(again.en.body.detail);
    });

    it('says a review its figure’s state does not allow, and a move of demo to official by an editor', async () => {
      const stored = await record(figure);
      const returned = await post(`/api/v1/observations/${stored.id}/return`, 'admin', {
        reason: 'check the source',
      })({});
      expect(returned.status).toBe(200);
      const approve = await both(post(`/api/v1/observations/${stored.id}/approve`, 'admin', {}));
      expect(approve.zh.status).toBe(409);
      expectChinese(approve.zh, 'approving a returned figure');
      expect(approve.zh.body.detail).toBe(
        `数据 ${stored.id} 当前为“已退回”，只有已报送的数据才能审核通过（被退回的须先更正并重新报送）。`,
      );
      expect(approve.en.body.detail).toBe(
        `observation ${stored.id} is returned; only a submitted figure can be approved (a returned one is corrected and resubmitted first).`,
      );
      const again = await both(
        post(`/api/v1/observations/${stored.id}/return`, 'admin', { reason: 'again' }),
      );
      expect(again.zh.status).toBe(409);
      expect(again.zh.body.detail).toBe(
        `数据 ${stored.id} 已被退回；只有已报送或已通过的数据才能退回。`,
      );
      expect(again.en.body.detail).toBe(
        `observation ${stored.id} is already returned; only a submitted or approved figure can be returned.`,
      );
      const demo = await record({ ...figure, source: 'demo' });
      const move = await both(patch(demo, { source: 'bureau-2' }));
      expect(move.zh.status).toBe(403);
      expectChinese(move.zh, 'demo to official by an editor');
      expect(move.zh.body.detail).toBe(
        '把数据从示例数据改为正式数据须由管理员操作；编辑者令牌可以更正数值或备注，或以自己的来源录入正式数据。',
      );
      expect(move.en.body.detail).toBe(
        'Moving a figure from illustrative (demo) to official is an admin act; a editor token may correct its value or note, or record an official figure under its own source.',
      );
    });

    it('says an import’s conflicts and a reused Idempotency-Key', async () => {
      await t.app.request('/api/v1/observations', { method: 'POST', ...t.json('editor', figure) });
      const csv = (body: string, key?: string) => (language: Record<string, string>) =>
        t.app.request('/api/v1/observations/import?source=bureau', {
          method: 'POST',
          headers: {
            ...language,
            ...t.auth('editor'),
            'content-type': 'text/csv',
            ...(key ? { 'idempotency-key': key } : {}),
          },
          body,
        });
      const conflict = await both(csv('indicator_id,year,value\nstudent-myopia-rate,2022,51\n'));
      expect(conflict.zh.status).toBe(400);
      expectChinese(conflict.zh, 'an import’s conflict');
      expect(conflict.zh.body.errors).toEqual([
        {
          path: 'file',
          message:
            '指标“student-myopia-rate”在 ordos 2022-12-31 来源“bureau”已录有另一数值，请用 PATCH 更正',
        },
      ]);
      expect(conflict.en.body.errors).toEqual([
        {
          path: 'file',
          message:
            '"student-myopia-rate" for ordos on 2022-12-31 from "bureau" is already recorded with another value; correct it with PATCH',
        },
      ]);
      expect(
        (await csv('indicator_id,year,value\nstudent-myopia-rate,2023,40\n', 'k-1')({})).status,
      ).toBe(200);
      const reused = await both(
        csv('indicator_id,year,value\nstudent-myopia-rate,2023,41\n', 'k-1'),
      );
      expect(reused.zh.status).toBe(409);
      expect(reused.zh.body.detail).toBe('幂等键 Idempotency-Key“k-1”已用于另一个不同的请求。');
      expect(reused.en.body.detail).toBe(
        'Idempotency-Key "k-1" was already used with a different request.',
      );
    });

    it('says a responsibility’s unknown unit, a lead also cooperating, and a list’s bad rows', async () => {
      const put = (body: unknown) => (language: Record<string, string>) =>
        t.app.request('/api/v1/responsibilities/P08-M2', {
          method: 'PUT',
          ...t.json('admin', body, language),
        });
      const unknown = await both(put({ lead: 'nobody', cooperating: [] }));
      expect(unknown.zh.status).toBe(400);
      expectChinese(unknown.zh, 'unknown unit of a responsibility');
      expect(unknown.zh.body.detail).toBe('未知的单位 “nobody”（用于 P08-M2）：请先添加该单位。');
      expect(unknown.en.body.detail).toBe(
        'unknown unit "nobody" (for P08-M2): create the unit first.',
      );
      const twice = await both(put({ lead: 'finance', cooperating: ['finance'] }));
      expect(twice.zh.body.errors).toEqual([
        {
          path: 'cooperating',
          message: expect.stringMatching(/：单位“finance”是牵头单位，不能同时作为配合单位$/),
        },
      ]);
      expect(twice.en.body.errors).toEqual([
        {
          path: 'cooperating',
          message: 'unit "finance" is the lead unit; it cannot also be a cooperating unit',
        },
      ]);
      const rows = await both((language) =>
        t.app.request('/api/v1/responsibilities/import', {
          method: 'POST',
          headers: { ...language, ...t.auth('admin'), 'content-type': 'text/csv' },
          body: '事项编号,牵头单位,配合单位\nP99-M9,finance,\nP08-M2,nobody,\nP08-M3,finance,finance、finance\n',
        }),
      );
      expect(rows.zh.status).toBe(400);
      expectChinese(rows.zh, 'a responsibility list’s bad rows');
      expect(rows.zh.body.errors.map((error: Json) => error.message)).toEqual([
        '“P99-M9”不是本规划的举措或目标（编号如 P08-M2、T-P08-M2-1）',
        '未知的单位“nobody”：请先添加该单位（POST /api/v1/units），可填编号或中文名',
        'finance 是牵头单位，不能同时作为配合单位',
        '同一配合单位填写了两次',
      ]);
      expect(rows.en.body.errors.map((error: Json) => error.message)).toEqual([
        '"P99-M9" is not a measure or target of the plan (e.g. P08-M2, T-P08-M2-1)',
        'unknown unit "nobody": add it first (POST /api/v1/units), by id or 中文名',
        'finance is the lead unit; it cannot also be a cooperating unit',
        'a cooperating unit is named twice',
      ]);
    });
  });
}
