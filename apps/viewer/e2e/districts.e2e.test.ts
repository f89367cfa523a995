import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
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

// A fixed as-of date in the middle of the plan; official figures only, so the district's own
// figures are all the overview of 东胜区 can count.
const AS_OF = '2024-06-30';
const OVERVIEW = `/?asOf=${AS_OF}&region=dongsheng&illustrative=0`;

if (chromiumMissing) console.warn(`[districts e2e] ${chromiumMissing}`);

describe.skipIf(chromiumMissing !== undefined)('a district submits, the city approves', () => {
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
    // A fresh production build of the viewer can take minutes on a busy machine.
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  const shot = (name: string) =>
    page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });

  /** The overview's status counts for 东胜区, as the reader sees them ("12 …" per status). */
  async function overviewCounts(): Promise<string[]> {
    await page.goto(OVERVIEW);
    await page.getByRole('heading', { name: '指标状态' }).waitFor();
    await page.locator('.headline-number').first().waitFor();
    return page.locator('.headline-count').allTextContents();
  }

  async function signIn(token: string) {
    // Whoever was signed in in this tab is signed out first.
    await page.evaluate(() => sessionStorage.clear());
    await page.goto(`/data-entry?asOf=${AS_OF}`);
    await page.getByLabel('访问令牌').fill(token);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('heading', { name: '新增或更正观测值' }).waitFor();
  }

  async function submit(year: string, value: string) {
    await page.getByRole('textbox', { name: '年度' }).fill(year);
    await page.getByLabel('数值 (%)').fill(value);
    await page.getByLabel('来源').fill('东胜区教育统计年报');
    await page.getByRole('button', { name: '保存观测值' }).click();
    await page
      .getByText(new RegExp(`已保存：学前三年入园率 ${year}年 = ${value}.*已提交，等待市级审核。`))
      .waitFor();
  }

  let before: string[] = [];
  let districtToken = '';

  it('gives 东胜区 a token confined to its district', async () => {
    before = await overviewCounts();
    expect(before.length).toBeGreaterThan(0);
    const created = await fetch(`${api.url}/api/v1/tokens`, {
      method: 'POST',
      headers: { authorization: `Bearer ${api.adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: '东胜区教育局', role: 'editor', regions: ['dongsheng'] }),
    });
    expect(created.status).toBe(201);
    const answer = (await created.json()) as { token: string; scope: { regions: string[] } };
    expect(answer.scope.regions).toEqual(['dongsheng']);
    districtToken = answer.token;
  });

  it('lets the district sign in and submit its figures, which do not count yet', async () => {
    await signIn(districtToken);
    expect(await page.getByTestId('entry-scope').textContent()).toBe(
      '录入范围：东胜区 · 提交后需市级审核',
    );
    const form = page.locator('form', {
      has: page.getByRole('heading', { name: '新增或更正观测值' }),
    });
    expect(
      await form.getByLabel('地区', { exact: true }).locator('option').allTextContents(),
    ).toEqual(['东胜区']);
    expect(await page.getByRole('link', { name: '数据审核' }).count()).toBe(0);
    await form.getByLabel('指标', { exact: true }).selectOption('preschool-enrolment-rate');
    // Its own base-year value and a later one: a district is judged from its own baseline.
    await submit('2020', '90.5');
    await submit('2023', '95.5');
    await page.locator('.existing .status-badge', { hasText: '待审核' }).nth(1).waitFor();
    await shot('districts-entry');
    // Outside its district the API refuses, naming the scope.
    const refused = await fetch(`${api.url}/api/v1/observations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${districtToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        indicatorId: 'preschool-enrolment-rate',
        region: 'kangbashi',
        year: 2023,
        value: 95,
        source: 'e2e',
      }),
    });
    expect(refused.status).toBe(403);
    expect(await overviewCounts()).toEqual(before);
  });

  it('lets the city approve them on the review page, and the overview changes', async () => {
    await signIn(api.adminToken);
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '数据审核' })
      .click();
    await page.getByRole('heading', { name: '数据审核', level: 1 }).waitFor();
    const base = page.locator('section', {
      has: page.getByRole('heading', { name: '东胜区 · 2020年' }),
    });
    await base.waitFor();
    await shot('districts-review');
    await base.getByRole('button', { name: '全部通过（东胜区 · 2020年）' }).click();
    await page.getByText('已通过 1 条（东胜区 · 2020年）。').waitFor();
    await page.getByRole('button', { name: '通过：学前三年入园率 2023年' }).click();
    await page.getByText('已通过：学前三年入园率 2023年').waitFor();
    await page.getByText('没有待审核的数据。').waitFor();
    const after = await overviewCounts();
    expect(after).not.toEqual(before);
    const stored = await (
      await fetch(
        `${api.url}/api/v1/observations?indicatorId=preschool-enrolment-rate&region=dongsheng`,
      )
    ).json();
    expect(
      stored.items.filter((item: { approval: string }) => item.approval === 'approved'),
    ).toHaveLength(2);
  });

  it('ran without errors in the browser console', () => {
    expect(errors).toEqual([]);
  });
});
