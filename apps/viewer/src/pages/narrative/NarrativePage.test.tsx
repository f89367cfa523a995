import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { installFakeApi, json } from '../../test/fakeApi.js';
import { renderApp } from '../../test/renderApp.js';

const sections = (written?: { text: string; version: number }) => [
  {
    section: 'achievements',
    label: { zh: '主要成效', en: 'Achievements' },
    text: written?.text ?? '截至2023年12月31日，本次中期评估共评估61项指标：已实现目标1项。',
    draft: written === undefined,
    version: written?.version ?? 0,
    updatedAt: written ? '2024-06-30T08:00:00.000Z' : null,
    updatedBy: written ? 'city-editor' : null,
  },
  {
    section: 'problems',
    label: { zh: '存在问题', en: 'Problems' },
    text: '无法评估的指标60项。',
    draft: true,
    version: 0,
    updatedAt: null,
    updatedBy: null,
  },
  {
    section: 'next_steps',
    label: { zh: '下一步工作', en: 'Next steps' },
    text: '〔请补充具体措施、责任单位和完成时限。〕',
    draft: true,
    version: 0,
    updatedAt: null,
    updatedBy: null,
  },
];

const report = (written?: { text: string; version: number }) => ({
  kind: 'midterm',
  period: 'midterm',
  from: '2021-01-01',
  asOf: '2023-12-31',
  label: { zh: '中期评估（截至2023年12月31日）', en: 'Mid-term evaluation (as of 2023-12-31)' },
  sections: sections(written),
});

const signIn = () =>
  sessionStorage.setItem(
    'plan.viewer.session',
    JSON.stringify({ token: 'city-token', name: 'city-editor', role: 'editor' }),
  );

afterEach(() => sessionStorage.clear());

describe('NarrativePage', () => {
  it('shows the drafts of the chosen report, marked 草稿, read only without a sign-in', async () => {
    const calls = installFakeApi([], {
      'GET /api/v1/reports/midterm/midterm/narrative': () => report(),
    });
    renderApp('/narrative?kind=midterm');
    expect(
      await screen.findByRole('heading', { name: '中期评估（截至2023年12月31日）' }),
    ).toBeTruthy();
    expect(screen.getAllByText('草稿')).toHaveLength(3);
    expect(screen.getByText(/本次中期评估共评估61项指标/)).toBeTruthy();
    expect(screen.getByText(/只读：请先在“数据录入”页/)).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
    const read = calls.find((call) => call.url.pathname.endsWith('/narrative'));
    expect(read?.url.searchParams.get('lang')).toBe('zh');
  });

  it('defaults to the annual report of the last year that has ended', async () => {
    const calls = installFakeApi([], {
      'GET /api/v1/reports/annual/2023/narrative': () => ({
        ...report(),
        kind: 'annual',
        period: '2023',
        from: '2023-01-01',
        label: { zh: '2023年度监测', en: 'Annual monitoring 2023' },
      }),
    });
    renderApp('/narrative');
    expect(await screen.findByRole('heading', { name: '2023年度监测' })).toBeTruthy();
    expect(
      calls.some((call) => call.url.pathname === '/api/v1/reports/annual/2023/narrative'),
    ).toBe(true);
  });

  it('saves a city editor’s text at the version read, and says when it was changed meanwhile', async () => {
    signIn();
    let stored: { text: string; version: number } | undefined;
    const puts: unknown[] = [];
    installFakeApi([], {
      'GET /api/v1/reports/midterm/midterm/narrative': () => report(stored),
      'PUT /api/v1/reports/midterm/midterm/narrative/achievements': ({ init }) => {
        const body = JSON.parse(String(init?.body)) as { text: string; expectedVersion: number };
        puts.push(body);
        if (body.expectedVersion !== (stored?.version ?? 0))
          return json(
            { type: 'about:blank', title: '冲突', status: 409, detail: '已被他人修改' },
            409,
          );
        stored = { text: body.text, version: (stored?.version ?? 0) + 1 };
        return { ...sections(stored)[0] };
      },
    });
    renderApp('/narrative?kind=midterm');
    const section = (await screen.findByRole('heading', { name: /主要成效/ })).closest(
      'section',
    ) as HTMLElement;
    const box = within(section).getByRole('textbox');
    fireEvent.change(box, { target: { value: '学前教育普及普惠水平持续提高。' } });
    expect(within(section).getByText('15 / 20000 字')).toBeTruthy();
    fireEvent.click(within(section).getByRole('button', { name: '保存' }));
    expect(await within(section).findByText('已保存（第1版）。')).toBeTruthy();
    expect(puts[0]).toEqual({ text: '学前教育普及普惠水平持续提高。', expectedVersion: 0 });

    // Someone else saves version 2 meanwhile: this page still edits version 1.
    stored = { text: '他人的修改', version: 2 };
    fireEvent.change(within(section).getByRole('textbox'), { target: { value: '我的第二稿' } });
    fireEvent.click(within(section).getByRole('button', { name: '保存' }));
    expect(await within(section).findByRole('alert')).toBeTruthy();
    expect(within(section).getByRole('alert').textContent).toContain('此部分已被他人修改，未保存');
    expect(puts[1]).toEqual({ text: '我的第二稿', expectedVersion: 1 });
    // The box keeps the author's text; the latest stored text is shown, and the next save is at its version.
    expect(await within(section).findByText('最新文本（第2版）')).toBeTruthy();
    expect(within(section).getByText('他人的修改')).toBeTruthy();
    expect((within(section).getByRole('textbox') as HTMLTextAreaElement).value).toBe('我的第二稿');
    fireEvent.click(within(section).getByRole('button', { name: '保存' }));
    expect(await within(section).findByText('已保存（第3版）。')).toBeTruthy();
    expect(puts[2]).toEqual({ text: '我的第二稿', expectedVersion: 2 });
  });

  it('will not save a text over 20,000 characters', async () => {
    signIn();
    installFakeApi([], { 'GET /api/v1/reports/midterm/midterm/narrative': () => report() });
    renderApp('/narrative?kind=midterm');
    const section = (await screen.findByRole('heading', { name: /存在问题/ })).closest(
      'section',
    ) as HTMLElement;
    fireEvent.change(within(section).getByRole('textbox'), {
      target: { value: '字'.repeat(20_003) },
    });
    expect(within(section).getByText('超出 3 字，无法保存。')).toBeTruthy();
    expect(
      (within(section).getByRole('button', { name: '保存' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });
});
