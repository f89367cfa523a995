import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../api/types.js';
import { sampleObservations } from '../../test/fixtures.js';
import { renderApp } from '../../test/renderApp.js';
import { districtFigure, installScopedApi, signInAs, tokens } from './_lib/scopedFakeApi.js';

/** Two figures 东胜区 submitted for 2023, one 康巴什区 submitted, one the city returned. */
function submissions(): Observation[] {
  return [
    ...sampleObservations(),
    districtFigure({
      indicatorId: 'preschool-enrolment-rate',
      year: 2023,
      value: 98.2,
      approval: 'submitted',
    }),
    districtFigure({
      indicatorId: 'student-myopia-rate',
      year: 2023,
      value: 55,
      approval: 'submitted',
    }),
    districtFigure({
      indicatorId: 'preschool-enrolment-rate',
      region: 'kangbashi',
      year: 2023,
      value: 97,
      approval: 'submitted',
      updatedBy: '康巴什区教育局',
    }),
    districtFigure({
      indicatorId: 'student-myopia-rate',
      region: 'kangbashi',
      year: 2022,
      value: 61,
      approval: 'returned',
      approvalReason: '口径不一致',
      reviewedAt: '2024-07-01T08:00:00.000Z',
    }),
  ];
}

const group = async (name: string) =>
  (await screen.findByRole('heading', { name })).closest('section') as HTMLElement;
const posts = (calls: ReturnType<typeof installScopedApi>) =>
  calls
    .filter((call) => call.method === 'POST')
    .map((call) => ({
      path: call.url.pathname,
      body: call.init?.body ? JSON.parse(String(call.init.body)) : undefined,
    }));

describe('ReviewPage', () => {
  it('links the review from the navigation for a city editor and groups the figures by district and year', async () => {
    installScopedApi(submissions());
    signInAs(tokens.city);
    renderApp('/');
    const nav = await screen.findByRole('navigation', { name: '主导航' });
    fireEvent.click(await within(nav).findByRole('link', { name: '数据审核' }));
    expect(await screen.findByRole('heading', { name: '数据审核', level: 1 })).toBeTruthy();
    const dongsheng = await group('东胜区 · 2023年');
    expect(within(dongsheng).getByText('2 条待审核')).toBeTruthy();
    expect(within(dongsheng).getAllByRole('row')).toHaveLength(3);
    expect(within(dongsheng).getByText('学前三年入园率')).toBeTruthy();
    const kangbashi = await group('康巴什区 · 2023年');
    expect(within(kangbashi).getByText('康巴什区教育局')).toBeTruthy();
    expect(
      dongsheng.compareDocumentPosition(kangbashi) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    const awaiting = await group('已退回、待旗区更正');
    expect(within(awaiting).getByText(/原因：口径不一致/)).toBeTruthy();
  });

  it('approves one figure', async () => {
    const calls = installScopedApi(submissions());
    signInAs(tokens.admin);
    renderApp('/review');
    const dongsheng = await group('东胜区 · 2023年');
    fireEvent.click(within(dongsheng).getByRole('button', { name: '通过：学前三年入园率 2023年' }));
    expect(await screen.findByText('已通过：学前三年入园率 2023年')).toBeTruthy();
    await waitFor(() => expect(within(dongsheng).getByText('1 条待审核')).toBeTruthy());
    expect(posts(calls)).toEqual([
      { path: expect.stringMatching(/^\/api\/v1\/observations\/.+\/approve$/), body: undefined },
    ]);
  });

  it('returns a figure only with a reason', async () => {
    const calls = installScopedApi(submissions());
    signInAs(tokens.city);
    renderApp('/review');
    const kangbashi = await group('康巴什区 · 2023年');
    fireEvent.click(within(kangbashi).getByRole('button', { name: '退回：学前三年入园率 2023年' }));
    fireEvent.click(within(kangbashi).getByRole('button', { name: '确认退回' }));
    expect(await within(kangbashi).findByText('必填')).toBeTruthy();
    expect(posts(calls)).toEqual([]);
    fireEvent.change(within(kangbashi).getByLabelText('退回原因'), {
      target: { value: '与统计年鉴不符' },
    });
    fireEvent.click(within(kangbashi).getByRole('button', { name: '确认退回' }));
    expect(await screen.findByText('已退回：学前三年入园率 2023年')).toBeTruthy();
    expect(posts(calls)).toEqual([
      {
        path: expect.stringMatching(/^\/api\/v1\/observations\/.+\/return$/),
        body: { reason: '与统计年鉴不符' },
      },
    ]);
    // The group is gone; the figure waits for the district.
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: '康巴什区 · 2023年' })).toBeNull(),
    );
    const awaiting = await group('已退回、待旗区更正');
    expect(within(awaiting).getByText(/原因：与统计年鉴不符/)).toBeTruthy();
  });

  it('approves a district’s year in bulk, naming the figures shown', async () => {
    const calls = installScopedApi(submissions());
    signInAs(tokens.city);
    renderApp('/review');
    const dongsheng = await group('东胜区 · 2023年');
    fireEvent.click(within(dongsheng).getByRole('button', { name: '全部通过（东胜区 · 2023年）' }));
    expect(await screen.findByText('已通过 2 条（东胜区 · 2023年）。')).toBeTruthy();
    expect(posts(calls)).toEqual([
      {
        path: '/api/v1/approvals',
        body: {
          region: 'dongsheng',
          year: 2023,
          indicatorIds: ['preschool-enrolment-rate', 'student-myopia-rate'],
        },
      },
    ]);
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: '东胜区 · 2023年' })).toBeNull(),
    );
    expect(screen.getByRole('heading', { name: '康巴什区 · 2023年' })).toBeTruthy();
  });

  it('tells a district’s token it cannot review, and shows it no link', async () => {
    installScopedApi(submissions());
    signInAs(tokens.dongsheng);
    renderApp('/review');
    expect(
      await screen.findByText(
        '只有市级编辑和管理员可以审核（本令牌：东胜区 · 提交后需市级审核）。',
      ),
    ).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: '主导航' });
    expect(within(nav).queryByRole('link', { name: '数据审核' })).toBeNull();
    expect(screen.queryByRole('button', { name: /通过/ })).toBeNull();
  });

  it('asks a signed-out reader to sign in', async () => {
    installScopedApi(submissions());
    renderApp('/review');
    expect(await screen.findByRole('link', { name: '在数据录入页登录' })).toBeTruthy();
  });

  it('reviews in English', async () => {
    installScopedApi(submissions());
    signInAs(tokens.city);
    renderApp('/review', { locale: 'en' });
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Review' })).toBeTruthy();
    const dongsheng = await group('Dongsheng District, 2023');
    expect(within(dongsheng).getByText('2 awaiting approval')).toBeTruthy();
    fireEvent.click(
      within(dongsheng).getByRole('button', { name: 'Approve all (Dongsheng District, 2023)' }),
    );
    expect(await screen.findByText('Approved 2 (Dongsheng District, 2023).')).toBeTruthy();
  });
});
