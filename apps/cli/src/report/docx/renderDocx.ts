import {
  AlignmentType,
  Document,
  type FileChild,
  Footer,
  ImportedXmlComponent,
  NumberFormat,
  Packer,
  PageNumber,
  Paragraph,
  SectionType,
  TextRun,
} from 'docx';
import { chartSvg } from '../renderHtml.js';
import type { ReportModel } from '../reportModel.types.js';
import {
  blockChildren,
  bodyParagraph,
  calloutParagraph,
  type DocxContext,
  type DocxImage,
  sectionHeading,
} from './docxBlocks.js';
import { BODY_LINE, DEFAULT_FONTS, type DocxFonts, fontOf, PAGE, SIZE } from './gbt9704.js';
import { tableOfContents } from './tableOfContents.js';

/** Draws charts as PNG (for Word and viewers that do not read SVG): one PNG per SVG, in order. */
type Rasterise = (charts: readonly ChartToDraw[]) => Promise<Uint8Array[]>;
export type ChartToDraw = { svg: string; width: number; height: number };

type DocxOptions = {
  /** Font names (a bureau with 仿宋_GB2312 or 方正小标宋简体 installed names them). */
  fonts?: Partial<DocxFonts>;
  /** Draws the charts; without it the document has the figures' captions and sources, no images. */
  rasterise?: Rasterise;
};

const dimension = (svg: string, name: 'width' | 'height') =>
  Number(new RegExp(`${name}="(\\d+(?:\\.\\d+)?)"`).exec(svg)?.[1] ?? 0);

/** Every figure's chart as SVG with its size, in the order the report shows them. */
function chartsOf(model: ReportModel): ChartToDraw[] {
  return model.sections.flatMap((section) =>
    section.blocks.flatMap((block) => {
      if (block.kind !== 'figure') return [];
      const svg = chartSvg(block.chart, block.caption);
      return [{ svg, width: dimension(svg, 'width'), height: dimension(svg, 'height') }];
    }),
  );
}

/** "— 3 —", 4号 宋体, one character in from the outer edge: odd pages right, even pages left. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const font = fontOf('宋体');
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: 280 } : { left: 280 },
        children: [
          new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font, size: SIZE.small }),
        ],
      }),
    ],
  });
}

/** The cover: the title (2号小标宋), then the reporting unit, kind, period and dates. */
function coverChildren(
  model: ReportModel,
  context: DocxContext,
): (Paragraph | ReturnType<typeof calloutParagraph>)[] {
  const { fonts } = context;
  return [
    ...Array.from({ length: 4 }, () => new Paragraph({ spacing: BODY_LINE, text: '' })),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 700, lineRule: BODY_LINE.lineRule, after: 600 },
      children: [
        new TextRun({ text: model.cover.title, font: fontOf(fonts.title), size: SIZE.title }),
      ],
    }),
    ...model.cover.lines.map(
      (line) =>
        new Paragraph({
          spacing: BODY_LINE,
          indent: { left: 1280 },
          children: [
            new TextRun({ text: `${line.label}：`, font: fontOf(fonts.heading), size: SIZE.body }),
            new TextRun({
              text: line.value,
              font: fontOf(fonts.body),
              size: SIZE.body,
              ...(line.missing ? { color: '9A3412' } : {}),
            }),
          ],
        }),
    ),
    ...(model.banner.illustrative
      ? [
          new Paragraph({ spacing: BODY_LINE, text: '' }),
          calloutParagraph(model.banner.text, context),
        ]
      : []),
  ];
}

/**
 * The report as a Word document laid out after GB/T 9704 (A4, its margins,
 * 3号仿宋 at 22 lines a page, 黑体/楷体 headings): a cover without a page
 * number, then a table of contents (a TOC field Word updates on opening; its
 * entries are written in beforehand so every reader shows them) and the
 * sections with the page number "— n —" in every footer, numbered tables and
 * figures each with its source line, figures from demo data marked.
 */
export async function renderDocx(
  model: ReportModel,
  options: DocxOptions = {},
): Promise<Uint8Array> {
  const fonts = { ...DEFAULT_FONTS, ...options.fonts };
  const charts = chartsOf(model);
  const pngs = options.rasterise && charts.length > 0 ? await options.rasterise(charts) : [];
  const images: (DocxImage | undefined)[] = charts.map((chart, index) => {
    const png = pngs[index];
    return png ? { ...chart, png } : undefined;
  });
  const context: DocxContext = { model, fonts, imageOf: (figure) => images[figure] };
  let figure = 0;
  const body = model.sections.flatMap((section) => [
    sectionHeading(section.heading),
    ...section.blocks.flatMap((block) => {
      const children = blockChildren(block, figure, context);
      if (block.kind === 'figure') figure += 1;
      return children;
    }),
  ]);
  const document = new Document({
    creator: model.generatedBy,
    title: model.title,
    description: model.subtitle,
    features: { updateFields: true },
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: { run: { font: fontOf(fonts.body), size: SIZE.body } },
        heading1: {
          run: { font: fontOf(fonts.heading), size: SIZE.body, bold: false, color: '000000' },
          paragraph: { spacing: { ...BODY_LINE, before: 240, after: 0 } },
        },
        heading2: {
          run: { font: fontOf(fonts.subheading), size: SIZE.body, bold: false, color: '000000' },
          paragraph: { spacing: { ...BODY_LINE, before: 120 } },
        },
        heading3: {
          run: { font: fontOf(fonts.body), size: SIZE.body, bold: true, color: '000000' },
          paragraph: { spacing: BODY_LINE },
        },
      },
    },
    sections: [
      {
        properties: { page: { margin: PAGE.margin } },
        children: coverChildren(model, context),
      },
      {
        properties: {
          type: SectionType.NEXT_PAGE,
          page: {
            margin: PAGE.margin,
            pageNumbers: { start: 1, formatType: NumberFormat.DECIMAL },
          },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: BODY_LINE,
            children: [
              new TextRun({
                text: model.words.contents,
                font: fontOf(fonts.heading),
                size: SIZE.body,
              }),
            ],
          }),
          // A block-level element written as XML: docx has no type for it, Word and LibreOffice read it.
          ImportedXmlComponent.fromXmlString(
            tableOfContents(model.sections.map((section) => section.heading)),
          ) as unknown as FileChild,
          new Paragraph({ pageBreakBefore: true, text: '' }),
          calloutParagraph(model.banner.text, context),
          ...body,
          bodyParagraph(`${model.footer} ${model.generatedBy}。`, context),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
