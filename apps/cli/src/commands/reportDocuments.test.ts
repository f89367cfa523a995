import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ordosConsistencyReport } from '@plan/projects';
import { latinSentences } from '@plan/vitest-config/latinSentences';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../_test/runInProcess.js';
import { runPlan, tempWorkspace } from '../_test/runPlan.js';
import { seedDatabase } from '../_test/seedDatabase.js';
import { chromiumMissing } from '../report/pdf/chromium.js';
import { docxText } from '../report/zhScan/docxText.js';
import { htmlText } from '../report/zhScan/htmlText.js';

const run = promisify(execFile);
const workspace = tempWorkspace('report-documents');
const env = { DATABASE_URL: workspace.databaseUrl };
const out = (name: string) => join(workspace.dir, name);

/** The first program of these on the PATH, or undefined. */
function which(program: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && existsSync(join(dir, program))) return join(dir, program);
  }
  return undefined;
}
const soffice = which('soffice') ?? which('libreoffice');
const pdftotext = which('pdftotext');
const NO_SOFFICE =
  'LibreOffice (soffice) is not installed: the DOCX → PDF conversion test is skipped (apt-get install libreoffice-writer-nogui poppler-utils)';
if (!soffice) console.warn(NO_SOFFICE);
const noChromium = chromiumMissing();
if (noChromium) console.warn(`${noChromium}: the PDF test is skipped`);

/** A PDF's text: pdftotext where installed, else the text of its uncompressed parts (page count only). */
async function pdfText(file: string): Promise<string> {
  if (pdftotext) return (await run(pdftotext, ['-enc', 'UTF-8', file, '-'])).stdout;
  return readFileSync(file, 'latin1');
}

/**
 * English the consistency check of @plan/projects still writes in English only (Chinese is
 * being added there): excused by its exact text, so each counts again once translated.
 */
const UNTRANSLATED = [
  ...ordosConsistencyReport.findings.map((finding) => finding.explanation),
  ...ordosConsistencyReport.checks.flatMap((check) => [check.title, check.detail]),
]
  .filter((remark) => !remark.zh)
  .map((remark) => remark.en);

const english = (text: string) =>
  latinSentences(text).filter(
    (each) => !UNTRANSLATED.some((sentence) => sentence.includes(each.text)),
  );

beforeAll(async () => {
  await seedDatabase(workspace.databaseUrl, { demo: true });
});
afterAll(() => workspace.dispose());

describe('plan report: documents to file', () => {
  const docx = out('final.docx');

  it('writes the final evaluation of the Ordos plan as of 2025-12-31 as a Word document', async () => {
    const result = await runPlan(
      ['report', '--as-of', '2025-12-31', '--include-illustrative', '--out', docx, '--json'],
      { env },
    );
    expect(result.code, result.stderr).toBe(0);
    const answer = JSON.parse(result.stdout);
    expect(answer).toMatchObject({
      ok: true,
      format: 'docx',
      kind: 'final',
      period: 'final',
      asOf: '2025-12-31',
      unit: null,
      narrative: [
        { section: 'achievements', draft: true },
        { section: 'problems', draft: true },
        { section: 'next_steps', draft: true },
      ],
    });
    // No reporting unit is made up: the cover says so, and so does the command.
    expect(result.stderr).toContain('（未填写）');
    const text = docxText(readFileSync(docx));
    expect(text).toContain('鄂尔多斯市“十四五”教育体育发展规划总结评估报告（含示例数据）');
    expect(text).toContain('填报单位：（未填写）');
    expect(text).toContain('评估期间：2021年1月1日至2025年12月31日');
    expect(text).toContain('总结评估');
    expect(text).toMatch(/表1　/);
    expect(text).toMatch(/图1　/);
    expect(text).toContain('主要成效（草稿）');
    // The final evaluation judged on the plan's last day, differences in percentage points.
    expect(text).toMatch(/[一二三四五六七八九十]、总结评估\n/);
    expect(text).toContain('个百分点');
  }, 300_000);

  it('is Chinese throughout: no English sentence in the Word document or the HTML', async () => {
    const html = out('final.html');
    const result = await runInProcess(
      ['report', '--as-of', '2025-12-31', '--include-illustrative', '--by-region', '--out', html],
      { env },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(english(htmlText(readFileSync(html, 'utf8')))).toEqual([]);
    expect(english(docxText(readFileSync(docx)))).toEqual([]);
  }, 180_000);

  it.skipIf(!soffice)(
    'opens in LibreOffice: converted headless to PDF with page numbers, numbered tables and the narrative',
    async () => {
      const pdfDir = out('pdf');
      mkdirSync(pdfDir, { recursive: true });
      await run(
        soffice as string,
        [
          `-env:UserInstallation=file://${out('lo-profile')}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          pdfDir,
          docx,
        ],
        { timeout: 480_000 },
      );
      const pdf = join(pdfDir, 'final.pdf');
      expect(existsSync(pdf)).toBe(true);
      const bytes = readFileSync(pdf);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      if (!pdftotext) {
        // Without poppler: the document has many pages (pages counted in the PDF's own index).
        expect(
          (bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length,
        ).toBeGreaterThan(10);
        return;
      }
      const text = await pdfText(pdf);
      // "— 3 —" in the footers (LibreOffice may drop the spaces around the number).
      expect(text).toMatch(/—\s*3\s*—/);
      expect(text).toMatch(/—\s*12\s*—/);
      expect(text).toMatch(/表\s*1\s/);
      expect(text).toMatch(/图\s*1\s/);
      expect(text).toContain('数据来源：');
      expect(text).toContain('主要成效（草稿）');
      expect(text).toContain('目录');
    },
    500_000,
  );

  it.skipIf(noChromium !== undefined)(
    'writes a PDF by Chromium’s print of the HTML, page numbers in the footer',
    async () => {
      const pdf = out('annual.pdf');
      const result = await runInProcess(
        ['report', '--kind', 'annual', '--period', '2023', '--format', 'pdf', '--out', pdf],
        { env },
      );
      expect(result.code, result.stderr).toBe(0);
      const bytes = readFileSync(pdf);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      if (pdftotext) {
        const text = await pdfText(pdf);
        expect(text).toContain('2023年度监测报告');
        expect(text).toMatch(/—\s*2\s*—/);
        expect(text).toMatch(/表\s*1\s/);
      }
    },
    300_000,
  );

  it('names the reporting unit given, and refuses a period outside the plan', async () => {
    const md = out('unit.md');
    const named = await runInProcess(
      ['report', '--kind', 'midterm', '--unit', '测试填报单位', '--out', md],
      { env },
    );
    expect(named.code, named.stderr).toBe(0);
    const markdown = readFileSync(md, 'utf8');
    expect(markdown).toContain('- 填报单位：测试填报单位');
    expect(markdown).toContain('评估截至：2023年12月31日');
    expect(named.stderr).not.toContain('未填写');
    const bad = await runInProcess(
      ['report', '--kind', 'annual', '--period', '2030', '--out', out('bad.md')],
      { env },
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('2030');
    const unknown = await runInProcess(['report', '--out', out('report.odt')], { env });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('.docx or .pdf');
  });
});
