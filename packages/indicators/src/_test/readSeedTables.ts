/**
 * Reads the three indicator tables out of the plan text, independently of the
 * typed data, so tests can compare the two cell by cell.
 *
 * The text holds each table as one cell per line: a line starting with a tab
 * starts a cell, a non-empty line without one continues the cell above (the
 * plan breaks long cells such as 师资队伍 / 建设), and a blank line ends a row
 * unless a continuation follows it.
 */
export type SeedRow = {
  /** Category cells from the outermost in; '' where the cell is merged with the row above. */
  categories: string[];
  /** The name cell; '' on a sub-row (the 高职 line of the 双师型 row). */
  name: string;
  /** Ordos 2020, Inner Mongolia 2020, Ordos 2025, Inner Mongolia 2025, as printed (untrimmed). */
  values: [string, string, string, string];
  /** 1-based line of the row's name cell in the plan text. */
  line: number;
};

export type SeedTable = { title: string; rows: SeedRow[]; footnote: string };

const FOOTNOTE_PREFIX = '备注：';

export function readSeedTables(text: string, titles: readonly string[]): SeedTable[] {
  const lines = text.split('\n');
  return titles.map((title) => {
    const start = lines.findIndex((line) => line.trim() === title);
    if (start === -1) throw new Error(`table "${title}" not found in the plan text`);
    const end = lines.findIndex((line, index) => index > start && line.startsWith(FOOTNOTE_PREFIX));
    if (end === -1) throw new Error(`no footnote after table "${title}"`);
    const groups = groupCells(lines, start + 1, end);
    // The first two groups are the header: column titles, then 鄂尔多斯 / 内蒙古.
    const rows = groups.slice(2).map(toRow);
    return { title, rows, footnote: lines[end]?.trim() ?? '' };
  });
}

type Cell = { text: string; line: number };

function groupCells(lines: string[], from: number, to: number): Cell[][] {
  const groups: Cell[][] = [];
  let current: Cell[] = [];
  for (let index = from; index < to; index++) {
    const line = lines[index] ?? '';
    if (line.startsWith('\t')) {
      current.push({ text: line.slice(1), line: index + 1 });
    } else if (line.trim() !== '') {
      const last = current.at(-1);
      if (!last) throw new Error(`line ${index + 1} continues no cell: "${line}"`);
      last.text += line.trim();
    } else if (current.length > 0 && !continuesAfterBlank(lines, index, to)) {
      groups.push(current);
      current = [];
    }
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** True when the next non-blank line continues a cell rather than starting one. */
function continuesAfterBlank(lines: string[], index: number, to: number): boolean {
  for (let next = index + 1; next < to; next++) {
    const line = lines[next] ?? '';
    if (line.trim() === '') continue;
    return !line.startsWith('\t');
  }
  return false;
}

function toRow(cells: Cell[]): SeedRow {
  if (cells.length < 6) {
    throw new Error(`row at line ${cells[0]?.line} has ${cells.length} cells, expected at least 6`);
  }
  const values = cells.slice(-4).map((cell) => cell.text) as SeedRow['values'];
  const nameCell = cells.at(-5) as Cell;
  return {
    categories: cells.slice(0, -5).map((cell) => cell.text.trim()),
    name: nameCell.text.trim(),
    values,
    line: nameCell.line,
  };
}
