import type { DeepReadonly } from '../../_lib/deepFreeze.js';
import type { PlanInput } from '../../schema/planInput.js';
import { educationTable } from './education.js';
import { ordosRegions } from './regions.js';
import { sportsTable } from './sports.js';
import { vocationalTable } from './vocational.js';

/**
 * The Ordos plan as authored: metadata, regions and the three indicator
 * tables of 第二章第三节 主要目标, cells exactly as printed.
 */
export const ordosPlanInput = {
  id: 'ordos-education-sports-2021-2025',
  title: {
    zh: '鄂尔多斯市“十四五”教育体育发展规划',
    en: 'Ordos 14th Five-Year Plan for Education and Sports Development (2021–2025)',
  },
  issuer: 'ordos',
  period: { start: 2021, end: 2025 },
  baselineYear: 2020,
  targetYear: 2025,
  subjectRegion: 'ordos',
  benchmarkRegion: 'inner-mongolia',
  notes: [
    {
      kind: 'inferred',
      text: {
        zh: '所据文本未印规划标题；标题据正文“结合全市教育体育发展实际，制定本规划”与附表1“鄂尔多斯市“十四五”教育体育重大项目工程”拟定。',
        en: 'The source text prints no title; the title is composed from the preamble ("制定本规划" for education and sports in the city) and Annex 1 ("鄂尔多斯市“十四五”教育体育重大项目工程").',
      },
    },
  ],
  regions: ordosRegions,
  tables: [educationTable, vocationalTable, sportsTable],
} as const satisfies DeepReadonly<PlanInput>;
