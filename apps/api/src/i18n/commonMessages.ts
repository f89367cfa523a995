import type { Bilingual } from './requestLanguage.js';

/** Messages several routes give, in both languages. */

export const noObservation = (id: string): Bilingual => ({
  zh: `没有编号为 ${id} 的数据。`,
  en: `No observation ${id}.`,
});

export const NOT_VALID: Bilingual = {
  zh: '请求无效，各字段的问题见 errors。',
  en: 'The request is not valid; see errors for each field.',
};

export const noProjects = (planId: string): Bilingual => ({
  zh: `规划“${planId}”没有项目。`,
  en: `The plan "${planId}" has no projects.`,
});

export const noIndicator = (id: string): Bilingual => ({
  zh: `没有编号为“${id}”的指标。`,
  en: `No indicator "${id}".`,
});

export const NOT_CSV_OR_XLSX: Bilingual = {
  zh: '请以 CSV（text/csv）或 Excel 工作簿（.xlsx）发送文件。',
  en: 'Send the file as text/csv or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.',
};
