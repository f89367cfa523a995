import type { Region } from '../../schema/region.js';

/**
 * 鄂尔多斯市 and its nine 旗区, and 内蒙古自治区, whose
 * values the tables print beside Ordos as a benchmark (column header 内蒙古).
 * Division codes are GB/T 2260 codes, not from the plan: they help matching
 * statistics from other sources. The plan text names only 东胜区, 康巴什区,
 * 达拉特旗, 准格尔旗 and 伊金霍洛旗; the other four names are the official ones.
 */
export const ordosRegions = [
  {
    id: 'inner-mongolia',
    name: { zh: '内蒙古自治区', en: 'Inner Mongolia Autonomous Region' },
    level: 'province',
    divisionCode: '150000',
  },
  {
    id: 'ordos',
    name: { zh: '鄂尔多斯市', en: 'Ordos City' },
    level: 'city',
    parent: 'inner-mongolia',
    divisionCode: '150600',
  },
  {
    id: 'dongsheng',
    name: { zh: '东胜区', en: 'Dongsheng District' },
    level: 'district',
    parent: 'ordos',
    divisionCode: '150602',
  },
  {
    id: 'kangbashi',
    name: { zh: '康巴什区', en: 'Kangbashi District' },
    level: 'district',
    parent: 'ordos',
    divisionCode: '150603',
  },
  {
    id: 'dalad',
    name: { zh: '达拉特旗', en: 'Dalad Banner' },
    level: 'banner',
    parent: 'ordos',
    divisionCode: '150621',
  },
  {
    id: 'jungar',
    name: { zh: '准格尔旗', en: 'Jungar Banner' },
    level: 'banner',
    parent: 'ordos',
    divisionCode: '150622',
  },
  {
    id: 'otog-front',
    name: { zh: '鄂托克前旗', en: 'Otog Front Banner' },
    level: 'banner',
    parent: 'ordos',
    divisionCode: '150623',
  },
  {
    id: 'otog',
    name: { zh: '鄂托克旗', en: 'Otog Banner' },
    level: 'banner',
    parent: 'ordos',
    divisionCode: '150624',
  },
  {
    id: 'hanggin',
    name: { zh: '杭锦旗', en: 'Hanggin Banner' },
    level: 'banner',
    parent: 'ordos',
    divisionCode: '150625',
  },
  {
    id: 'uxin',
    name: { zh: '乌审旗', en: 'Uxin Banner' },
    level: 'banner',
    parent: 'ordos',
    divisionCode: '150626',
  },
  {
    id: 'ejin-horo',
    name: { zh: '伊金霍洛旗', en: 'Ejin Horo Banner' },
    level: 'banner',
    parent: 'ordos',
    divisionCode: '150627',
  },
] as const satisfies readonly Region[];
