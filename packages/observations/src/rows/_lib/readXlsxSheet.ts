import { SaxesParser } from 'saxes';
import {
  checkDeadline,
  columnLetters,
  type ImportLimits,
  ImportRefusedError,
} from '../importLimits.js';
import { entryChunks, type ZipEntry, zipEntries } from './zipEntries.js';

/** One row of a sheet: its row number and its non-empty cells' text by column (1 = A). */
export type SheetRow = { row: number; cells: Map<number, string> };

type XmlHandlers = {
  open?: (name: string, attributes: Record<string, string>) => void;
  text?: (text: string) => void;
  close?: (name: string) => void;
};

const structure = (why: string) =>
  new ImportRefusedError(
    422,
    'structure',
    `not a readable XLSX workbook: ${why}`,
    '文件不是可读取的 XLSX 工作簿：请用 Excel 另存为 .xlsx（Excel 工作簿）后重新导入',
  );

/** Built-in number formats (ECMA-376 18.8.30): 9 and 10 are percentages, these are dates. */
const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);
type CellKind = 'percent' | 'date' | 'plain';

/** What a format code shows a number as, ignoring quoted text, [colours] and escaped characters. */
function kindOfFormat(code: string): CellKind {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  if (bare.includes('%')) return 'percent';
  if (/[ymdhs]/i.test(bare.replace(/general/gi, ''))) return 'date';
  return 'plain';
}

/**
 * Reads the first sheet of an XLSX workbook row by row, streaming: the ZIP's
 * declared sizes are checked before inflating, each part is inflated and parsed
 * as it is read (saxes), and only the cells in the first `limits.maxColumns`
 * columns are kept. A cell shown as a percentage (value 0.441, format 0.0%)
 * reads as the figure a person sees ("44.1"), a date cell as YYYY-MM-DD, a
 * formula refuses the file.
 */
export async function readXlsxSheet(
  body: Uint8Array,
  limits: ImportLimits,
  deadline: number,
  onRow: (row: SheetRow) => void,
): Promise<void> {
  if (body.length > limits.maxXlsxBytes) {
    throw new ImportRefusedError(
      413,
      'maxXlsxBytes',
      `the XLSX file has ${body.length} bytes: more than the ${limits.maxXlsxBytes} an import takes (limit maxXlsxBytes)`,
      `XLSX 文件有 ${body.length} 字节，超过导入上限 ${limits.maxXlsxBytes} 字节（maxXlsxBytes）：请拆分或另存为 CSV`,
    );
  }
  const entries = zipEntries(body, limits);
  const budget = { left: limits.maxXlsxUncompressedBytes };

  const parse = async (entry: ZipEntry, handlers: XmlHandlers) => {
    const parser = new SaxesParser();
    let failure: Error | undefined;
    parser.on('error', (error) => {
      failure ??= error;
    });
    if (handlers.open) {
      const open = handlers.open;
      parser.on('opentag', (tag) =>
        open(localName(tag.name), tag.attributes as Record<string, string>),
      );
    }
    if (handlers.text) {
      parser.on('text', handlers.text);
      parser.on('cdata', handlers.text);
    }
    if (handlers.close) {
      const close = handlers.close;
      parser.on('closetag', (tag) => close(localName(tag.name)));
    }
    const decoder = new TextDecoder('utf-8', { fatal: true });
    try {
      for await (const chunk of entryChunks(body, entry, budget, limits)) {
        checkDeadline(deadline, limits);
        parser.write(decoder.decode(chunk, { stream: true }));
        if (failure) break;
      }
      if (!failure) parser.write(decoder.decode()).close();
    } catch (error) {
      if (error instanceof ImportRefusedError) throw error;
      if (error instanceof TypeError) {
        throw new ImportRefusedError(422, 'encoding', `the XLSX part ${entry.name} is not UTF-8`);
      }
      failure ??= error instanceof Error ? error : new Error(String(error));
    }
    if (failure) throw structure(`the part ${entry.name} is not well-formed XML`);
  };
  const part = (path: string) => entries.get(path.replace(/^\//, ''));

  // The workbook, by the package's relationships, and its first sheet.
  let workbookPath = 'xl/workbook.xml';
  const packageRels = part('_rels/.rels');
  if (packageRels) {
    await parse(packageRels, {
      open(name, attributes) {
        if (name === 'Relationship' && attributes.Type?.endsWith('/officeDocument')) {
          workbookPath = (attributes.Target ?? workbookPath).replace(/^\//, '');
        }
      },
    });
  }
  const workbook = part(workbookPath);
  if (!workbook) throw structure('it has no workbook part (is it an XLSX file?)');
  let sheets = 0;
  let firstSheetId: string | undefined;
  let date1904 = false;
  await parse(workbook, {
    open(name, attributes) {
      if (name === 'workbookPr') date1904 = ['1', 'true'].includes(attributes.date1904 ?? '');
      if (name !== 'sheet') return;
      sheets++;
      if (sheets > limits.maxSheets) {
        throw new ImportRefusedError(
          422,
          'maxSheets',
          `the workbook has more than ${limits.maxSheets} sheets (limit maxSheets)`,
        );
      }
      if (sheets === 1) {
        firstSheetId = Object.entries(attributes).find(([key]) => /(^|:)id$/.test(key))?.[1];
      }
    },
  });
  if (sheets === 0) throw structure('the workbook has no worksheet');
  const folder = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const resolve = (target: string) =>
    target.startsWith('/') ? target.slice(1) : `${folder}${target}`;
  const relsPath = `${folder}_rels/${workbookPath.slice(folder.length)}.rels`;
  let sheetPath: string | undefined;
  let stringsPath = `${folder}sharedStrings.xml`;
  let stylesPath = `${folder}styles.xml`;
  const workbookRels = part(relsPath);
  if (workbookRels) {
    await parse(workbookRels, {
      open(name, attributes) {
        if (name !== 'Relationship' || !attributes.Target) return;
        const target = resolve(attributes.Target);
        if (attributes.Id === firstSheetId) sheetPath = target;
        if (attributes.Type?.endsWith('/sharedStrings')) stringsPath = target;
        if (attributes.Type?.endsWith('/styles')) stylesPath = target;
      },
    });
  }
  const sheet = part(sheetPath ?? `${folder}worksheets/sheet1.xml`);
  if (!sheet) throw structure('the first worksheet is missing');

  // Shared strings: the text of <t> in each <si>, phonetic runs left out.
  const strings: string[] = [];
  const stringsPart = part(stringsPath);
  if (stringsPart) {
    let text = '';
    let inText = false;
    let phonetic = 0;
    await parse(stringsPart, {
      open(name) {
        if (name === 'si') text = '';
        else if (name === 't') inText = phonetic === 0;
        else if (name === 'rPh') phonetic++;
      },
      text(value) {
        if (!inText) return;
        text += value;
        if (text.length > limits.maxCellChars) {
          throw new ImportRefusedError(
            422,
            'maxCellChars',
            `shared string ${strings.length} holds more than ${limits.maxCellChars} characters (limit maxCellChars)`,
          );
        }
      },
      close(name) {
        if (name === 't') inText = false;
        else if (name === 'rPh') phonetic--;
        else if (name === 'si') {
          if (strings.length >= limits.maxXlsxStrings) {
            throw new ImportRefusedError(
              413,
              'maxXlsxStrings',
              `the workbook holds more than ${limits.maxXlsxStrings} shared strings (limit maxXlsxStrings)`,
            );
          }
          strings.push(text);
        }
      },
    });
  }

  // Styles: what each cell style shows a number as.
  const kinds: CellKind[] = [];
  const stylesPart = part(stylesPath);
  if (stylesPart) {
    const formats = new Map<number, CellKind>();
    let inCellXfs = false;
    await parse(stylesPart, {
      open(name, attributes) {
        if (name === 'numFmt') {
          formats.set(Number(attributes.numFmtId), kindOfFormat(attributes.formatCode ?? ''));
        } else if (name === 'cellXfs') inCellXfs = true;
        else if (name === 'xf' && inCellXfs) {
          const id = Number(attributes.numFmtId ?? 0);
          kinds.push(
            formats.get(id) ??
              (id === 9 || id === 10 ? 'percent' : BUILT_IN_DATES.has(id) ? 'date' : 'plain'),
          );
        }
      },
      close(name) {
        if (name === 'cellXfs') inCellXfs = false;
      },
    });
  }

  // The sheet, row by row.
  let cells = new Map<number, string>();
  let rowNumber = 0;
  let column = 0;
  let type = '';
  let style = 0;
  let value = '';
  let inValue = false;
  let hasFormula = false;
  let cellCount = 0;
  let rowCount = 0;
  await parse(sheet, {
    open(name, attributes) {
      if (name === 'row') {
        rowNumber = attributes.r ? Number(attributes.r) : rowNumber + 1;
        cells = new Map();
        column = 0;
      } else if (name === 'c') {
        column = attributes.r ? columnOf(attributes.r) : column + 1;
        type = attributes.t ?? 'n';
        style = Number(attributes.s ?? 0);
        value = '';
        hasFormula = false;
      } else if (name === 'v' || name === 't') {
        inValue = true;
      } else if (name === 'f') {
        hasFormula = true;
      }
    },
    text(text) {
      if (inValue) {
        value += text;
        if (value.length > limits.maxCellChars) {
          throw new ImportRefusedError(
            422,
            'maxCellChars',
            `cell ${columnLetters(column)}${rowNumber} holds more than ${limits.maxCellChars} characters (limit maxCellChars)`,
          );
        }
      }
    },
    close(name) {
      if (name === 'v' || name === 't') inValue = false;
      else if (name === 'c') {
        if (hasFormula) {
          throw structure(
            `row ${rowNumber}, column ${column} holds a formula: import values, not formulas`,
          );
        }
        const text = cellText(type, value, kinds[style] ?? 'plain', strings, date1904);
        if (text === '') return;
        if (column > limits.maxColumns || column < 1) {
          throw new ImportRefusedError(
            422,
            'maxColumns',
            `cell ${columnLetters(column)}${rowNumber} is beyond column ${columnLetters(limits.maxColumns)}: an import reads at most ${limits.maxColumns} columns (limit maxColumns)`,
          );
        }
        if (++cellCount > limits.maxCells) {
          throw new ImportRefusedError(
            413,
            'maxCells',
            `the sheet has more than ${limits.maxCells} cells (limit maxCells)`,
          );
        }
        cells.set(column, text);
      } else if (name === 'row' && cells.size > 0) {
        // The header row is not counted among the data rows.
        if (rowCount++ > limits.maxXlsxRows) {
          throw new ImportRefusedError(
            413,
            'maxXlsxRows',
            `the sheet has more than ${limits.maxXlsxRows} rows: an XLSX import takes at most ${limits.maxXlsxRows} (limit maxXlsxRows; send more as CSV)`,
            `工作表超过 ${limits.maxXlsxRows} 行：XLSX 导入最多 ${limits.maxXlsxRows} 行（上限 maxXlsxRows；更多的请另存为 CSV 导入）`,
          );
        }
        onRow({ row: rowNumber, cells });
      }
    },
  });
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

/** The column of a cell reference: "B7" → 2, "XFD1" → 16384. */
function columnOf(reference: string): number {
  let column = 0;
  for (let index = 0; index < reference.length; index++) {
    const code = reference.charCodeAt(index);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
    if (column > 1_000_000) break;
  }
  return column;
}

function cellText(
  type: string,
  value: string,
  kind: CellKind,
  strings: string[],
  date1904: boolean,
): string {
  switch (type) {
    case 's':
      return strings[Number(value)] ?? '';
    case 'inlineStr':
    case 'str':
    case 'e':
      return value;
    case 'b':
      return value === '1' ? 'true' : value === '0' ? 'false' : value;
    case 'd':
      return value.slice(0, 10);
  }
  if (value === '') return '';
  const number = Number(value);
  if (!Number.isFinite(number)) return value;
  // What a person sees: 0.441 shown as 44.1% reads as 44.1, never as a fraction.
  if (kind === 'percent') return String(Number((number * 100).toPrecision(12)));
  if (kind === 'date') {
    const days = number + (date1904 ? 1462 : 0);
    const time = Math.round((days - 25569) * 86_400_000);
    const date = new Date(time);
    return Number.isNaN(date.getTime()) ? value : date.toISOString().slice(0, 10);
  }
  return String(number);
}
