import { ordosProjects, ordosTargets } from '@plan/projects';
import { describe, expect, it } from 'vitest';
import type { Table } from '../reportModel.types.js';
import { reportText } from '../reportText.js';
import { testReport } from '../testReport.js';
import { progressSection } from './progressSection.js';

const sectionIn = (lang: 'zh' | 'en') =>
  progressSection({ report: testReport({ lang, tracking: true }), t: reportText(lang) });
const tablesOf = (section: ReturnType<typeof sectionIn>): Table[] =>
  section.blocks.flatMap((block) => (block.kind === 'table' ? [block.table] : []));

describe('progressSection (重大项目进展)', () => {
  const section = sectionIn('zh');
  const tables = tablesOf(section);
  const measureCount = ordosProjects.reduce((sum, project) => sum + project.measures.length, 0);

  it('rolls up measures and targets by the one status vocabulary', () => {
    const rollUp = tables[0];
    expect(rollUp?.columns.map((column) => column.header)).toEqual([
      '类型',
      '已完成',
      '按计划推进',
      '存在风险',
      '逾期未完成',
      '未报告',
      '合计',
    ]);
    expect(rollUp?.rows.map((row) => row.cells.at(-1)?.value)).toEqual([
      measureCount,
      ordosTargets.length,
    ]);
    const byProject = tables.find((table) => table.sheet === '项目进展汇总');
    expect(byProject?.rows).toHaveLength(ordosProjects.length);
  });

  it('lists every measure and target of a project under its heading, with status, owner and latest report', () => {
    const headings = section.blocks.flatMap((block) =>
      block.kind === 'heading' && block.level === 4 ? [block.text] : [],
    );
    expect(headings).toHaveLength(ordosProjects.length);
    expect(headings[0]).toMatch(/^专栏1 .+（工作举措\d+项）$/);
    const first = tables.find(
      (table) => table.only?.includes('md') && table.columns[0]?.header === '举措 / 目标',
    );
    const project = ordosProjects[0];
    const rows =
      (project?.measures.length ?? 0) + (project?.measures.flatMap((m) => m.targetIds).length ?? 0);
    expect(first?.rows).toHaveLength(rows);
    const [measure] = first?.rows ?? [];
    expect(measure?.cells[2]?.text).toBe('牵头：市教育体育局；配合：市财政局');
    expect(measure?.cells[3]?.text).toBe('2023 · 按计划推进 · 完成60%');
    expect(measure?.cells[3]?.detail?.slice(1, 4)).toEqual([
      '成果已完成 2023-11-30 《示范校评选办法》',
      '佐证材料：评选通知.pdf、新闻 <https://example.org/news>',
      '报送：市教育体育局',
    ]);
  });

  it('says 未指定 where the bureau has set no unit, never a unit of its own', () => {
    const json = JSON.stringify(section);
    expect(json).toContain('"text":"未指定"');
    expect(json).not.toMatch(/牵头：(?!市教育体育局)/);
  });

  it('covers every measure and every target once on its sheet', () => {
    const sheet = tables.find((table) => table.sheet === '项目进展');
    expect(sheet?.only).toEqual(['xlsx']);
    expect(sheet?.rows).toHaveLength(measureCount + ordosTargets.length);
    for (const row of sheet?.rows ?? []) expect(row.cells).toHaveLength(sheet?.columns.length ?? 0);
    const ids = sheet?.rows.map((row) => row.cells[1]?.text);
    expect(new Set(ids).size).toBe(ids?.length);
  });

  it('puts the prose targets in a table of their own', () => {
    const prose = section.blocks.find(
      (block) => block.kind === 'heading' && block.text.startsWith('规划正文中的量化目标'),
    );
    expect(prose).toBeDefined();
  });

  it('is in English with the plan’s Chinese beside', () => {
    const english = sectionIn('en');
    expect(english.heading).toBe('Progress of the major projects');
    expect(JSON.stringify(english)).toContain('Lead: Education and Sports Bureau; with: 市财政局');
    expect(JSON.stringify(english)).toContain('Not assigned');
  });
});
