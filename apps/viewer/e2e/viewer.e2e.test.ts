import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumMissing,
  ensureBuild,
  launchChromium,
  openReaderPage,
  type RunningApi,
  screenshotDir,
  startApi,
} from './_lib/stack.js';

// A fixed as-of date in the middle of the plan, so the pages and screenshots do not change with the calendar.
const AS_OF = '2024-06-30';

if (chromiumMissing) console.warn(`[viewer e2e] ${chromiumMissing}`);

describe.skipIf(chromiumMissing !== undefined)('the viewer against the real API', () => {
  let api: RunningApi;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    const [viewerDir, launched] = await Promise.all([ensureBuild(), launchChromium()]);
    browser = launched;
    api = await startApi(viewerDir);
    mkdirSync(screenshotDir, { recursive: true });
    ({ page } = await openReaderPage(browser, api.url, errors));
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  const shot = (name: string, fullPage = false) =>
    page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage });

  it('serves the overview in Chinese, with the illustrative-data banner and the status counts', async () => {
    const scripts: { url: string; gzip: number }[] = [];
    const collect = async (response: import('playwright-core').Response) => {
      if (response.request().resourceType() === 'script')
        scripts.push({ url: response.url(), gzip: gzipSync(await response.body()).length });
    };
    page.on('response', collect);
    await page.goto(`/?asOf=${AS_OF}`);
    await page.getByRole('heading', { name: '指标状态' }).waitFor();
    await page.locator('.headline-number').first().waitFor();
    page.off('response', collect);

    expect(await page.locator('h1').textContent()).toBe('鄂尔多斯市“十四五”教育体育发展规划');
    expect(await page.getByTestId('illustrative-banner').textContent()).toContain('示例数据');
    const counts = await page.locator('.headline-number').allTextContents();
    expect(counts.reduce((sum, count) => sum + Number(count), 0)).toBe(61);
    // The cards below the first screen follow the counts in a transition (useRestLater).
    await page.locator('.category-card').nth(16).waitFor();
    expect(await page.locator('.category-card').count()).toBeGreaterThanOrEqual(17);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');

    // Everything the browser ran to show this page: under 250 KB gzipped, ECharts not among it.
    const total = scripts.reduce((sum, script) => sum + script.gzip, 0);
    console.info(
      `[viewer e2e] initial JavaScript: ${(total / 1024).toFixed(1)} KB gzipped in ${scripts.length} files`,
    );
    expect(total).toBeLessThan(250 * 1024);
    expect(scripts.some((script) => script.url.includes('IndicatorChart'))).toBe(false);
    await shot('overview-zh');
  });

  it('switches to English from the keyboard and keeps the choice across a reload', async () => {
    // The first Tab reaches the skip link; the language toggle follows the navigation.
    await page.locator('body').press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    await page.getByRole('button', { name: 'Switch to English' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Indicator status' }).waitFor();
    expect(await page.locator('h1').textContent()).toBe(
      'Ordos 14th Five-Year Plan for Education and Sports Development (2021–2025)',
    );
    await page.reload();
    await page.getByRole('heading', { name: 'Indicator status' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.locator('.headline-number').first().waitFor();
    await shot('overview-en');
    await page.getByRole('button', { name: '切换到中文' }).click();
    await page.getByRole('heading', { name: '指标状态' }).waitFor();
  });

  it('lists the 61 indicators, filters them by table and search, and links an indicator', async () => {
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '指标' })
      .click();
    await page.getByTestId('indicator-count').waitFor();
    await page.locator('.indicators-table .status-badge').first().waitFor();
    expect(await page.getByTestId('indicator-count').textContent()).toBe('显示 61 / 61 项');
    expect(page.url()).toContain(`asOf=${AS_OF}`);

    const count = () => page.getByTestId('indicator-count').textContent();
    await page.getByLabel('表', { exact: true }).selectOption('vocational');
    await expect.poll(count).toBe('显示 22 / 61 项');
    await page.getByLabel('表', { exact: true }).selectOption('');
    await expect.poll(count).toBe('显示 61 / 61 项');
    await page.getByLabel('按名称搜索').fill('入学');
    await expect.poll(count).toBe('显示 1 / 61 项');
    expect(await page.locator('.indicators-table tbody th a').allTextContents()).toEqual([
      '高中阶段毛入学率',
    ]);
    // Illustrative figures say so in their cells.
    expect(await page.locator('.indicators-table .illustrative-tag').count()).toBeGreaterThan(0);
    await page.getByLabel('按名称搜索').fill('');
    await expect.poll(count).toBe('显示 61 / 61 项');
    await page.mouse.move(0, 0);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await shot('indicators');

    // Sorting by completion, best first: rows without data go last.
    const sort = page.getByRole('button', { name: /完成进度/ });
    await sort.click();
    await sort.click();
    await expect.poll(() => sort.locator('xpath=..').getAttribute('aria-sort')).toBe('descending');
    const figures = await page
      .locator('.indicators-table tbody tr .progress-figures strong')
      .allTextContents();
    const shares = figures.filter((text) => text !== '—').map((text) => Number.parseFloat(text));
    expect(shares.length).toBeGreaterThan(10);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
  });

  it('opens an indicator: chart, every method side by side, linked measures, history', async () => {
    await page.getByLabel('按名称搜索').fill('双师型');
    await page.getByRole('link', { name: '双师型教师占专业教师比例' }).click();
    await page.getByRole('heading', { name: '各评估方法结果' }).waitFor();
    await page.locator('[data-testid="indicator-chart"] svg').waitFor();
    expect(await page.locator('h1').textContent()).toBe('双师型教师占专业教师比例');
    expect(await page.locator('.method-card').count()).toBe(5);
    expect(await page.locator('.method-card .status-badge').count()).toBe(5);
    // The chart legend names illustrative figures as such.
    expect(await page.locator('[data-testid="indicator-chart"]').textContent()).toContain(
      '示例数据',
    );
    await page.getByRole('heading', { name: '相关重大项目举措' }).waitFor();
    expect(await page.locator('.linked-targets li').count()).toBeGreaterThan(0);
    const history = page.locator('table.observations tbody tr');
    expect(await history.count()).toBeGreaterThanOrEqual(4);
    // Revisions are read with a token: signed out, the section says so and links to the sign-in.
    await page.getByText(/修订历史需登录后查看/).waitFor();
    expect(await page.getByRole('button', { name: '查看修订' }).count()).toBe(0);
    const detail = page.url();
    // An administrator hands out a reader's token; the reader signs in with it.
    const created = await fetch(`${api.url}/api/v1/tokens`, {
      method: 'POST',
      headers: { authorization: `Bearer ${api.adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: '公众查阅', role: 'viewer' }),
    });
    expect(created.status).toBe(201);
    const { token } = (await created.json()) as { token: string };
    await page.getByRole('link', { name: '在数据录入页登录' }).click();
    await page.getByLabel('访问令牌').fill(token);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('该令牌只有查看权限：可以查看修订历史，不能录入数据。').waitFor();
    await page.goto(detail);
    await page.getByRole('heading', { name: '观测记录与修订历史' }).waitFor();
    await history.last().getByRole('button', { name: '查看修订' }).click();
    await page.locator('table.revisions').waitFor();
    await shot('indicator-detail', true);
    // Signed out again, as the data-entry test expects to find the sign-in form.
    await page.evaluate(() => sessionStorage.clear());
  });

  it('loads an indicator page directly, as a shared link would', async () => {
    const response = await page.goto(`/indicators/student-myopia-rate?asOf=${AS_OF}`);
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { name: '中小学生近视眼率', level: 1 }).waitFor();
  });

  it('shows the 20 projects with their milestones and the consistency report', async () => {
    await page.goto(`/projects?asOf=${AS_OF}#project-8`);
    await page.getByRole('heading', { name: '规划一致性检查' }).waitFor();
    expect(await page.locator('details.project').count()).toBe(20);
    const opened = page.locator('#project-8');
    expect(await opened.getAttribute('open')).not.toBeNull();
    // Every target row carries one tracking status, and no second reading beside it.
    await opened.locator('tr[data-target] [data-tracking]').first().waitFor();
    const rows = await opened.locator('tr[data-target]').count();
    expect(await opened.locator('tr[data-target] [data-tracking]').count()).toBe(rows);
    expect(await opened.locator('tr[data-target] [data-milestone]').count()).toBe(0);
    // Its targets link to their indicators.
    expect(await opened.locator('.milestones a').count()).toBeGreaterThan(0);
    expect(await page.locator('li.finding').count()).toBeGreaterThan(0);
    await shot('projects');
  });

  it('signs an editor in, adds an observation, and reports a CSV with an error row by row', async () => {
    await page.goto(`/data-entry?asOf=${AS_OF}`);
    await page.getByLabel('访问令牌').fill('not-a-valid-token-000');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText(/令牌无效或已撤销/).waitFor();
    // An administrator hands out an editor token; the editor signs in with it.
    const created = await fetch(`${api.url}/api/v1/tokens`, {
      method: 'POST',
      headers: { authorization: `Bearer ${api.adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: '统计局数据录入', role: 'editor' }),
    });
    expect(created.status).toBe(201);
    const { token } = (await created.json()) as { token: string };
    await page.getByLabel('访问令牌').fill(token);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('heading', { name: '新增或更正观测值' }).waitFor();
    expect(await page.getByText('已登录：统计局数据录入（editor）').count()).toBe(1);

    await page.getByLabel('指标', { exact: true }).selectOption('student-myopia-rate');
    await page.getByRole('textbox', { name: '年度' }).fill('2024');
    await page.getByLabel('数值 (%)').fill('140');
    await page.getByText('百分比须在 0 到 100 之间').waitFor();
    await page.getByLabel('数值 (%)').fill('57.2');
    await page.getByLabel('来源').fill('e2e 体检统计');
    await page.getByRole('button', { name: '保存观测值' }).click();
    await page.getByText(/已保存：中小学生近视眼率 2024年 = 57.2/).waitFor();
    const stored = await (
      await fetch(`${api.url}/api/v1/observations?indicatorId=student-myopia-rate&region=ordos`)
    ).json();
    expect(stored.items).toContainEqual(
      expect.objectContaining({
        year: 2024,
        value: 57.2,
        source: 'e2e 体检统计',
        illustrative: false,
      }),
    );
    // The same year again is refused: it must be corrected instead.
    await page.getByLabel('数值 (%)').fill('57.0');
    await page.getByRole('button', { name: '保存观测值' }).click();
    await page.getByText(/已有观测值，请在“已有观测值”中更正它/).waitFor();

    const csv = [
      'indicator_id,region,year,date,value,source,note',
      'preschool-enrolment-rate,ordos,2024,,98.9,e2e bulletin,',
      'preschool-enrolment-rate,ordos,2025,,140,e2e bulletin,',
    ].join('\n');
    await page.getByLabel('文件').setInputFiles({
      name: 'observations.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.getByRole('button', { name: '检查（试运行）' }).click();
    const report = page.getByTestId('import-report');
    await report.waitFor();
    expect(await report.textContent()).toContain('未写入任何数据');
    const rows = await report.locator('tbody tr').allTextContents();
    expect(rows.some((row) => row.startsWith('3') && row.includes('value'))).toBe(true);
    expect(await page.getByRole('button', { name: '正式导入' }).count()).toBe(0);
    await shot('data-entry', true);
  });

  it('prints the mid-term report', async () => {
    await page.goto(`/report?asOf=${AS_OF}`);
    await page.getByRole('heading', { name: '分指标评估' }).waitFor();
    await page.locator('.report .status-badge').first().waitFor();
    expect(await page.getByTestId('illustrative-banner').textContent()).toContain('示例数据');
    const indicatorRows = await page.locator('.report-table tbody tr').count();
    expect(indicatorRows).toBe(61);
    await shot('report');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    expect(await page.locator('.controls-bar').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '打印 / 导出 PDF' }).isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(50_000);
    await page.emulateMedia({ media: 'screen' });
  });

  it('ran without errors in the browser console', () => {
    // The 401 of the wrong token and the 409 of the repeated year are expected answers.
    expect(
      errors.filter((error) => !/(401 \(Unauthorized\)|409 \(Conflict\))/.test(error)),
    ).toEqual([]);
  });
});
