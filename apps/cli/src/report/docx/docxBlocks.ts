import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  ImageRun,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, Caption, Cell, Column, ReportModel, Row } from '../reportModel.types.js';
import { tableIn } from '../shownIn.js';
import { BODY_LINE, type DocxFonts, FIRST_LINE_INDENT, fontOf, PAGE, SIZE } from './gbt9704.js';

/** The colour of the demo mark and of the banner on demo data, as in the HTML version. */
const DEMO_COLOUR = '9A3412';
const MUTED_COLOUR = '57606A';

/** A chart drawn for the document: the SVG, its PNG for readers without SVG, and its size in pixels. */
export type DocxImage = { svg: string; png: Uint8Array; width: number; height: number };

export type DocxContext = {
  model: ReportModel;
  fonts: DocxFonts;
  /** The chart of the n-th figure block of the report (in order), when one could be drawn. */
  imageOf: (figure: number) => DocxImage | undefined;
};

type DocxChild = Paragraph | Table;

/** Runs of one text at a size, with the demo mark after it when the figure is from demo data. */
function runs(
  text: string,
  context: DocxContext,
  options: { size?: number; bold?: boolean; colour?: string; illustrative?: boolean } = {},
): TextRun[] {
  const font = fontOf(context.fonts.body);
  const size = options.size ?? SIZE.body;
  return [
    new TextRun({
      text,
      font,
      size,
      ...(options.bold ? { bold: true } : {}),
      ...(options.colour ? { color: options.colour } : {}),
    }),
    ...(options.illustrative
      ? [
          new TextRun({
            text: ` † ${context.model.words.illustrativeTag}`,
            font,
            size,
            color: DEMO_COLOUR,
            bold: true,
          }),
        ]
      : []),
  ];
}

/** Small text in a table, a caption's source line or a footnote: single-spaced. */
function smallParagraph(
  text: string,
  context: DocxContext,
  options: {
    colour?: string;
    bold?: boolean;
    align?: (typeof AlignmentType)[keyof typeof AlignmentType];
    illustrative?: boolean;
  } = {},
): Paragraph {
  return new Paragraph({
    ...(options.align ? { alignment: options.align } : {}),
    spacing: { before: 0, after: 0 },
    children: runs(text, context, {
      size: SIZE.table,
      ...(options.bold ? { bold: true } : {}),
      ...(options.colour ? { colour: options.colour } : {}),
      ...(options.illustrative ? { illustrative: true } : {}),
    }),
  });
}

/** The caption above a table or under a figure: 表1　title, centred, 黑体. */
function captionParagraph(text: string, context: DocxContext, keepNext: boolean): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext,
    spacing: { before: 120, after: 60 },
    children: [new TextRun({ text, font: fontOf(context.fonts.heading), size: SIZE.small })],
  });
}

/** 数据来源：… under a table or figure. */
const sourceParagraph = (source: string, context: DocxContext) =>
  new Paragraph({
    spacing: { before: 60, after: 200 },
    children: runs(source, context, { size: SIZE.table, colour: MUTED_COLOUR }),
  });

/** A body paragraph: 3号仿宋 at the exact line pitch; prose indented two characters. */
export function bodyParagraph(
  text: string,
  context: DocxContext,
  options: { indent?: boolean; illustrative?: boolean } = {},
): Paragraph {
  return new Paragraph({
    spacing: BODY_LINE,
    ...(options.indent ? { indent: { firstLine: FIRST_LINE_INDENT } } : {}),
    alignment: AlignmentType.JUSTIFIED,
    children: runs(text, context, options.illustrative ? { illustrative: true } : {}),
  });
}

/** A boxed warning (the note on demo data), bold in the demo colour. */
export function calloutParagraph(text: string, context: DocxContext): Paragraph {
  const border = { style: BorderStyle.SINGLE, size: 12, color: DEMO_COLOUR, space: 4 };
  return new Paragraph({
    border: { top: border, bottom: border, left: border, right: border },
    spacing: { before: 120, after: 120 },
    children: runs(text, context, { size: SIZE.small, bold: true, colour: DEMO_COLOUR }),
  });
}

/** A section heading (一、…): Heading 1, 黑体 3号, in the table of contents. */
export function sectionHeading(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, text });
}

/** The paragraphs of one table cell: its text (and suffix), then its details and original, smaller. */
function cellParagraphs(cell: Cell, context: DocxContext): Paragraph[] {
  const { items } = cell;
  if (items) {
    if (items.as === 'inline') {
      const text = items.cells
        .map((item) => `${item.text}${item.suffix ? ` ${item.suffix}` : ''}`)
        .join(context.model.words.listSeparator);
      return [
        smallParagraph(text, context, {
          illustrative: items.cells.some((item) => item.illustrative),
        }),
      ];
    }
    return items.cells.flatMap((item) =>
      cellParagraphs(items.as === 'list' ? { ...item, text: `· ${item.text}` } : item, context),
    );
  }
  const main = `${cell.text}${cell.suffix ? ` ${cell.suffix}` : ''}`;
  const under = [
    ...(cell.original ? [cell.original] : []),
    ...(cell.context ? [cell.context] : []),
    ...(cell.detail ? [cell.detail.filter((line) => line !== '').join(' · ')] : []),
  ].filter((line) => line !== '');
  return [
    smallParagraph(main, context, {
      ...(cell.muted ? { colour: MUTED_COLOUR } : {}),
      ...(cell.illustrative ? { illustrative: true } : {}),
    }),
    ...under.map((line) => smallParagraph(line, context, { colour: MUTED_COLOUR })),
  ];
}

/** How wide a column's text runs (CJK characters count double), for sharing out the page's width. */
function textWidth(text: string): number {
  let width = 0;
  for (const character of text) width += /[\u2E80-\uFFFF]/.test(character) ? 2 : 1;
  return width;
}

/** The type area's width shared among the columns by how much each holds (each between 4 and 40 units). */
function columnWidths(columns: readonly Column[], rows: readonly Row[]): number[] {
  const wants = columns.map((column, index) => {
    const longest = Math.max(
      textWidth(column.header),
      ...rows.map((row) => textWidth(row.cells[index]?.text ?? '')),
    );
    return Math.min(40, Math.max(4, longest));
  });
  const total = wants.reduce((sum, want) => sum + want, 0);
  return wants.map((want) => Math.floor((PAGE.typeAreaWidth * want) / total));
}

function docxTable(columns: readonly Column[], rows: readonly Row[], context: DocxContext): Table {
  const widths = columnWidths(columns, rows);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map(
      (column, index) =>
        new TableCell({
          width: { size: widths[index] ?? 0, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' },
          children: [
            smallParagraph(column.header, context, {
              bold: true,
              align: AlignmentType.CENTER,
            }),
          ],
        }),
    ),
  });
  const body = rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.cells.map(
          (cell, index) =>
            new TableCell({
              width: { size: widths[index] ?? 0, type: WidthType.DXA },
              ...(row.illustrative
                ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'FFF7ED' } }
                : {}),
              children: cellParagraphs(cell, context),
            }),
        ),
      }),
  );
  return new Table({
    width: { size: PAGE.typeAreaWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [header, ...body],
  });
}

/** A key-figures row (the HTML's cards) as a two-row table: labels over values. */
function kpiTable(block: Extract<Block, { kind: 'kpis' }>, context: DocxContext): Table {
  const width = Math.floor(PAGE.typeAreaWidth / Math.max(1, block.items.length));
  const row = (texts: { text: string; illustrative: boolean; bold: boolean }[]) =>
    new TableRow({
      children: texts.map(
        (item) =>
          new TableCell({
            width: { size: width, type: WidthType.DXA },
            children: [
              smallParagraph(item.text, context, {
                align: AlignmentType.CENTER,
                bold: item.bold,
                illustrative: item.illustrative,
              }),
            ],
          }),
      ),
    });
  return new Table({
    width: { size: PAGE.typeAreaWidth, type: WidthType.DXA },
    columnWidths: block.items.map(() => width),
    layout: TableLayoutType.FIXED,
    rows: [
      row(block.items.map((item) => ({ text: item.label, illustrative: false, bold: false }))),
      row(
        block.items.map((item) => ({
          text: item.value,
          illustrative: item.illustrative,
          bold: true,
        })),
      ),
    ],
  });
}

/** A numbered table: its caption above, the table, its source line under it. */
function captionedTable(table: Table, caption: Caption | undefined, context: DocxContext) {
  if (!caption) return [table];
  return [
    captionParagraph(`${caption.number}　${caption.title}`, context, true),
    table,
    sourceParagraph(caption.source, context),
  ];
}

/** A figure: the chart (SVG with a PNG for older readers), 图n　caption under it, its source line. */
function figureChildren(
  block: Extract<Block, { kind: 'figure' }>,
  image: DocxImage | undefined,
  context: DocxContext,
): DocxChild[] {
  // 156 mm at 96 px per inch: the widest a chart may be drawn.
  const maxWidth = Math.floor((156 / 25.4) * 96);
  const chart: ParagraphChild[] = image
    ? [
        new ImageRun({
          type: 'svg',
          data: new TextEncoder().encode(image.svg),
          fallback: { type: 'png', data: image.png },
          transformation: {
            width: Math.min(maxWidth, image.width),
            height: Math.round(image.height * Math.min(1, maxWidth / image.width)),
          },
          altText: { name: block.caption, title: block.caption, description: block.caption },
        }),
      ]
    : [];
  const caption = block.number ? `${block.number}　${block.caption}` : block.caption;
  return [
    ...(chart.length > 0
      ? [new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: chart })]
      : []),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: block.source !== undefined,
      spacing: { before: 60, after: 0 },
      children: runs(caption, context, {
        size: SIZE.small,
        ...(block.illustrative ? { illustrative: true } : {}),
      }),
    }),
    ...(block.source ? [sourceParagraph(block.source, context)] : []),
  ];
}

/**
 * One block of a section as Word paragraphs and tables. `figure` is the
 * figure's place among the report's figures (for its drawn chart). What only
 * the workbook shows gives nothing; the documents' tables are what HTML shows.
 */
export function blockChildren(block: Block, figure: number, context: DocxContext): DocxChild[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: block.level === 3 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
          keepNext: true,
          text: block.text,
        }),
      ];
    case 'paragraph':
      if (block.muted)
        return [
          new Paragraph({
            spacing: { before: 60, after: 60 },
            children: runs(block.text, context, {
              size: SIZE.table,
              colour: MUTED_COLOUR,
              ...(block.illustrative ? { illustrative: true } : {}),
            }),
          }),
        ];
      return [
        bodyParagraph(block.text, context, {
          indent: true,
          ...(block.illustrative ? { illustrative: true } : {}),
        }),
      ];
    case 'kpis':
      return [kpiTable(block, context), new Paragraph({ text: '' })];
    case 'table': {
      const shown = tableIn(block.table, 'html');
      if (!shown) return [];
      return captionedTable(docxTable(shown.columns, shown.rows, context), block.caption, context);
    }
    case 'figure':
      return figureChildren(block, context.imageOf(figure), context);
    case 'list':
      return block.items.map((item, index) =>
        bodyParagraph(`${index + 1}. ${item}`, context, { indent: true }),
      );
    case 'callout':
      return [calloutParagraph(block.text, context)];
  }
}
