import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/** The Chromium that prints the PDF and draws the Word document's chart images (PLAN_CHROMIUM overrides). */
const CHROMIUM_PATH = process.env.PLAN_CHROMIUM ?? '/usr/bin/chromium';

/** Why Chromium cannot be used, or undefined when it can. */
export function chromiumMissing(path = CHROMIUM_PATH): string | undefined {
  return existsSync(path)
    ? undefined
    : `${path} is not installed (apt-get install chromium fonts-noto-cjk, or set PLAN_CHROMIUM)`;
}

/**
 * Runs `use` with a headless Chromium (no sandbox, no GPU, nothing fetched in
 * the background) and closes it afterwards, whatever happens. playwright-core
 * is loaded only here, so the other formats never load it.
 */
export async function withChromium<T>(use: (browser: Browser) => Promise<T>): Promise<T> {
  const missing = chromiumMissing();
  if (missing) throw new Error(`cannot write a PDF: ${missing}`);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    return await use(browser);
  } finally {
    await browser.close();
  }
}
