import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi } from '../test/fakeApi.js';
import { sampleObservations } from '../test/fixtures.js';
import { renderApp } from '../test/renderApp.js';

describe('ReportPage', () => {
  it('compares completion with time elapsed for every indicator, by the time-progress method', async () => {
    const calls = installFakeApi(sampleObservations());
    renderApp('/report?asOf=2024-06-30&method=sdsn');
    expect(await screen.findByText('评估方法：时序进度法（完成进度与时序进度对照）')).toBeTruthy();
    const rows = screen.getAllByRole('row').filter((row) => row.querySelector('th[scope="row"]'));
    expect(rows).toHaveLength(61);
    const preschool = rows.find((row) =>
      row.textContent?.includes('学前三年入园率'),
    ) as HTMLElement;
    // (98.9 − 98.5) / (99 − 98.5) = 80% against 60% of the time at the end of 2023
    expect(preschool.textContent).toContain('80%');
    expect(preschool.textContent).toContain('60%');
    expect(preschool.textContent).toContain('+20个百分点');
    const assessment = calls.find((call) => call.url.pathname === '/api/v1/assessments');
    expect(assessment?.url.searchParams.get('method')).toBe('time-progress');
  });

  it('marks illustrative figures ※ and says what the mark means', async () => {
    installFakeApi(sampleObservations());
    renderApp('/report');
    expect((await screen.findByTestId('illustrative-banner')).textContent).toContain(
      '本报告含示例数据',
    );
    const preschool = screen
      .getByRole('rowheader', { name: /学前三年入园率/ })
      .closest('tr') as HTMLElement;
    expect(within(preschool).getByText('示例数据')).toBeTruthy();
    expect(screen.getByText('※ 示例数据')).toBeTruthy();
  });

  it('counts the indicators per status and lists the project deadlines due by the as-of date', async () => {
    installFakeApi(sampleObservations());
    renderApp('/report?asOf=2023-12-31');
    const summary = (await screen.findByRole('heading', { name: '状态汇总' }))
      .parentElement as HTMLElement;
    const counts = within(summary)
      .getAllByRole('row')
      .slice(1)
      .map((row) => Number(row.querySelectorAll('td')[1]?.textContent));
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(61);
    const milestones = screen.getByRole('heading', { name: /重大项目时间节点/ })
      .parentElement as HTMLElement;
    expect(within(milestones).getAllByText(/已到期|本年到期/).length).toBeGreaterThan(0);
    expect(within(milestones).queryByText('未到期')).toBeNull();
  });

  it('offers to print', async () => {
    installFakeApi(sampleObservations());
    renderApp('/report');
    expect(await screen.findByRole('button', { name: '打印 / 导出 PDF' })).toBeTruthy();
  });

  it('links the report as Word, PDF, Excel and Markdown for the page’s day and language', async () => {
    installFakeApi(sampleObservations());
    renderApp('/report?asOf=2023-12-31');
    const word = (await screen.findByRole('link', { name: 'Word 文档' })) as HTMLAnchorElement;
    const url = new URL(word.href, 'http://localhost');
    expect(url.pathname).toBe('/api/v1/report');
    expect(url.searchParams.get('format')).toBe('docx');
    expect(url.searchParams.get('asOf')).toBe('2023-12-31');
    expect(url.searchParams.get('lang')).toBe('zh');
    expect(word.hasAttribute('download')).toBe(true);
    for (const name of ['PDF', 'Excel 表格', 'Markdown'])
      expect(screen.getByRole('link', { name })).toBeTruthy();
  });
});
