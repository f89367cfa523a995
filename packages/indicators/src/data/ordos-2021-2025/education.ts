import type { DeepReadonly } from '../../_lib/deepFreeze.js';
import type { TableInput } from '../../schema/planInput.js';
import { shareOfBanners } from './regionScopes.js';

const percent = { zh: '%', en: '%', kind: 'percent' } as const;

/** 鄂尔多斯市教育事业发展“十四五”主要指标 (the plan's first table, 第二章第三节). */
export const educationTable = {
  id: 'education',
  title: {
    zh: '鄂尔多斯市教育事业发展“十四五”主要指标',
    en: 'Ordos education development: main indicators for the 14th Five-Year Plan period',
  },
  footnote: {
    zh: '备注：以上表格中，带*符号表示鄂尔多斯市根据实际增设的指标。',
    en: 'Note: indicators marked * were added by Ordos to suit local conditions.',
  },
  categories: [
    {
      id: 'education-and-human-resources',
      printed: '教育和人力资源开发',
      name: { zh: '教育和人力资源开发', en: 'Education and human resources development' },
    },
    {
      id: 'all-round-development',
      printed: '学生全面发展',
      name: { zh: '学生全面发展', en: 'All-round development of students' },
    },
    {
      id: 'teaching-workforce',
      printed: '教师队伍',
      name: { zh: '教师队伍', en: 'Teaching workforce' },
    },
    {
      id: 'education-informatization',
      printed: '教育信息化',
      name: { zh: '教育信息化', en: 'Digital education (informatization)' },
    },
  ],
  indicators: [
    {
      id: 'preschool-enrolment-rate',
      categoryPath: ['education-and-human-resources'],
      printed: '学前三年入园率（%）',
      name: { zh: '学前三年入园率', en: 'Three-year preschool enrolment rate' },
      unit: percent,
      direction: 'increase',
      values: {
        subject: { baseline: '98.5', target: '99' },
        benchmark: { baseline: '94.4', target: '≥95.0' },
      },
    },
    {
      id: 'compulsory-education-retention-rate',
      categoryPath: ['education-and-human-resources'],
      printed: '九年义务教育巩固率（%）',
      name: { zh: '九年义务教育巩固率', en: 'Nine-year compulsory education retention rate' },
      unit: percent,
      direction: 'increase',
      values: {
        // The source cell reads "96.5  " with trailing spaces; they are not part of the value.
        subject: { baseline: '96.5', target: '97' },
        benchmark: { baseline: '93.0', target: '96.0' },
      },
    },
    {
      id: 'upper-secondary-gross-enrolment-rate',
      categoryPath: ['education-and-human-resources'],
      printed: '高中阶段毛入学率（%）',
      name: { zh: '高中阶段毛入学率', en: 'Upper-secondary gross enrolment rate' },
      unit: percent,
      direction: 'increase',
      values: {
        subject: { baseline: '98.5', target: '99' },
        benchmark: { baseline: '94.6', target: '≥95.0' },
      },
    },
    {
      id: 'quality-balanced-counties-share',
      categoryPath: ['education-and-human-resources'],
      printed: '义务教育优质均衡旗县（市、区）比例（%）',
      name: {
        zh: '义务教育优质均衡旗县（市、区）比例',
        en: 'Share of banners and districts with high-quality balanced compulsory education',
      },
      unit: percent,
      direction: 'increase',
      values: {
        subject: { baseline: '0', target: '55.6' },
        benchmark: { baseline: '0', target: '20' },
      },
      notes: [
        {
          kind: 'ambiguity',
          text: {
            zh: '55.6%约为9个旗区中的5个；正文写“56%的旗区（5个）”和“一半以上”，见一致性报告。',
            en: '55.6% is about 5 of the 9 banners and districts; the text says "56% of banners and districts (5)" and "more than half" (see the consistency report).',
          },
        },
      ],
      regionScope: shareOfBanners,
    },
    {
      id: 'public-kindergarten-enrolment-share',
      categoryPath: ['education-and-human-resources'],
      printed: '公办幼儿园在园幼儿占比（%）',
      name: {
        zh: '公办幼儿园在园幼儿占比',
        en: 'Share of kindergarten children in public kindergartens',
      },
      unit: percent,
      direction: 'increase',
      values: {
        subject: { baseline: '68', target: '75' },
        benchmark: { baseline: '55', target: '≥55' },
      },
    },
    {
      id: 'inclusive-kindergarten-coverage',
      categoryPath: ['education-and-human-resources'],
      printed: '普惠性幼儿园覆盖率（%）',
      name: { zh: '普惠性幼儿园覆盖率', en: 'Coverage of affordable (inclusive) kindergartens' },
      unit: percent,
      direction: 'increase',
      values: {
        subject: { baseline: '86', target: '90' },
        benchmark: { baseline: '85.5', target: '≥85.5' },
      },
    },
    {
      id: 'working-age-years-of-schooling',
      categoryPath: ['education-and-human-resources'],
      printed: '劳动年龄人口平均受教育年限(年)',
      name: {
        zh: '劳动年龄人口平均受教育年限',
        en: 'Average years of schooling of the working-age population',
      },
      unit: { zh: '年', en: 'years', kind: 'amount' },
      direction: 'increase',
      values: {
        subject: { baseline: '10.8', target: '11.4' },
        benchmark: { baseline: '10.4', target: '≥11.0' },
      },
    },
    {
      id: 'student-fitness-pass-rate',
      categoryPath: ['all-round-development'],
      printed: '*中小学生体质健康达标率（%）',
      name: {
        zh: '中小学生体质健康达标率',
        en: 'Share of primary and secondary students meeting physical health standards',
      },
      unit: percent,
      direction: 'increase',
      values: {
        subject: { baseline: '90', target: '91' },
        benchmark: { baseline: '', target: '' },
      },
    },
    {
      id: 'student-myopia-rate',
      categoryPath: ['all-round-development'],
      printed: '*中小学生近视眼率（%）',
      name: { zh: '中小学生近视眼率', en: 'Myopia rate of primary and secondary students' },
      unit: percent,
      direction: 'decrease',
      values: {
        subject: { baseline: '58', target: '56' },
        benchmark: { baseline: '', target: '' },
      },
    },
    {
      id: 'student-obesity-rate',
      categoryPath: ['all-round-development'],
      printed: '*中小学生肥胖率（%）',
      name: { zh: '中小学生肥胖率', en: 'Obesity rate of primary and secondary students' },
      unit: percent,
      direction: 'decrease',
      values: {
        subject: { baseline: '19', target: '15' },
        benchmark: { baseline: '', target: '' },
      },
    },
    {
      id: 'public-school-doctor-staffing-rate',
      categoryPath: ['all-round-development'],
      printed: '*公办学校校医配备率（%）',
      name: {
        zh: '公办学校校医配备率',
        en: 'Share of public schools staffed with a school doctor',
      },
      unit: percent,
      direction: 'increase',
      values: {
        subject: { baseline: '65', target: '100' },
        benchmark: { baseline: '', target: '' },
      },
    },
    {
      id: 'preschool-teachers-trained-share',
      categoryPath: ['teaching-workforce'],
      printed: '学前教育专任教师接受专业教育比例（%）',
      name: {
        zh: '学前教育专任教师接受专业教育比例',
        en: 'Share of full-time preschool teachers with professional (early-childhood) training',
      },
      unit: percent,
      direction: 'increase',
      values: {
        subject: { baseline: '75', target: '85' },
        benchmark: { baseline: '70', target: '80' },
      },
    },
    {
      id: 'compulsory-teachers-bachelor-share',
      categoryPath: ['teaching-workforce'],
      printed: '义务教育阶段本科学历教师比例(%)',
      name: {
        zh: '义务教育阶段本科学历教师比例',
        en: "Share of compulsory-education teachers with a bachelor's degree",
      },
      unit: percent,
      direction: 'increase',
      values: {
        subject: { baseline: '85', target: '90' },
        benchmark: { baseline: '81.1', target: '85.0' },
      },
    },
    {
      id: 'smart-campus-coverage',
      categoryPath: ['education-informatization'],
      printed: '*中小学智慧校园覆盖率（%）',
      name: {
        zh: '中小学智慧校园覆盖率',
        en: 'Smart-campus coverage of primary and secondary schools',
      },
      unit: percent,
      direction: 'increase',
      values: {
        subject: { baseline: '10', target: '80' },
        benchmark: { baseline: '—', target: '—' },
      },
    },
    {
      id: 'school-bandwidth',
      categoryPath: ['education-informatization'],
      printed: '*校均网络出口带宽（Mbps/校）',
      name: { zh: '校均网络出口带宽', en: 'Average internet egress bandwidth per school' },
      unit: { zh: 'Mbps/校', en: 'Mbps per school', kind: 'amount' },
      direction: 'increase',
      values: {
        subject: { baseline: '1000', target: '5000' },
        benchmark: { baseline: '—', target: '—' },
      },
    },
    {
      id: 'big-data-teaching-coverage',
      categoryPath: ['education-informatization'],
      printed: '*中小学基于大数据的教与学应用覆盖率（%）',
      name: {
        zh: '中小学基于大数据的教与学应用覆盖率',
        en: 'Coverage of big-data-based teaching and learning applications in primary and secondary schools',
      },
      unit: percent,
      direction: 'increase',
      values: {
        subject: { baseline: '10', target: '80' },
        benchmark: { baseline: '—', target: '—' },
      },
    },
    {
      id: 'online-courses-per-100k-students',
      categoryPath: ['education-informatization'],
      printed: '*中小学每十万名学生拥有在线课程数（门）',
      name: {
        zh: '中小学每十万名学生拥有在线课程数',
        en: 'Online courses per 100,000 primary and secondary students',
      },
      unit: { zh: '门', en: 'courses', kind: 'count' },
      direction: 'increase',
      values: {
        subject: { baseline: '18', target: '35' },
        benchmark: { baseline: '—', target: '—' },
      },
    },
  ],
} as const satisfies DeepReadonly<TableInput>;
