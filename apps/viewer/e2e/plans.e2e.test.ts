import { fixturePlanFile } from '@plan/plans/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumMissing,
  ensureBuild,
  launchChromium,
  type RunningApi,
  startApi,
} from './_lib/stack.js';

// The second plan is @plan/plans' invented fixture (测试用规划（虚构数据）), never a real plan.
const FIXTURE = fixturePlanFile.id;

describe.skipIf(chromiumMissing !== undefined)(
  'two plans in the viewer, against the real API',
  () => {
    let api: RunningApi;
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      const [viewerDir, launched] = await Promise.all([ensureBuild(), launchChromium()]);
      browser = launched;
      api = await startApi(viewerDir);
      const added = await fetch(`${api.url}/api/v1/plans`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${api.adminToken}` },
        body: JSON.stringify(fixturePlanFile),
      });
      expect(added.status).toBe(201);
      page = await browser.newPage({ baseURL: api.url, locale: 'zh-CN' });
    });

    afterAll(async () => {
      await browser?.close();
      await api?.stop();
    });

    it('opens the plan a shared link names, and switches back to the default plan', async () => {
      await page.goto(`/?plan=${FIXTURE}&asOf=2028-06-30`);
      await page.locator('h1', { hasText: '测试用规划（虚构数据）' }).waitFor();
      await page
        .getByLabel('规划', { exact: true })
        .selectOption({ label: '鄂尔多斯市“十四五”教育体育发展规划' });
      await page.locator('h1', { hasText: '鄂尔多斯市“十四五”教育体育发展规划' }).waitFor();
      expect(new URL(page.url()).search).toBe('?asOf=2028-06-30');
    });
  },
);
