import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OPENAPI_DOCUMENT, openApiDocument } from '../app.js';
import { openApiContract } from './openApiContract.js';
import { testApp } from './testApp.js';

let t: Awaited<ReturnType<typeof testApp>>;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

const json = (body: unknown, status = 200, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

describe('openApiContract', () => {
  it('accepts an answer the document describes', async () => {
    const check = openApiContract(openApiDocument(t.app));
    expect(await check('GET', '/api/v1/health', json({ status: 'ok' }))).toEqual([]);
  });

  it('names a body that does not fit its schema', async () => {
    const check = openApiContract(openApiDocument(t.app));
    const problems = await check('GET', '/api/v1/health', json({ status: 'down' }));
    expect(problems.join('\n')).toMatch(/GET \/api\/v1\/health → 200: body\/status/);
  });

  it('names an undocumented status, content type or method', async () => {
    const check = openApiContract(openApiDocument(t.app));
    expect(await check('GET', '/api/v1/health', json({ status: 'ok' }, 418))).toEqual([
      'GET /api/v1/health → 418: status 418 is not documented',
    ]);
    expect(
      (await check('GET', '/api/v1/health', json({ status: 'ok' }, 200, 'text/plain')))[0],
    ).toMatch(/content type text\/plain is not one of application\/json/);
    expect((await check('PUT', '/api/v1/health', json({}, 404)))[0]).toMatch(/must answer 405/);
  });

  it('accepts null where a nullable reference is documented (history[].old), which the raw generated document refused', async () => {
    const created = await t.app.request('/api/v1/observations', {
      method: 'POST',
      ...t.json('editor', {
        indicatorId: 'student-myopia-rate',
        year: 2023,
        value: 57.1,
        source: 'survey',
      }),
    });
    const { id } = (await created.json()) as { id: string };
    const history = await t.app.request(`/api/v1/observations/${id}/history`, {
      headers: t.auth('viewer'),
    });
    expect(history.status).toBe(200);
    const tidy = openApiContract(openApiDocument(t.app));
    expect(await tidy('GET', `/api/v1/observations/${id}/history`, history.clone())).toEqual([]);
    const raw = openApiContract(t.app.getOpenAPI31Document(OPENAPI_DOCUMENT));
    expect(
      (await raw('GET', `/api/v1/observations/${id}/history`, history.clone())).join('\n'),
    ).toMatch(/body\/items\/0\/old/);
  });

  it('is kept by every answer of the test app: a PUT answers 405 with Allow', async () => {
    const response = await t.app.request('/api/v1/observations', { method: 'PUT' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD, POST');
  });
});

describe('the OpenAPI document', () => {
  it('gives every operation an operationId, a summary and a description', async () => {
    const doc = openApiDocument(t.app) as unknown as {
      paths: Record<
        string,
        Record<string, { operationId?: string; summary?: string; description?: string }>
      >;
    };
    const missing: string[] = [];
    const ids = new Set<string>();
    for (const [path, item] of Object.entries(doc.paths))
      for (const [method, operation] of Object.entries(item)) {
        if (!operation.operationId) missing.push(`${method} ${path}: operationId`);
        if (!operation.summary) missing.push(`${method} ${path}: summary`);
        if (!operation.description) missing.push(`${method} ${path}: description`);
        if (operation.operationId) ids.add(operation.operationId);
      }
    expect(missing).toEqual([]);
    expect(ids.size).toBe(Object.values(doc.paths).flatMap((item) => Object.keys(item)).length);
  });

  it('marks If-Match required where a route reads it, and says weak ETags never match', async () => {
    const doc = openApiDocument(t.app) as unknown as {
      paths: Record<
        string,
        Record<
          string,
          { parameters?: { in: string; name: string; required?: boolean; description?: string }[] }
        >
      >;
    };
    const ifMatch = doc.paths['/api/v1/observations/{id}']?.patch?.parameters?.find(
      (parameter) => parameter.name === 'if-match',
    );
    expect(ifMatch).toMatchObject({ in: 'header', required: true });
    expect(ifMatch?.description).toMatch(/weak/);
  });

  it('says a compressed answer’s ETag carries its encoding, and that If-Match and If-None-Match take either form', async () => {
    type Header = { description?: string };
    const doc = openApiDocument(t.app) as unknown as {
      paths: Record<
        string,
        Record<
          string,
          {
            parameters?: { name: string; description?: string }[];
            responses: Record<string, { description?: string; headers?: Record<string, Header> }>;
          }
        >
      >;
    };
    const ifMatch = doc.paths['/api/v1/observations/{id}']?.patch?.parameters?.find(
      (parameter) => parameter.name === 'if-match',
    );
    expect(ifMatch?.description).toMatch(/"<tag>-br"/);
    expect(ifMatch?.description).toMatch(/"<tag>-gzip"/);
    const read = doc.paths['/api/v1/indicators']?.get?.responses ?? {};
    const etag = read['200']?.headers?.ETag?.description ?? '';
    expect(etag).toMatch(/If-None-Match/);
    expect(etag).toMatch(/"<tag>-br"/);
    expect(etag).toMatch(/HEAD/);
    expect(read['304']?.description).toMatch(/compressed/);
  });

  it('types the XLSX export as binary', async () => {
    const doc = openApiDocument(t.app) as unknown as {
      paths: Record<
        string,
        { get: { responses: Record<string, { content: Record<string, { schema: object }> }> } }
      >;
    };
    const content = doc.paths['/api/v1/observations']?.get.responses['200']?.content ?? {};
    expect(
      content['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']?.schema,
    ).toMatchObject({ type: 'string', format: 'binary' });
  });
});
