import { markdownTable } from './markdownTable.js';
import type { Block, Cell, ReportModel } from './reportModel.types.js';
import { tableIn } from './shownIn.js';

/**
 * The report as Markdown (GitHub tables): the same sections and figures as
 * the HTML version, without its charts. Figures from illustrative demo data
 * are marked "† 示例" / "† illustrative".
 */
export function renderMarkdown(model: ReportModel): string {
  const out: string[] = [
    `# ${model.title}`,
    '',
    `${model.subtitle}  `,
    model.meta,
    '',
    ...model.cover.lines.map(
      (line) => `- ${line.label}${model.lang === 'zh' ? '：' : ': '}${line.value}`,
    ),
    ...(model.cover.lines.length > 0 ? [''] : []),
    `> **${model.banner.text}**`,
    '',
    model.chartsElsewhere,
    '',
  ];
  for (const section of model.sections) {
    out.push(`## ${section.heading}`, '');
    for (const block of section.blocks) {
      const text = blockMarkdown(block, model);
      if (text !== '') out.push(text, '');
    }
  }
  out.push('---', '', model.footer, '');
  return out.join('\n');
}

/** One block; charts and what is only in the workbook give an empty string. */
export function blockMarkdown(block: Block, model: ReportModel): string {
  const tag = ` † ${model.words.illustrativeTag}`;
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${block.text}`;
    case 'paragraph':
      return `${block.text}${block.illustrative ? tag : ''}`;
    case 'kpis':
      return markdownTable(
        block.items.map((item) => item.label),
        [block.items.map((item) => `${item.value}${item.illustrative ? tag : ''}`)],
        block.items.map((_, index) => index),
      );
    case 'table': {
      const shown = tableIn(block.table, 'md');
      if (!shown) return '';
      const table = markdownTable(
        shown.columns.map((column) => column.header),
        shown.rows.map((row) => row.cells.map((cell) => cellMarkdown(cell, model))),
        shown.columns.flatMap((column, index) => (column.numeric ? [index] : [])),
      );
      const { caption } = block;
      return caption
        ? `**${caption.number}　${caption.title}**\n\n${table}\n\n${caption.source}`
        : table;
    }
    case 'figure':
      return '';
    case 'list':
      return block.items.map((item, index) => `${index + 1}. ${item}`).join('\n');
    case 'callout':
      return `> **${block.text}**`;
  }
}

/** A cell as Markdown text: details in brackets, the Chinese original after a dash, the demo mark. */
export function cellMarkdown(cell: Cell, model: ReportModel): string {
  const { items } = cell;
  if (items) {
    const separator = {
      lines: ' / ',
      inline: model.words.listSeparator,
      list: model.words.itemSeparator,
    }[items.as];
    return items.cells.map((item) => cellMarkdown(item, model)).join(separator);
  }
  return [
    cell.text,
    cell.suffix ? ` ${cell.suffix}` : '',
    cell.original ? ` — ${cell.original}` : '',
    cell.detail ? ` (${cell.detail.join(', ')})` : '',
    cell.illustrative ? ` † ${model.words.illustrativeTag}` : '',
  ].join('');
}
