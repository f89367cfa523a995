import { type Method, type StatusLegendEntry, statusLabels } from '@plan/scoring';
import type { Lang } from '../_lib/localize.js';

/** A status of a method with its label and colour, from @plan/scoring's legend. */
export function statusEntry(method: Method, status: string): StatusLegendEntry {
  const entry = (statusLabels[method] as Record<string, StatusLegendEntry>)[status];
  return entry ?? { label: { zh: status, en: status }, colour: '#8c959f', rank: null };
}

/** Every status of a method, best first, as the legend orders them. */
export function statusesOf(method: Method): string[] {
  return Object.keys(statusLabels[method]);
}

/** Each method's name for a reader: in Chinese with its id beside, in English its id. */
const METHOD_NAMES: Record<Method, { zh: string; en: string }> = {
  'time-progress': { zh: '时序进度法（time-progress）', en: 'time-progress' },
  'open-sdg': { zh: 'Open SDG 进展法（open-sdg）', en: 'open-sdg' },
  'unsd-2023': { zh: '联合国统计司 2023 进展图法（unsd-2023）', en: 'unsd-2023' },
  weather: { zh: '德国可持续发展天气符号法（weather）', en: 'weather' },
  sdsn: { zh: 'SDSN 仪表盘法（sdsn）', en: 'sdsn' },
};

/** A method's name for a reader: in Chinese with its id beside, in English its id. */
export function methodName(method: Method, lang: Lang): string {
  return METHOD_NAMES[method][lang];
}
