import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
  viewerRoot,
} from './_lib/stack.js';

// Implementation tracking (issue 15) end to end: the bureau enters a unit, gives it a token and
// assigns it a measure; the unit signs in on 我的任务 and reports the measure with a file of
// evidence; the city sees the report on the projects page and the supervision list changes.
//
// Reports count from the day they are sent, so the pages are read as of today (no asOf): the
// plan's period is over, every unreported item is overdue, and a measure reported done leaves
// the list. The unit is invented for the test (the plan names none; the bureau enters them).

const UNIT = {
  id: 'e2e-basic-education',
  nameZh: '（示例）基础教育科',
  nameEn: '(Example) Basic education section',
};
/** 制定《鄂尔多斯市家校社共育实施方案》: a deliverable without targets. */
const MEASURE = 'P05-M1';
/** A measure with two cumulative targets of its own (心理健康教育课题). */
const MEASURE_WITH_TARGETS = 'P06-M3';
const NARRATIVE = '已印发《鄂尔多斯市家校社共育实施方案》，建立家校社协同育人联席会议机制。';

/**
 * The screenshots the issue asks for: docs/tracking-*.png with PLAN_UPDATE_SCREENSHOTS=1, else
 * test-results/screenshots (a plain test run leaves the work tree as it was).
 */
const shotsDir =
  process.env.PLAN_UPDATE_SCREENSHOTS === '1'
    ? resolve(viewerRoot, '..', '..', 'docs')
    : screenshotDir;

if (chromiumMissing) console.warn(`[tracking e2e] ${chromiumMissing}`);

describe.skipIf(chromiumMissing !== undefined)('a unit reports a measure, the city sees it', () => {
  let api: RunningApi;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  let unitToken = '';

  beforeAll(async () => {
    const [viewerDir, launched] = await Promise.all([ensureBuild(), launchChromium()]);
    browser = launched;
    api = await startApi(viewerDir);
    mkdirSync(shotsDir, { recursive: true });
    ({ page } = await openReaderPage(browser, api.url, errors));
    // A fresh production build of the viewer can take minutes on a busy machine.
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  const shot = (name: string) =>
    page.screenshot({ path: join(shotsDir, `tracking-${name}.png`), fullPage: false });

  /** A call of the API as the administrator. */
  const admin = (path: string, method: string, body?: unknown) =>
    fetch(`${api.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${api.adminToken}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  /** The supervision list's rows for the measure, as anyone reads it. */
  async function supervisionOf(id: string) {
    const answer = (await (await fetch(`${api.url}/api/v1/supervision`)).json()) as {
      items: { id: string; reasons: string[] }[];
    };
    return answer.items.filter((item) => item.id === id);
  }

  let before: { id: string; reasons: string[] }[] = [];

  it('lets the bureau enter a unit, give it a token and assign it two measures', async () => {
    expect((await admin('/api/v1/units', 'POST', UNIT)).status).toBe(201);
    const created = await admin('/api/v1/tokens', 'POST', {
      name: UNIT.nameZh,
      role: 'editor',
      unit: UNIT.id,
    });
    expect(created.status).toBe(201);
    const answer = (await created.json()) as { token: string; scope: { unit?: string } };
    expect(answer.scope.unit).toBe(UNIT.id);
    unitToken = answer.token;
    for (const itemId of [MEASURE, MEASURE_WITH_TARGETS]) {
      const put = await admin(`/api/v1/responsibilities/${itemId}`, 'PUT', {
        lead: UNIT.id,
        cooperating: [],
        reason: '端到端测试：指定责任单位',
      });
      expect(put.status).toBe(200);
    }
    before = await supervisionOf(MEASURE);
    expect(before).toHaveLength(1);
  });

  it('lets the unit sign in on 我的任务 and report the measure with a file of evidence', async () => {
    await page.goto('/tasks');
    await page.getByLabel('访问令牌').fill(unitToken);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText(`责任单位：${UNIT.nameZh}`).waitFor();
    const card = page.locator(`section[data-task="${MEASURE}"]`);
    await card.waitFor();
    expect(await page.locator(`section[data-task="${MEASURE_WITH_TARGETS}"]`).count()).toBe(1);
    expect(await card.getByRole('heading', { level: 2 }).textContent()).toContain('牵头');
    await card.locator('summary', { hasText: `提交进展报告：${MEASURE}` }).click();
    await card.getByLabel('进展状态').selectOption('done');
    await card.getByLabel('完成比例（%，可不填）').fill('100');
    await card.getByLabel('进展说明').fill(NARRATIVE);
    await card.getByLabel('已完成（已出台 / 已印发）').check();
    await card.getByLabel('完成日期').fill('2023-09-01');
    await card.getByLabel('文件名称或文号').fill('鄂尔多斯市家校社共育实施方案');
    await card.getByLabel('上传文件').check();
    // A file of the wrong kind is refused before anything is sent.
    await card.getByLabel('文件', { exact: true }).setInputFiles({
      name: 'setup.exe',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('MZ'),
    });
    await card.getByRole('button', { name: '提交报告' }).click();
    await card.getByText(/不接受此类文件（\.exe）/).waitFor();
    await card.getByLabel('文件', { exact: true }).setInputFiles({
      name: '家校社共育实施方案.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'),
    });
    await card.getByRole('button', { name: '提交报告' }).click();
    await card
      .getByText(/已提交 P05-M1 \d{4} 的进展报告，佐证材料“家校社共育实施方案\.pdf”已上传。/)
      .waitFor();
    await card.locator('summary', { hasText: `提交进展报告：${MEASURE}` }).click();
    await card.getByText(/最近报告：\d{4} · 已完成/).waitFor();
    // The picture shows the other measure's form open, as a unit sees it before reporting.
    await page
      .locator(`section[data-task="${MEASURE_WITH_TARGETS}"] summary`, {
        hasText: `提交进展报告：${MEASURE_WITH_TARGETS}`,
      })
      .click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot('tasks');
    // The report and its evidence are stored under the unit's name.
    const reports = (await (
      await fetch(`${api.url}/api/v1/measures/${MEASURE}/reports`)
    ).json()) as {
      items: { status: string; narrative: string; evidence: { name: string; size: number }[] }[];
    };
    expect(reports.items).toHaveLength(1);
    expect(reports.items[0]).toMatchObject({ status: 'done', narrative: NARRATIVE });
    expect(reports.items[0]?.evidence.map((evidence) => evidence.name)).toEqual([
      '家校社共育实施方案.pdf',
    ]);
  });

  it('shows the city the report on the projects page', async () => {
    await page.evaluate(() => sessionStorage.clear());
    // The project's link opens its box.
    await page.goto('/projects#project-5');
    const measure = page.locator(`li[data-measure="${MEASURE}"]`);
    await measure.locator('.measure-narrative').waitFor();
    expect(await measure.locator('.measure-narrative').textContent()).toContain(
      '已印发《鄂尔多斯市家校社共育实施方案》',
    );
    expect(await measure.getByRole('link', { name: '家校社共育实施方案.pdf' }).count()).toBe(1);
    expect(await measure.textContent()).toContain(UNIT.nameZh);
    await page.evaluate(() =>
      document.getElementById('project-5')?.scrollIntoView({ block: 'start' }),
    );
    await shot('projects');
  });

  it('takes the measure off the supervision list', async () => {
    expect(await supervisionOf(MEASURE)).toEqual([]);
    await page.goto('/supervision');
    await page.getByRole('heading', { name: '督办清单', level: 1 }).waitFor();
    await page.locator('.supervision-table tbody tr').first().waitFor();
    expect(await page.locator(`.supervision-table tr[data-id="${MEASURE}"]`).count()).toBe(0);
    // The other measure of the unit is still there, in the unit's filter.
    await page.getByLabel('责任单位').selectOption(UNIT.id);
    await page.locator(`.supervision-table tr[data-id="${MEASURE_WITH_TARGETS}"]`).waitFor();
    expect(await page.locator('.supervision-table tbody tr').count()).toBeGreaterThan(0);
    await page.getByLabel('责任单位').selectOption('');
    await page.locator('.supervision-table tbody tr').nth(5).waitFor();
    await shot('supervision');
    const circular = await fetch(`${api.url}/api/v1/supervision/circular?format=html`);
    expect(circular.status).toBe(200);
    expect(await circular.text()).toContain(UNIT.nameZh);
  });

  it('shows the deadlines on the timeline', async () => {
    await page.goto('/timeline');
    await page.getByRole('heading', { name: '任务时间轴', level: 1 }).waitFor();
    await page.locator('table').first().waitFor();
    await shot('timeline');
  });

  it('ran without errors in the browser console', () => {
    expect(errors).toEqual([]);
  });
});
