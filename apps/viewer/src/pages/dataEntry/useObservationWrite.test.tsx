import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { installFakeApi, json, observation } from '../../test/fakeApi.js';
import { useObservationWrite } from './useObservationWrite.js';

const session = {
  token: 'editor-token-0123456789',
  name: 'statistics-bureau',
  role: 'editor' as const,
};

function write() {
  const client = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return renderHook(() => useObservationWrite(session), { wrapper }).result.current;
}

describe('useObservationWrite', () => {
  const stored = observation({ indicatorId: 'preschool-enrolment-rate', year: 2023, value: 98.9 });
  const path = `/api/v1/observations/${stored.id}`;

  it('posts a new observation with the token and returns what was stored', async () => {
    const calls = installFakeApi([], { 'POST /api/v1/observations': () => json(stored, 201) });
    const saved = await write().create({
      indicatorId: stored.indicatorId,
      year: 2023,
      value: 98.9,
      source: 'plan',
    });
    expect(saved.id).toBe(stored.id);
    expect(new Headers(calls[0]?.init?.headers).get('authorization')).toBe(
      `Bearer ${session.token}`,
    );
  });

  it('corrects with the version it read as If-Match', async () => {
    const calls = installFakeApi([], {
      [`GET ${path}`]: () => json(stored, 200, { etag: '"v1"' }),
      [`PATCH ${path}`]: () => ({ ...stored, value: 98.8, version: 2 }),
    });
    const outcome = await write().correct(stored, { value: 98.8, reason: '更正' });
    expect(outcome).toMatchObject({ saved: { version: 2 } });
    const patch = calls.find((call) => call.method === 'PATCH');
    expect(new Headers(patch?.init?.headers).get('if-match')).toBe('"v1"');
  });

  it('says the observation is stale when it changed since it was read, and sends nothing', async () => {
    const calls = installFakeApi([], { [`GET ${path}`]: () => ({ ...stored, version: 3 }) });
    expect(await write().correct(stored, { value: 98.8, reason: '更正' })).toEqual({
      stale: true,
    });
    expect(calls.some((call) => call.method === 'PATCH')).toBe(false);
  });

  it('says the observation is stale when the API refuses the If-Match', async () => {
    installFakeApi([], {
      [`GET ${path}`]: () => json(stored, 200, { etag: '"v1"' }),
      [`PATCH ${path}`]: () =>
        json({ title: 'Precondition Failed', status: 412, detail: 'Changed meanwhile.' }, 412),
    });
    expect(await write().correct(stored, { value: 98.8, reason: '更正' })).toEqual({
      stale: true,
    });
  });

  it('reads a refused import’s row errors into the same report, row by row', async () => {
    installFakeApi([], {
      'POST /api/v1/observations/import': () =>
        json(
          {
            title: 'Bad Request',
            status: 400,
            detail: 'Nothing was imported.',
            errors: [{ path: 'rows.3.value', message: 'not a number' }],
          },
          400,
        ),
    });
    const outcome = await write().importFile(new File(['x'], 'rows.csv'), false);
    expect(outcome.error).toBe('Nothing was imported.');
    expect(outcome.report).toMatchObject({
      ok: false,
      dryRun: false,
      problems: [{ row: 3, column: 'value', problem: 'not a number' }],
    });
  });
});
