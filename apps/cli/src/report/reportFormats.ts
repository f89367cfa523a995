import { extname } from 'node:path';

/** The formats `plan report` writes, and the file extensions that name them. */
export const REPORT_FORMATS = ['html', 'md', 'xlsx', 'docx', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const EXTENSIONS: Record<string, ReportFormat> = {
  '.html': 'html',
  '.htm': 'html',
  '.md': 'md',
  '.xlsx': 'xlsx',
  '.docx': 'docx',
  '.pdf': 'pdf',
};

/** The media type a format is served as (text in UTF-8). */
export const MEDIA_TYPES: Record<ReportFormat, string> = {
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** The format a file name's extension names, or undefined. */
export function formatOfPath(path: string): ReportFormat | undefined {
  return EXTENSIONS[extname(path).toLowerCase()];
}
