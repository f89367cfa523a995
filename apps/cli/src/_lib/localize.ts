/** The languages the reports and tables are written in: Chinese first, English our translation. */
export type Lang = 'zh' | 'en';

/** The text in one language. */
export const pick = (text: { zh: string; en: string }, lang: Lang): string => text[lang];
