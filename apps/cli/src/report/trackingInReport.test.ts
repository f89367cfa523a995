import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildReportModel } from './buildReportModel.js';
import { renderHtml } from './renderHtml.js';
import { renderMarkdown } from './renderMarkdown.js';
import { renderXlsx } from './renderXlsx.js';
import { testReport } from './testReport.js';

// The two tracking sections (重大项目进展, 督办清单) in every format the report is written in.
describe('the report with the plan’s tracking', async () => {
  const model = buildReportModel(testReport({ tracking: true }));

  it('puts 重大项目进展 and 督办清单 right after the projects, numbered in order', () => {
    const headings = model.sections.map((section) => section.heading);
    const at = headings.indexOf('四、重大项目工程与目标节点');
    expect(headings.slice(at + 1, at + 3)).toEqual(['五、重大项目进展', '六、督办清单']);
    expect(headings.at(-1)).toBe('九、评估说明');
  });

  it('has neither without tracking (a report before the store had it)', () => {
    const ids = buildReportModel(testReport()).sections.map((section) => section.id);
    expect(ids).not.toContain('progress');
    expect(ids).not.toContain('supervision');
  });

  it('renders both in HTML (escaped) and Markdown', () => {
    const html = renderHtml(model);
    expect(html).toContain('<section id="progress">');
    expect(html).toContain('<section id="supervision">');
    expect(html).toContain('牵头：市教育体育局；配合：市财政局');
    expect(html).toContain('&lt;b&gt;示范校&lt;/b&gt;');
    expect(html).not.toContain('<b>示范校</b>');
    const markdown = renderMarkdown(model);
    expect(markdown).toContain('## 五、重大项目进展');
    expect(markdown).toContain('## 六、督办清单');
    expect(markdown).toContain('未指定');
  });

  it('writes no undefined or NaN in either language', () => {
    for (const lang of ['zh', 'en'] as const) {
      const each = buildReportModel(testReport({ lang, tracking: true }));
      const sections = JSON.stringify(
        each.sections.filter((section) => ['progress', 'supervision'].includes(section.id)),
      );
      expect(sections).not.toMatch(/undefined|NaN|\[object Object\]/);
      expect(renderMarkdown(each)).not.toMatch(/undefined|NaN/);
    }
  });

  it('gives the workbook the sheets 项目进展汇总, 项目进展 and 督办清单', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await renderXlsx(model)) as unknown as ExcelJS.Buffer);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    for (const name of ['项目进展汇总', '项目进展', '督办清单']) expect(names).toContain(name);
    const progress = workbook.getWorksheet('项目进展') as ExcelJS.Worksheet;
    expect(progress.rowCount).toBe(1 + 91 + 150);
  });
});
