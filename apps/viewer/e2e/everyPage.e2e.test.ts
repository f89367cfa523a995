import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { latinSentences } from '@plan/vitest-config/latinSentences';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumMissing,
  ensureBuild,
  launchChromium,
  type RunningApi,
  screenshotDir,
  startApi,
  viewerRoot,
} from './_lib/stack.js';

// Every page of the viewer, opened as a reader opens it (no date in the URL: the default as-of),
// and the pages a signed-in administrator sees.
const PAGES = [
  '/',
  '/indicators',
  '/indicators/student-myopia-rate',
  '/projects',
  '/timeline',
  '/supervision',
  '/comparison',
  '/report',
  '/narrative',
  '/data-entry',
  '/tasks',
  '/review',
  '/no-such-page',
] as const;
const SIGNED_IN = ['/data-entry', '/tasks', '/review'] as const;

/**
 * The phone screenshots the README shows go to docs/ with PLAN_UPDATE_SCREENSHOTS=1 (docs/phone-*.png),
 * else beside the other screenshots in test-results/.
 */
const phoneShots =
  process.env.PLAN_UPDATE_SCREENSHOTS === '1'
    ? resolve(viewerRoot, '..', '..', 'docs')
    : screenshotDir;
const PHONE = { width: 360, height: 740 };

if (chromiumMissing) console.warn(`[every page e2e] ${chromiumMissing}`);

/** Opens a path and waits until its data is on screen: no request in flight, no "loading". */
async function open(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  // The app has rendered (it sets the page's language) and no part of it is still loading.
  await page.waitForFunction(
    () => document.documentElement.lang !== '' && document.querySelector('main .loading') === null,
    undefined,
    { timeout: 30_000 },
  );
  await page.waitForLoadState('networkidle');
}

/**
 * What a Chinese reader meets on the page: the text on screen and the labels a screen reader or
 * a tooltip gives (aria-label, title, placeholder, alt), each outside any element marked English
 * (the English names shown beside the Chinese ones on purpose) and outside <code>.
 */
function readerText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // Also left out: what a writer wrote, shown as written (an observation's note).
    const english = (node: Element | null) =>
      node?.closest('[lang^="en"], code, script, style, [data-user-text]');
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || english(parent)) continue;
      if (parent.closest('[hidden], [aria-hidden="true"]') && !parent.closest('title')) continue;
      const style = getComputedStyle(parent);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const text = node.textContent?.trim();
      if (text) texts.push(text);
    }
    for (const element of document.body.querySelectorAll(
      '[aria-label], [title], [placeholder], [alt]',
    )) {
      if (english(element)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
    }
    texts.push(document.title);
    return texts;
  });
}

describe.skipIf(chromiumMissing !== undefined)('every page of the viewer', () => {
  let api: RunningApi;
  let browser: Browser;
  const errors: string[] = [];

  beforeAll(async () => {
    const [viewerDir, launched] = await Promise.all([ensureBuild(), launchChromium()]);
    browser = launched;
    api = await startApi(viewerDir);
    mkdirSync(phoneShots, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  async function context(
    locale: 'zh' | 'en',
    viewport: { width: number; height: number },
  ): Promise<{ context: BrowserContext; page: Page }> {
    const created = await browser.newContext({
      baseURL: api.url,
      viewport,
      locale: locale === 'zh' ? 'zh-CN' : 'en-GB',
      timezoneId: 'Asia/Shanghai',
    });
    const page = await created.newPage();
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    // The viewer's own choice of language, as the toggle stores it.
    await page.addInitScript((chosen) => {
      localStorage.setItem('plan.viewer.locale', chosen);
    }, locale);
    return { context: created, page };
  }

  async function signIn(page: Page, locale: 'zh' | 'en') {
    await open(page, '/data-entry');
    await page.getByLabel(locale === 'zh' ? '访问令牌' : 'Access token').fill(api.adminToken);
    await page.getByRole('button', { name: locale === 'zh' ? '登录' : 'Sign in' }).click();
    await page.waitForLoadState('networkidle');
  }

  it('writes no English sentence on any page in Chinese (codes, units and names aside)', async () => {
    const { context: created, page } = await context('zh', { width: 1440, height: 960 });
    const found: string[] = [];
    const scan = async (label: string) => {
      for (const sentence of latinSentences((await readerText(page)).join('\n')))
        found.push(`${label}: ${sentence.text}`);
    };
    for (const path of PAGES) {
      await open(page, path);
      expect(await page.evaluate(() => document.documentElement.lang), path).toBe('zh-CN');
      await scan(path);
    }
    await signIn(page, 'zh');
    for (const path of SIGNED_IN) {
      await open(page, path);
      await scan(`${path} (signed in)`);
    }
    await created.close();
    expect(found).toEqual([]);
  }, 300_000);

  for (const locale of ['zh', 'en'] as const) {
    it(`never scrolls sideways at 360 px in ${locale === 'zh' ? 'Chinese' : 'English'}`, async () => {
      const { context: created, page } = await context(locale, PHONE);
      const wide: string[] = [];
      const measure = async (label: string) => {
        const { scrollWidth, clientWidth } = await page.evaluate(() => {
          const root = document.scrollingElement as Element;
          return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
        });
        if (scrollWidth > clientWidth) wide.push(`${label}: ${scrollWidth} > ${clientWidth}`);
      };
      for (const path of PAGES) {
        await open(page, path);
        await measure(path);
      }
      await signIn(page, locale);
      for (const path of SIGNED_IN) {
        await open(page, path);
        await measure(`${path} (signed in)`);
      }
      await created.close();
      expect(wide).toEqual([]);
    }, 300_000);
  }

  it('shows the overview’s status counts on a phone’s first screen', async () => {
    // In English first (its words are longer), then in Chinese, which the screenshots show.
    const { context: english, page: englishPage } = await context('en', PHONE);
    await open(englishPage, '/');
    for (const box of await countBottoms(englishPage)) expect(box, 'en').toBeLessThanOrEqual(640);
    await english.close();
    const { context: created, page } = await context('zh', PHONE);
    await open(page, '/');
    const bottoms = await countBottoms(page);
    expect(bottoms.length).toBeGreaterThan(0);
    for (const box of bottoms) expect(box, 'zh').toBeLessThanOrEqual(640);
    const sum = (await page.locator('.headline-number').allTextContents()).reduce(
      (total, count) => total + Number(count),
      0,
    );
    expect(sum).toBe(61);
    await page.screenshot({ path: join(phoneShots, 'phone-overview.png') });
    for (const [path, name] of [
      ['/indicators', 'indicators'],
      ['/indicators/student-myopia-rate', 'indicator'],
      ['/data-entry', 'data-entry'],
    ] as const) {
      await open(page, path);
      await page.screenshot({ path: join(phoneShots, `phone-${name}.png`) });
    }
    await created.close();
    expect(errors).toEqual([]);
  }, 120_000);
});

/** Where each of the overview's status counts ends, from the top of the page, in px. */
function countBottoms(page: Page): Promise<number[]> {
  return page
    .locator('.headline-count')
    .evaluateAll((links) =>
      links.map((link) => link.getBoundingClientRect().bottom + window.scrollY),
    );
}
