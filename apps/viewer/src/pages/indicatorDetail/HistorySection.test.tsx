import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { indicatorOf, installFakeApi, json } from '../../test/fakeApi.js';
import { sampleObservations } from '../../test/fixtures.js';
import { renderWithProviders } from '../../test/renderApp.js';
import { HistorySection } from './HistorySection.js';

const indicator = indicatorOf('preschool-enrolment-rate');
const mine = () =>
  sampleObservations().filter((item) => item.indicatorId === 'preschool-enrolment-rate');
const TOKEN = 'reader-token-0123456789';
/** Signs a reader in, as the data-entry page does. */
function signIn() {
  sessionStorage.setItem(
    'plan.viewer.session',
    JSON.stringify({ token: TOKEN, name: 'public', role: 'viewer' }),
  );
}

describe('HistorySection', () => {
  it('lists the observations newest first, those after the as-of date set apart', () => {
    renderWithProviders(
      <HistorySection indicator={indicator} observations={mine()} asOf="2022-06-30" />,
    );
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((row) => row.querySelector('td')?.textContent)).toEqual([
      '2023年',
      '2021年',
      '2020年',
    ]);
    expect(rows.map((row) => row.className)).toEqual(['after-as-of', '', '']);
    // The illustrative tag, and the source (demo) by its name.
    expect(within(rows[0] as HTMLElement).getAllByText('示例数据')).toHaveLength(2);
    // A source shows by its name, its code in the title.
    expect(
      within(rows[2] as HTMLElement)
        .getByText('规划文本')
        .getAttribute('title'),
    ).toBe('plan');
  });

  it('shows an observation’s revisions on request to a signed-in reader, and hides them again', async () => {
    signIn();
    const observations = mine();
    const revised = observations[1];
    const calls = installFakeApi(observations, {
      [`GET /api/v1/observations/${revised?.id}/history`]: () => ({
        items: [
          {
            revision: 1,
            action: 'update',
            actor: 'statistics-bureau',
            at: '2024-01-02T00:00:00.000Z',
            old: { ...revised, value: 98.4 },
            new: revised,
            reason: '统计公报更正',
          },
        ],
      }),
    });
    renderWithProviders(
      <HistorySection indicator={indicator} observations={observations} asOf="2024-06-30" />,
    );
    fireEvent.click(screen.getAllByRole('button', { name: '查看修订' })[1] as HTMLElement);
    expect(await screen.findByText('统计公报更正')).toBeTruthy();
    expect(screen.getByText(/98.4 → 98.6/)).toBeTruthy();
    const asked = calls.find((call) => call.url.pathname.endsWith('/history'));
    expect(new Headers(asked?.init?.headers).get('authorization')).toBe(`Bearer ${TOKEN}`);
    fireEvent.click(screen.getByRole('button', { name: '收起修订' }));
    expect(screen.queryByText('统计公报更正')).toBeNull();
  });

  it('says there is no data when there is none', () => {
    renderWithProviders(
      <HistorySection indicator={indicator} observations={[]} asOf="2024-06-30" />,
    );
    expect(screen.getByText('无数据')).toBeTruthy();
  });

  it('says revisions need a sign-in, with a link to it, when nobody is signed in', () => {
    const calls = installFakeApi(mine());
    renderWithProviders(
      <HistorySection indicator={indicator} observations={mine()} asOf="2024-06-30" />,
    );
    expect(screen.getByText(/修订历史需登录后查看/)).toBeTruthy();
    expect(screen.getByRole('link', { name: '在数据录入页登录' }).getAttribute('href')).toBe(
      '/data-entry',
    );
    expect(screen.queryByRole('button', { name: '查看修订' })).toBeNull();
    expect(screen.getAllByRole('row')).toHaveLength(4);
    expect(calls.filter((call) => call.url.pathname.endsWith('/history'))).toHaveLength(0);
  });

  it('says so in English too', () => {
    installFakeApi(mine());
    renderWithProviders(
      <HistorySection indicator={indicator} observations={mine()} asOf="2024-06-30" />,
      { locale: 'en' },
    );
    expect(screen.getByText(/Revisions are shown once you are signed in/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Sign in on the data-entry page' })).toBeTruthy();
  });

  it('asks to sign in again when the API no longer knows the token', async () => {
    signIn();
    const observations = mine();
    installFakeApi(observations, {
      [`GET /api/v1/observations/${observations[0]?.id}/history`]: () =>
        json({ title: 'Unauthorized', status: 401, detail: 'Unknown token.' }, 401),
    });
    renderWithProviders(
      <HistorySection indicator={indicator} observations={observations} asOf="2024-06-30" />,
    );
    // Newest first: the last row is observations[0], the 2020 figure.
    fireEvent.click(screen.getAllByRole('button', { name: '查看修订' }).at(-1) as HTMLElement);
    expect(await screen.findByText(/修订历史需登录后查看/)).toBeTruthy();
  });
});
