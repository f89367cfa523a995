import { withChromium } from './chromium.js';

/** "— 3 —" centred under each page, as GB/T 9704 numbers pages (Chromium fills the spans). */
const FOOTER = `<div style="width:100%;text-align:center;font-size:10pt;font-family:'Noto Serif CJK SC',serif">— <span class="pageNumber"></span> —</div>`;

/**
 * The report as PDF: Chromium's print of the HTML version on A4, with the page
 * number in every footer. Nothing is fetched (the HTML is self-contained).
 */
export async function renderPdf(html: string): Promise<Uint8Array> {
  return withChromium(async (browser) => {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: FOOTER,
      margin: { top: '16mm', bottom: '18mm', left: '14mm', right: '14mm' },
      outline: true,
      tagged: true,
    });
    return new Uint8Array(pdf);
  });
}
