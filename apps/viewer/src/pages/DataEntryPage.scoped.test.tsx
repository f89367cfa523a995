import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json } from '../test/fakeApi.js';
import { sampleObservations } from '../test/fixtures.js';
import { renderApp } from '../test/renderApp.js';
import { districtFigure, installScopedApi, signInAs, tokens } from './review/_lib/scopedFakeApi.js';

/** 东胜区's figures: one the city returned, one it approved (locked for the district). */
function districtData() {
  const returned = districtFigure({
    indicatorId: 'preschool-enrolment-rate',
    year: 2023,
    value: 99.9,
    approval: 'returned',
    approvalReason: '与统计年鉴不符',
    reviewedBy: '市教育局',
    reviewedAt: '2024-07-01T08:00:00.000Z',
  });
  const approved = districtFigure({
    indicatorId: 'preschool-enrolment-rate',
    year: 2022,
    value: 97.1,
    approval: 'approved',
    reviewedBy: '市教育局',
    reviewedAt: '2024-03-01T08:00:00.000Z',
  });
  return { returned, approved, all: [...sampleObservations(), returned, approved] };
}

const nav = () => screen.getByRole('navigation', { name: '主导航' });

describe('DataEntryPage for a district’s token', () => {
  it('says the scope in words, offers only the district, and shows its returned figures first', async () => {
    const { all } = districtData();
    installScopedApi(all);
    signInAs(tokens.dongsheng);
    renderApp('/data-entry');
    expect(await screen.findByText('录入范围：东胜区 · 提交后需市级审核')).toBeTruthy();
    const add = await screen.findByRole('heading', { name: '新增或更正观测值' });
    const form = add.closest('form') as HTMLElement;
    const region = within(form).getByLabelText('地区') as HTMLSelectElement;
    expect([...region.options].map((option) => option.textContent)).toEqual(['东胜区']);
    const returned = await screen.findByRole('heading', { name: '被退回的数据：请更正后重新提交' });
    expect(returned.compareDocumentPosition(add) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const section = returned.closest('section') as HTMLElement;
    expect(within(section).getByText('已退回')).toBeTruthy();
    expect(within(section).getByText(/原因：与统计年鉴不符/)).toBeTruthy();
    expect(within(nav()).queryByRole('link', { name: '数据审核' })).toBeNull();
  });

  it('locks an approved figure and offers to correct and resubmit the others', async () => {
    const { all } = districtData();
    installScopedApi(all);
    signInAs(tokens.dongsheng);
    renderApp('/data-entry');
    const existing = (await screen.findByRole('heading', { name: '已有观测值' }))
      .parentElement as HTMLElement;
    const approvedRow = (await within(existing).findByText('97.1')).closest('li') as HTMLElement;
    expect(within(approvedRow).getByText('已审核')).toBeTruthy();
    expect(within(approvedRow).getByText('已审核，已锁定')).toBeTruthy();
    expect(within(approvedRow).queryByRole('button')).toBeNull();
    const returnedRow = within(existing).getByText('99.9').closest('li') as HTMLElement;
    expect(within(returnedRow).getByRole('button', { name: '更正并重新提交' })).toBeTruthy();
  });

  it('corrects a returned figure, which resubmits it (PATCH with the reason)', async () => {
    const { all, returned } = districtData();
    let patch: unknown;
    installScopedApi(all, {
      [`GET /api/v1/observations/${returned.id}`]: () =>
        json(returned, 200, { etag: `"${returned.id}.v1"` }),
      [`PATCH /api/v1/observations/${returned.id}`]: ({ init }) => {
        patch = JSON.parse(String(init?.body));
        return json({ ...returned, value: 98.1, version: 2, approval: 'submitted' });
      },
    });
    signInAs(tokens.dongsheng);
    renderApp('/data-entry');
    const section = (
      await screen.findByRole('heading', { name: '被退回的数据：请更正后重新提交' })
    ).closest('section') as HTMLElement;
    fireEvent.click(within(section).getByRole('button', { name: '更正并重新提交' }));
    fireEvent.change(within(section).getByLabelText('数值 (%)'), { target: { value: '98.1' } });
    fireEvent.change(within(section).getByLabelText('更正原因'), {
      target: { value: '按统计年鉴更正' },
    });
    fireEvent.click(within(section).getByRole('button', { name: '保存更正' }));
    expect(
      await within(section).findByText('已更正，当前为第 2 版。 已提交，等待市级审核。'),
    ).toBeTruthy();
    expect(patch).toEqual({ value: 98.1, reason: '按统计年鉴更正' });
  });

  it('submits a new figure for the district and says it awaits the city', async () => {
    let sent: unknown;
    installScopedApi(sampleObservations(), {
      'POST /api/v1/observations': ({ init }) => {
        sent = JSON.parse(String(init?.body));
        return json(
          districtFigure({
            indicatorId: 'preschool-enrolment-rate',
            year: 2023,
            value: 98.2,
            approval: 'submitted',
          }),
          201,
        );
      },
    });
    signInAs(tokens.dongsheng);
    renderApp('/data-entry');
    fireEvent.change(await screen.findByLabelText('数值 (%)'), { target: { value: '98.2' } });
    fireEvent.change(screen.getByLabelText('来源'), { target: { value: '东胜区统计年鉴' } });
    fireEvent.click(screen.getByRole('button', { name: '保存观测值' }));
    expect(await screen.findByText(/已提交，等待市级审核。/)).toBeTruthy();
    expect(sent).toMatchObject({ region: 'dongsheng', value: 98.2 });
  });

  it('offers only the indicators a scope names, and names the limit', async () => {
    installScopedApi(sampleObservations(), {
      'GET /api/v1/me': () => ({
        name: '体育局',
        role: 'editor',
        scope: {
          regions: ['ordos'],
          indicators: ['student-myopia-rate', 'preschool-enrolment-rate'],
        },
      }),
    });
    signInAs(tokens.city);
    renderApp('/data-entry');
    expect(await screen.findByText('录入范围：鄂尔多斯市 · 录入即生效 · 限 2 项指标')).toBeTruthy();
    const form = screen
      .getByRole('heading', { name: '新增或更正观测值' })
      .closest('form') as HTMLElement;
    const indicator = within(form).getByLabelText('指标') as HTMLSelectElement;
    expect([...indicator.options].map((option) => option.value).sort()).toEqual([
      'preschool-enrolment-rate',
      'student-myopia-rate',
    ]);
    expect(screen.queryByRole('heading', { name: '被退回的数据：请更正后重新提交' })).toBeNull();
  });

  it('says the same in English', async () => {
    const { all } = districtData();
    installScopedApi(all);
    signInAs(tokens.dongsheng);
    renderApp('/data-entry', { locale: 'en' });
    expect(
      await screen.findByText('Scope: Dongsheng District · figures need the city’s approval'),
    ).toBeTruthy();
    const section = (
      await screen.findByRole('heading', { name: 'Returned figures: correct and resubmit' })
    ).closest('section') as HTMLElement;
    expect(within(section).getByText('Returned')).toBeTruthy();
    expect(within(section).getByText(/Reason: 与统计年鉴不符/)).toBeTruthy();
    await waitFor(() =>
      expect(
        screen.getByText(/This token imports figures of Dongsheng District only/),
      ).toBeTruthy(),
    );
  });
});
