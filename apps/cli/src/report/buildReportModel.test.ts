import { ordosPlan } from '@plan/indicators';
import { describe, expect, it } from 'vitest';
import { buildReportModel } from './buildReportModel.js';
import { REPORT_TEXT } from './reportText.js';
import { testReport } from './testReport.js';

describe('buildReportModel', () => {
  const model = buildReportModel(testReport());

  it('gives the seven sections of a Chinese mid-term evaluation, in order', () => {
    expect(model.sections.map((section) => section.heading)).toEqual(
      Object.values(REPORT_TEXT.sections.zh),
    );
  });

  it('gives the workbook its sheets in the order of the sections', () => {
    const sheets = model.sections.flatMap((section) =>
      section.blocks.flatMap((block) =>
        block.kind === 'table' && block.table.sheet ? [block.table.sheet] : [],
      ),
    );
    const { about, ...rest } = REPORT_TEXT.sheets.zh;
    expect([about, ...sheets]).toEqual([about, ...Object.values(rest)]);
  });

  it('says in the title and the banner whether demo data is included', () => {
    expect(model.title).toBe(`${ordosPlan.title.zh}中期评估报告（含示例数据）`);
    expect(model.banner).toEqual({ text: REPORT_TEXT.illustrativeBanner.zh, illustrative: true });
    const official = buildReportModel(testReport({ includeIllustrative: false, lang: 'en' }));
    expect(official.title).toBe(`Mid-term evaluation report: ${ordosPlan.title.en}`);
    expect(official.banner.illustrative).toBe(false);
  });

  it('takes the plan period and years from the plan, not from constants', () => {
    const other = buildReportModel(testReport({ plan: { ...ordosPlan, targetYear: 2026 } }));
    expect(other.meta).toContain(`规划期 ${ordosPlan.period.start}–${ordosPlan.period.end}`);
    expect(other.notes[0]).toContain('至2026年末');
    expect(JSON.stringify(other.sections[1])).toContain('2026年目标');
  });
});
