/**
 * Bounds on the work an import may cause, checked while a file is read (and,
 * for XLSX, on the ZIP's declared sizes before anything is inflated), so a
 * hostile or careless file is refused quickly instead of exhausting the server.
 */
export type ImportLimits = {
  /** Columns a file may use: a cell beyond column 64 (BL) refuses the file. */
  maxColumns: number;
  /** Data rows of a CSV file (the header not counted). */
  maxRows: number;
  /** Data rows of an XLSX sheet. */
  maxXlsxRows: number;
  /** Non-empty cells, header included. */
  maxCells: number;
  /** Characters of one cell. */
  maxCellChars: number;
  /** Shared strings of an XLSX workbook (all kept in memory while its sheet is read). */
  maxXlsxStrings: number;
  /** Bytes of an XLSX file as sent (compressed). CSV is bounded by the server's body limit. */
  maxXlsxBytes: number;
  /** Bytes the XLSX's ZIP entries inflate to, declared and actual, all entries together. */
  maxXlsxUncompressedBytes: number;
  /** Entries of the XLSX's ZIP. */
  maxXlsxEntries: number;
  /** Sheets of a workbook (only the first is read). */
  maxSheets: number;
  /** Problems listed in a report; more are counted in one last problem. */
  maxProblems: number;
  /** Milliseconds of reading before the file is refused. */
  maxMilliseconds: number;
};

export const DEFAULT_IMPORT_LIMITS: Readonly<ImportLimits> = Object.freeze({
  maxColumns: 64,
  maxRows: 2_000_000,
  maxXlsxRows: 200_000,
  maxCells: 16_000_000,
  maxCellChars: 10_000,
  maxXlsxStrings: 1_000_000,
  maxXlsxBytes: 20 * 1024 * 1024,
  maxXlsxUncompressedBytes: 128 * 1024 * 1024,
  maxXlsxEntries: 1_000,
  maxSheets: 64,
  maxProblems: 1_000,
  maxMilliseconds: 60_000,
});

/**
 * Why a file as a whole is refused: 413 when it is too large (bytes, rows,
 * cells, time), 422 when its shape or encoding is wrong. `limit` names the
 * limit that was reached (a key of ImportLimits), or `encoding` / `structure`.
 */
export type ImportRefusal = {
  status: 413 | 422;
  limit: keyof ImportLimits | 'encoding' | 'structure';
  message: string;
  /** The message in Chinese. */
  messageZh: string;
};

/** What each limit means to an official, for refusals thrown without their own Chinese. */
const LIMITS_ZH: Record<ImportRefusal['limit'], string> = {
  maxRows: '行数',
  maxXlsxRows: '工作表行数',
  maxColumns: '列数',
  maxCells: '单元格数',
  maxCellChars: '单元格字符数',
  maxXlsxBytes: 'XLSX 文件大小',
  maxXlsxUncompressedBytes: 'XLSX 解压后的大小',
  maxXlsxEntries: 'XLSX 内部文件数',
  maxXlsxStrings: 'XLSX 共享字符串数',
  maxSheets: '工作表数',
  maxProblems: '问题条数',
  maxMilliseconds: '读取时间',
  encoding: '编码',
  structure: '文件结构',
};

function refusalZh(limit: ImportRefusal['limit']): string {
  if (limit === 'encoding')
    return '文件编码无法识别：请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后重新导入';
  if (limit === 'structure')
    return '文件不是可读取的 XLSX 工作簿：请用 Excel 另存为 .xlsx 后重新导入';
  return `文件超出导入上限（${LIMITS_ZH[limit] ?? limit}，${limit}）：请拆分成几个文件分别导入`;
}

/** Thrown inside the readers; readObservationRows turns it into an ImportRefusal. */
export class ImportRefusedError extends Error {
  readonly refusal: ImportRefusal;
  constructor(
    status: 413 | 422,
    limit: ImportRefusal['limit'],
    message: string,
    messageZh: string = refusalZh(limit),
  ) {
    super(message);
    this.refusal = { status, limit, message, messageZh };
  }
}

/** A spreadsheet column's letters, 1 → A, 64 → BL, 16384 → XFD. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** Throws the time limit's refusal once `deadline` (a performance.now() figure) has passed. */
export function checkDeadline(deadline: number, limits: ImportLimits) {
  if (performance.now() > deadline) {
    throw new ImportRefusedError(
      413,
      'maxMilliseconds',
      `reading the file took longer than ${limits.maxMilliseconds / 1000} s (limit maxMilliseconds)`,
      `读取文件超过 ${limits.maxMilliseconds / 1000} 秒（上限 maxMilliseconds）：请拆分成几个文件分别导入`,
    );
  }
}
