import { ordosProjects } from '@plan/projects';
import { describe, expect, it } from 'vitest';
import { reportText } from '../reportText.js';
import { testReport } from '../testReport.js';
import { projectsSection } from './projectsSection.js';

const sectionFor = (region?: string) =>
  projectsSection({ report: testReport(region ? { region } : {}), t: reportText('zh') });

describe('projectsSection', () => {
  const section = sectionFor();
  const tables = section.blocks.flatMap((block) => (block.kind === 'table' ? [block.table] : []));

  it('lists the 专栏 projects, then the milestones by deadline year under their own headings', () => {
    expect(tables[0]?.rows).toHaveLength(ordosProjects.length);
    const years = section.blocks.flatMap((block) =>
      block.kind === 'heading' && block.level === 4 ? [block.text] : [],
    );
    expect(years.length).toBeGreaterThan(0);
    expect(years.every((text) => /^\d{4} \(\d+\)$/.test(text))).toBe(true);
  });

  it('gives the workbook every measure and every milestone on a sheet of their own', () => {
    const measures = tables.find((table) => table.sheet === '工作举措');
    const count = ordosProjects.reduce((sum, project) => sum + project.measures.length, 0);
    expect(measures?.rows).toHaveLength(count);
    expect(tables.find((table) => table.sheet === '目标节点')?.only).toEqual(['xlsx']);
  });

  it('says why a milestone is not judged: no indicator data, or a city target in a district', () => {
    const notJudged = (text: string) => JSON.stringify(text);
    expect(JSON.stringify(section)).toContain(notJudged('不以指标数据判定'));
    expect(JSON.stringify(sectionFor('dongsheng'))).toContain(
      notJudged('全市目标，不按本地区判定'),
    );
  });
});
