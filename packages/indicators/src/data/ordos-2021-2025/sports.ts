import type { DeepReadonly } from '../../_lib/deepFreeze.js';
import type { TableInput } from '../../schema/planInput.js';
import { countedWhereItStands } from './regionScopes.js';

const people = { zh: '人', en: 'people', kind: 'count' } as const;
const items = { zh: '个', en: 'items', kind: 'count' } as const;
const percent = { zh: '%', en: '%', kind: 'percent' } as const;
const noBenchmark = { baseline: '—', target: '—' } as const;

/** 鄂尔多斯市体育事业发展“十四五”主要指标 (the plan's third table, 第二章第三节). */
export const sportsTable = {
  id: 'sports',
  title: {
    zh: '鄂尔多斯市体育事业发展“十四五”主要指标',
    en: 'Ordos sports development: main indicators for the 14th Five-Year Plan period',
  },
  footnote: {
    zh: '备注：以上表格中，带*符号表示鄂尔多斯市根据实际增设的指标。',
    en: 'Note: indicators marked * were added by Ordos to suit local conditions.',
  },
  // The first category column is printed one character per line (群 / 众 / 体 / 育).
  categories: [
    { id: 'mass-sports', printed: '群众体育', name: { zh: '群众体育', en: 'Mass sports' } },
    {
      id: 'competitive-sports',
      printed: '竞技体育',
      name: { zh: '竞技体育', en: 'Competitive sports' },
      children: [
        {
          id: 'team-building',
          printed: '队伍建设',
          name: { zh: '队伍建设', en: 'Team building' },
          children: [
            { id: 'athletes', printed: '*运动员', name: { zh: '运动员', en: 'Athletes' } },
            { id: 'coaches', printed: '教练员', name: { zh: '教练员', en: 'Coaches' } },
            { id: 'referees', printed: '*裁判员', name: { zh: '裁判员', en: 'Referees' } },
          ],
        },
      ],
    },
    { id: 'youth-sports', printed: '青少年体育', name: { zh: '青少年体育', en: 'Youth sports' } },
    { id: 'sports-industry', printed: '体育产业', name: { zh: '体育产业', en: 'Sports industry' } },
    {
      id: 'football-development',
      printed: '足球发展',
      name: { zh: '足球发展', en: 'Football development' },
    },
  ],
  indicators: [
    {
      id: 'regular-exercise-share',
      categoryPath: ['mass-sports'],
      printed: '经常参加体育锻炼人数比例（%）',
      name: {
        zh: '经常参加体育锻炼人数比例',
        en: 'Share of people who exercise regularly',
      },
      unit: percent,
      direction: 'increase',
      values: {
        subject: { baseline: '43', target: '45' },
        benchmark: { baseline: '35.5', target: '38.5' },
      },
    },
    {
      id: 'sports-ground-area-per-capita',
      categoryPath: ['mass-sports'],
      printed: '人均体育场地面积（平方米）',
      name: { zh: '人均体育场地面积', en: 'Sports ground area per capita' },
      unit: { zh: '平方米', en: 'm²', kind: 'amount' },
      direction: 'increase',
      values: {
        subject: { baseline: '2.95', target: '3.0' },
        benchmark: { baseline: '2.16', target: '2.6' },
      },
    },
    {
      id: 'physical-fitness-standard-pass-rate',
      categoryPath: ['mass-sports'],
      printed: '《国民体质测定标准》合格率（%）',
      name: {
        zh: '《国民体质测定标准》合格率',
        en: 'Pass rate under the National Physical Fitness Standard',
      },
      unit: percent,
      direction: 'increase',
      values: {
        subject: { baseline: '90', target: '92' },
        benchmark: { baseline: '87', target: '90' },
      },
    },
    {
      id: 'national-sports-parks',
      categoryPath: ['mass-sports'],
      printed: '*国家级体育公园',
      name: { zh: '国家级体育公园', en: 'National-level sports parks' },
      unit: { zh: '个', en: 'parks', kind: 'count', inferred: true },
      direction: 'increase',
      values: {
        subject: { baseline: '0', target: '3' },
        benchmark: { baseline: '0', target: '—' },
      },
      notes: [
        {
          kind: 'inferred',
          text: { zh: '表中未印单位，按个计。', en: 'The table prints no unit; counted as parks.' },
        },
      ],
      regionScope: countedWhereItStands,
    },
    {
      id: 'first-grade-athletes',
      categoryPath: ['competitive-sports', 'team-building', 'athletes'],
      printed: '一级运动员（人）',
      name: { zh: '一级运动员', en: 'First-grade athletes' },
      unit: people,
      direction: 'increase',
      values: { subject: { baseline: '25', target: '45' }, benchmark: noBenchmark },
    },
    {
      id: 'second-grade-athletes',
      categoryPath: ['competitive-sports', 'team-building', 'athletes'],
      printed: '二级运动员（人）',
      name: { zh: '二级运动员', en: 'Second-grade athletes' },
      unit: people,
      direction: 'increase',
      values: { subject: { baseline: '120', target: '150' }, benchmark: noBenchmark },
    },
    {
      id: 'senior-title-coaches',
      categoryPath: ['competitive-sports', 'team-building', 'coaches'],
      printed: '具有副高级以上职称的教练员（人）',
      name: {
        zh: '具有副高级以上职称的教练员',
        en: 'Coaches with an associate-senior or higher professional title',
      },
      unit: people,
      direction: 'increase',
      values: { subject: { baseline: '12', target: '17' }, benchmark: noBenchmark },
    },
    {
      id: 'national-first-grade-referees',
      categoryPath: ['competitive-sports', 'team-building', 'referees'],
      printed: '国家一级裁判员（人）',
      name: { zh: '国家一级裁判员', en: 'National first-grade referees' },
      unit: people,
      direction: 'increase',
      values: { subject: { baseline: '120', target: '180' }, benchmark: noBenchmark },
    },
    {
      id: 'national-second-grade-referees',
      categoryPath: ['competitive-sports', 'team-building', 'referees'],
      printed: '国家二级裁判员（人）',
      name: { zh: '国家二级裁判员', en: 'National second-grade referees' },
      unit: people,
      direction: 'increase',
      values: { subject: { baseline: '1200', target: '1800' }, benchmark: noBenchmark },
      notes: [
        {
          kind: 'ambiguity',
          text: {
            zh: '正文写“培养国家二级以上裁判员1000人”，与本表1800不一致，见一致性报告。',
            en: 'The text says "train 1000 national second-grade or higher referees", against 1800 in this table; see the consistency report.',
          },
        },
      ],
    },
    {
      id: 'traditional-sports-schools',
      categoryPath: ['youth-sports'],
      printed: '体育传统特色学校数量（所）',
      name: { zh: '体育传统特色学校数量', en: 'Schools with a sports tradition' },
      unit: { zh: '所', en: 'schools', kind: 'count' },
      direction: 'increase',
      values: {
        subject: { baseline: '20', target: '60' },
        benchmark: { baseline: '268', target: '500' },
      },
      regionScope: countedWhereItStands,
    },
    {
      id: 'youth-sports-organisations',
      categoryPath: ['youth-sports'],
      printed: '青少年体育社会组织数量（个）',
      name: { zh: '青少年体育社会组织数量', en: 'Youth sports social organisations' },
      unit: items,
      direction: 'increase',
      values: {
        subject: { baseline: '—', target: '100' },
        benchmark: { baseline: '—', target: '600' },
      },
    },
    {
      id: 'city-youth-brand-events',
      categoryPath: ['youth-sports'],
      printed: '*创建市级青少年品牌赛事活动（个）',
      name: {
        zh: '创建市级青少年品牌赛事活动',
        en: 'City-level youth brand sports events created',
      },
      unit: items,
      direction: 'increase',
      values: { subject: { baseline: '0', target: '3' }, benchmark: noBenchmark },
    },
    {
      id: 'grassroots-coaches-trained',
      categoryPath: ['youth-sports'],
      printed: '基层教练员执教技能培训人数（名）',
      name: {
        zh: '基层教练员执教技能培训人数',
        en: 'Grassroots coaches trained in coaching skills',
      },
      unit: { zh: '名', en: 'people', kind: 'count' },
      direction: 'increase',
      values: {
        subject: { baseline: '—', target: '300' },
        benchmark: { baseline: '—', target: '1000' },
      },
    },
    {
      id: 'registered-youth-athletes',
      categoryPath: ['youth-sports'],
      printed: '注册青少年运动员（人）',
      name: { zh: '注册青少年运动员', en: 'Registered youth athletes' },
      unit: people,
      direction: 'increase',
      values: {
        subject: { baseline: '4000', target: '6500' },
        benchmark: { baseline: '57000', target: '70000' },
      },
    },
    {
      id: 'reserve-talent-bases',
      categoryPath: ['youth-sports'],
      printed: '自治区级以上竞技体育后备人才基地（个）',
      name: {
        zh: '自治区级以上竞技体育后备人才基地',
        en: 'Competitive sports reserve-talent bases at autonomous-region level or above',
      },
      unit: items,
      direction: 'increase',
      values: {
        subject: { baseline: '5', target: '7' },
        benchmark: { baseline: '68', target: '76' },
      },
    },
    {
      id: 'youth-training-centres',
      categoryPath: ['youth-sports'],
      printed: '*青少年体育训练中心（个）',
      name: { zh: '青少年体育训练中心', en: 'Youth sports training centres' },
      unit: items,
      direction: 'increase',
      values: { subject: { baseline: '45', target: '60' }, benchmark: noBenchmark },
      regionScope: countedWhereItStands,
    },
    {
      id: 'sports-industry-gdp-share',
      categoryPath: ['sports-industry'],
      printed: '体育产业增加值占地区生产总值的比重（%）',
      name: {
        zh: '体育产业增加值占地区生产总值的比重',
        en: 'Sports industry value added as a share of regional GDP',
      },
      unit: percent,
      direction: 'increase',
      values: {
        subject: { baseline: '0.9', target: '1.4' },
        benchmark: { baseline: '0.9', target: '1.4' },
      },
    },
    {
      id: 'urban-sports-complexes',
      categoryPath: ['sports-industry'],
      printed: '*城市体育服务综合体（个）',
      name: { zh: '城市体育服务综合体', en: 'Urban sports service complexes' },
      unit: items,
      direction: 'increase',
      values: { subject: { baseline: '1', target: '5' }, benchmark: noBenchmark },
      regionScope: countedWhereItStands,
    },
    {
      id: 'sports-tourism-projects',
      categoryPath: ['sports-industry'],
      printed: '*培育体旅融合发展精品项目（个）',
      name: {
        zh: '培育体旅融合发展精品项目',
        en: 'Flagship sports-tourism projects developed',
      },
      unit: items,
      direction: 'increase',
      values: { subject: { baseline: '7', target: '15' }, benchmark: noBenchmark },
    },
    {
      id: 'registered-football-players',
      categoryPath: ['football-development'],
      printed: '注册足球运动员数量（人）',
      name: { zh: '注册足球运动员数量', en: 'Registered football players' },
      unit: people,
      direction: 'increase',
      values: {
        subject: { baseline: '1100', target: '1750' },
        benchmark: { baseline: '16635', target: '21000' },
      },
    },
    {
      id: 'certified-football-coaches',
      categoryPath: ['football-development'],
      printed: '等级足球教练员数量（人）',
      name: { zh: '等级足球教练员数量', en: 'Certified (graded) football coaches' },
      unit: people,
      direction: 'increase',
      values: {
        subject: { baseline: '252', target: '650' },
        benchmark: { baseline: '11199', target: '14000' },
      },
    },
    {
      id: 'certified-football-referees',
      categoryPath: ['football-development'],
      printed: '等级足球裁判员数量（人）',
      name: { zh: '等级足球裁判员数量', en: 'Certified (graded) football referees' },
      unit: people,
      direction: 'increase',
      values: {
        subject: { baseline: '184', target: '420' },
        benchmark: { baseline: '4618', target: '7000' },
      },
    },
  ],
} as const satisfies DeepReadonly<TableInput>;
