/** The languages the reports and tables are written in: Chinese first, English our translation. */
export type Lang = 'zh' | 'en';
