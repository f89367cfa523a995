import type { Lang } from '../_lib/localize.js';
import type { Bar } from './svg/horizontalBarChart.js';
import type { ProgressBar } from './svg/progressChart.js';
import type { StackedRow } from './svg/stackedBarChart.js';

/**
 * The report as its renderers see it: sections of headings, paragraphs,
 * tables of typed cells and charts' data, every word already in the report's
 * language. Built once by `buildReportModel`; HTML, Markdown and XLSX are
 * three ways of writing it down.
 */
export type ReportModel = {
  lang: Lang;
  title: string;
  subtitle: string;
  /** As of, region, plan period. */
  meta: string;
  /** The data basis said before any figure: demo data included, or official only. */
  banner: { text: string; illustrative: boolean };
  /** Said at the top of the Markdown version, which has no charts. */
  chartsElsewhere: string;
  /** The words the renderers put around the sections. */
  words: {
    contents: string;
    /** The mark's word beside a demo figure: "† 示例". */
    illustrativeTag: string;
    /** Between several values on one line, and between the items of a list. */
    listSeparator: string;
    itemSeparator: string;
    /** The name of the workbook's first sheet. */
    aboutSheet: string;
  };
  sections: Section[];
  /** The about sheet of the workbook: the method notes. */
  notes: string[];
  footer: string;
  generatedBy: string;
  /** The as-of date, which also dates the workbook. */
  asOf: string;
  /** The cover of a document to file (DOCX): its title and the lines under it. */
  cover: Cover;
};

/**
 * The cover: the report's title (the plan's own title and the kind), and the
 * reporting unit, kind, period, as-of day and date of issue. A line the user
 * did not give (the reporting unit) is `missing`: shown as （未填写）, never made up.
 */
export type Cover = {
  title: string;
  lines: { label: string; value: string; missing?: boolean }[];
};

/** A table's or figure's number (表1, 图1), its title and the source line under it. */
export type Caption = { number: string; title: string; source: string };

export type SectionId =
  | 'summary'
  | 'final'
  | 'indicators'
  | 'amendments'
  | 'districts'
  | 'methods'
  | 'projects'
  | 'progress'
  | 'supervision'
  | 'consistency'
  | 'data'
  | 'narrative'
  | 'notes';

export type Section = { id: SectionId; heading: string; blocks: Block[] };

export type Block =
  | { kind: 'heading'; text: string; level: 3 | 4 }
  | {
      kind: 'paragraph';
      text: string;
      /** A figure from demo data is behind it. */
      illustrative?: boolean;
      /** A quieter aside, such as a table's footnote. */
      muted?: boolean;
      /** Written by the author or drafted by the system: body text (an indented paragraph). */
      prose?: boolean;
    }
  /** The headline figures, as cards in HTML and a one-row table in Markdown. */
  | { kind: 'kpis'; items: { value: string; label: string; illustrative: boolean }[] }
  /** `caption` is set by numberCaptions for a table shown in the documents (表1…). */
  | { kind: 'table'; table: Table; caption?: Caption }
  /** `number` and `source` are set by numberCaptions (图1…). */
  | {
      kind: 'figure';
      chart: Chart;
      caption: string;
      illustrative: boolean;
      number?: string;
      source?: string;
    }
  | { kind: 'list'; items: string[] }
  /** A boxed warning (the note on illustrative figures). */
  | { kind: 'callout'; text: string };

export type Chart =
  | { kind: 'bars'; bars: Bar[]; width?: number }
  | { kind: 'stacked'; rows: StackedRow[]; width?: number }
  | { kind: 'progress'; rows: ProgressBar[]; axisLabel: string };

/** Where a table or column is shown: in the documents (HTML and Markdown), or the workbook. */
export type Medium = 'html' | 'md' | 'xlsx';

export type Column = {
  header: string;
  /** A different header in the workbook (a method's full name where a page shows its id). */
  sheetHeader?: string;
  /** Numbers, right-aligned. */
  numeric?: boolean;
  /** Shares, formatted as percentages in the workbook. */
  percent?: boolean;
  /** Only in these media; everywhere when absent. */
  only?: readonly Medium[];
  /** Column width in the workbook, in characters. */
  width?: number;
};

export type Row = {
  cells: Cell[];
  /** Rests on demo data: shaded in HTML and XLSX. */
  illustrative?: boolean;
  /** Only in these media (a workbook's total row). */
  only?: readonly Medium[];
};

/**
 * One table cell: its text, and what each medium may add around it. A
 * renderer shows what it can: HTML all of it, Markdown text, original,
 * details and the demo mark, XLSX the text or the number.
 */
export type Cell = {
  text: string;
  /** The figure a spreadsheet keeps as a number (a count, a share); null for an empty cell. */
  value?: number | null;
  /** The plan's Chinese words beside their English translation. */
  original?: string;
  /** Where the row sits (a category path), shown under the text in HTML only. */
  context?: string;
  /** More about the text (a time and a source, an explanation): under it in HTML, in brackets in Markdown. */
  detail?: string[];
  /** Longer words shown on hover in HTML. */
  hint?: string;
  /** A status colour: the text is a coloured chip in HTML. */
  colour?: string;
  /** Text after the chip (a count beside a status). */
  suffix?: string;
  /** The text is the plan's own Chinese. */
  verbatim?: boolean;
  /** The text is a remark, not a figure: shown muted in HTML. */
  muted?: boolean;
  /** A figure from demo data: marked † in the documents. */
  illustrative?: boolean;
  /** Several values in one cell: stacked lines, a run of chips, or a bulleted list. */
  items?: { as: 'lines' | 'inline' | 'list'; cells: Cell[] };
};

export type Table = {
  columns: Column[];
  rows: Row[];
  /** The workbook sheet this table becomes; a table without one is not in the workbook. */
  sheet?: string;
  /** Only in these media; everywhere the sheet allows when absent. */
  only?: readonly Medium[];
};
