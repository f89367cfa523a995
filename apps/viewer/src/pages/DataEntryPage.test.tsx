import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi, json, observation } from '../test/fakeApi.js';
import { sampleObservations } from '../test/fixtures.js';
import { renderApp } from '../test/renderApp.js';

const TOKEN = 'editor-token-0123456789';

function editorApi(extra: Parameters<typeof installFakeApi>[1] = {}) {
  return installFakeApi(sampleObservations(), {
    'GET /api/v1/me': ({ init }) => {
      const header = new Headers(init?.headers).get('authorization');
      return header === `Bearer ${TOKEN}`
        ? { name: 'statistics-bureau', role: 'editor' }
        : json({ title: 'Unauthorized', status: 401, detail: 'Unknown token.' }, 401);
    },
    ...extra,
  });
}

async function signIn(token = TOKEN) {
  fireEvent.change(await screen.findByLabelText('访问令牌'), { target: { value: token } });
  fireEvent.click(screen.getByRole('button', { name: '登录' }));
}

// Each view has its own tests beside it (dataEntry/*.test.tsx); here, the page as a whole.
describe('DataEntryPage', () => {
  it('refuses an unknown token, saying why', async () => {
    editorApi();
    renderApp('/data-entry');
    await signIn('wrong-token-0123456789');
    expect(await screen.findByText(/令牌无效或已撤销/)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: '新增或更正观测值' })).toBeNull();
  });

  it('signs in an editor and keeps the sign-in for the tab only', async () => {
    editorApi();
    renderApp('/data-entry');
    await signIn();
    expect(await screen.findByRole('heading', { name: '新增或更正观测值' })).toBeTruthy();
    expect(screen.getByText('已登录：statistics-bureau（editor）')).toBeTruthy();
    expect(sessionStorage.getItem('plan.viewer.session')).toContain(TOKEN);
    expect(localStorage.getItem('plan.viewer.session')).toBeNull();
  });

  it('signs out, forgetting the token', async () => {
    editorApi();
    renderApp('/data-entry');
    await signIn();
    fireEvent.click(await screen.findByRole('button', { name: '退出' }));
    expect(await screen.findByLabelText('访问令牌')).toBeTruthy();
    expect(sessionStorage.getItem('plan.viewer.session')).toBeNull();
  });

  it('posts a valid observation and confirms it', async () => {
    let sent: unknown;
    const calls = editorApi({
      'POST /api/v1/observations': ({ init }) => {
        sent = JSON.parse(String(init?.body));
        return json(
          observation({
            indicatorId: 'preschool-enrolment-rate',
            year: 2023,
            value: 98.7,
            source: 'bulletin',
          }),
          201,
        );
      },
    });
    renderApp('/data-entry');
    await signIn();
    fireEvent.change(await screen.findByLabelText('数值 (%)'), { target: { value: '98.7' } });
    fireEvent.change(screen.getByLabelText('来源'), { target: { value: 'bulletin' } });
    fireEvent.click(screen.getByRole('button', { name: '保存观测值' }));
    expect(await screen.findByText(/已保存：学前三年入园率 2023年 = 98.7/)).toBeTruthy();
    expect(sent).toEqual({
      indicatorId: 'preschool-enrolment-rate',
      region: 'ordos',
      year: 2023,
      value: 98.7,
      source: 'bulletin',
    });
    const post = calls.find((call) => call.method === 'POST');
    expect(new Headers(post?.init?.headers).get('authorization')).toBe(`Bearer ${TOKEN}`);
  });

  it('corrects an observation with a reason, sending the version it read as If-Match', async () => {
    const observations = sampleObservations();
    const stored = observations.find(
      (item) => item.indicatorId === 'preschool-enrolment-rate' && item.year === 2023,
    );
    let patch: { headers: Headers; body: unknown } | undefined;
    installFakeApi(observations, {
      'GET /api/v1/me': () => ({ name: 'statistics-bureau', role: 'editor' }),
      [`GET /api/v1/observations/${stored?.id}`]: () =>
        json(stored, 200, { etag: `"${stored?.id}.v1"` }),
      [`PATCH /api/v1/observations/${stored?.id}`]: ({ init }) => {
        patch = { headers: new Headers(init?.headers), body: JSON.parse(String(init?.body)) };
        return json({ ...stored, value: 98.8, version: 2 });
      },
    });
    renderApp('/data-entry');
    await signIn();
    const existing = (await screen.findByRole('heading', { name: '已有观测值' }))
      .parentElement as HTMLElement;
    const row = (await within(existing).findByText('98.9')).closest('li') as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: '更正' }));
    fireEvent.change(within(row).getByLabelText('数值 (%)'), { target: { value: '98.8' } });
    fireEvent.click(within(row).getByRole('button', { name: '保存更正' }));
    expect(await within(row).findByText('必填')).toBeTruthy();
    expect(patch).toBeUndefined();
    fireEvent.change(within(row).getByLabelText('更正原因'), { target: { value: '统计公报更正' } });
    fireEvent.click(within(row).getByRole('button', { name: '保存更正' }));
    expect(await screen.findByText('已更正，当前为第 2 版。')).toBeTruthy();
    expect(patch?.headers.get('if-match')).toBe(`"${stored?.id}.v1"`);
    expect(patch?.body).toEqual({ value: 98.8, reason: '统计公报更正' });
  });

  it('imports after a clean dry run', async () => {
    editorApi({
      'POST /api/v1/observations/import': ({ url }) => {
        const dryRun = url.searchParams.get('dryRun') === 'true';
        return { dryRun, ok: true, rows: 2, created: 2, unchanged: 0, problems: [] };
      },
    });
    renderApp('/data-entry');
    await signIn();
    fireEvent.change(await screen.findByLabelText('文件'), {
      target: { files: [new File(['x'], 'good.csv', { type: 'text/csv' })] },
    });
    fireEvent.click(screen.getByRole('button', { name: '检查（试运行）' }));
    expect(
      await screen.findByText('检查通过：共 2 行，将新增 2 条，0 条与已有数据相同。'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '正式导入' }));
    await waitFor(() => expect(screen.getByText('已导入：新增 2 条，0 条未变。')).toBeTruthy());
  });
});
