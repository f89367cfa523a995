import { withChromium } from '../pdf/chromium.js';
import type { ChartToDraw } from './renderDocx.js';

/**
 * The charts as PNG, drawn by headless Chromium at twice their size (sharp
 * when printed): the picture Word shows where it does not read the SVG beside
 * it. One browser for all the charts of a report.
 */
export async function drawCharts(charts: readonly ChartToDraw[]): Promise<Uint8Array[]> {
  return withChromium(async (browser) => {
    const page = await browser.newPage({ deviceScaleFactor: 2 });
    await page.setContent(
      `<!doctype html><meta charset="utf-8"><body style="margin:0;background:#fff">${charts
        .map(
          (chart, index) => `<div id="c${index}" style="display:inline-block">${chart.svg}</div>`,
        )
        .join('')}</body>`,
    );
    const pngs: Uint8Array[] = [];
    for (const [index] of charts.entries()) {
      pngs.push(new Uint8Array(await page.locator(`#c${index} > svg`).screenshot({ type: 'png' })));
    }
    return pngs;
  });
}
