import { escapeHtml as e } from './escapeHtml.js';
import type { Block, Cell, Chart, Column, ReportModel, Row } from './reportModel.types.js';
import { REPORT_CSS } from './reportStyles.js';
import { tableIn } from './shownIn.js';
import { horizontalBarChart } from './svg/horizontalBarChart.js';
import { progressChart } from './svg/progressChart.js';
import { stackedBarChart } from './svg/stackedBarChart.js';

/**
 * The report as one self-contained HTML file: inline CSS and inline SVG
 * charts (one beside every table), no script, nothing fetched, print rules
 * for A4. Figures from illustrative demo data carry a visible tag.
 */
export function renderHtml(model: ReportModel): string {
  const tag = demoTag(model);
  return `<!doctype html>
<html lang="${model.lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(model.title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
<header>
<h1>${e(model.title)}</h1>
<p class="meta">${e(model.subtitle)}</p>
<p class="meta">${e(model.meta)}</p>
${coverHtml(model)}
<div class="banner ${model.banner.illustrative ? 'demo' : 'official'}" role="note">${e(model.banner.text)}</div>
</header>
<nav><h2 style="border:0;margin-top:8px">${e(model.words.contents)}</h2><ol>${model.sections.map((section) => `<li><a href="#${section.id}">${e(section.heading)}</a></li>`).join('')}</ol></nav>
${model.sections.map((section) => `<section id="${section.id}">\n<h2>${e(section.heading)}</h2>\n${section.blocks.map((block) => blockHtml(block, tag)).join('\n')}\n</section>`).join('\n')}
<footer>${e(model.footer)} ${e(model.generatedBy)}.</footer>
</main>
</body>
</html>
`;
}

/** The cover's lines (reporting unit, kind, period, dates) as a definition list; none for a bare report. */
function coverHtml(model: ReportModel): string {
  if (model.cover.lines.length === 0) return '';
  const lines = model.cover.lines
    .map(
      (line) =>
        `<div><dt>${e(line.label)}</dt><dd${line.missing ? ' class="missing"' : ''}>${e(line.value)}</dd></div>`,
    )
    .join('');
  return `<dl class="cover">${lines}</dl>`;
}

/** The visible mark beside a figure from demo data. */
const demoTag = (model: ReportModel) =>
  `<span class="demo-tag">† ${e(model.words.illustrativeTag)}</span>`;

/** One block of a section; a block that is only in the workbook gives an empty string. */
export function blockHtml(block: Block, tag: string): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level}>${e(block.text)}</h${block.level}>`;
    case 'paragraph': {
      const style = block.muted ? ' class="meta"' : block.prose ? ' class="prose"' : '';
      return `<p${style}>${e(block.text)}${block.illustrative ? tag : ''}</p>`;
    }
    case 'kpis':
      return `<div class="kpis">${block.items.map((item) => `<div class="kpi"><b>${e(item.value)}</b><span>${e(item.label)}${item.illustrative ? tag : ''}</span></div>`).join('')}</div>`;
    case 'table': {
      const shown = tableIn(block.table, 'html');
      if (!shown) return '';
      const { caption } = block;
      const table = tableHtml(shown.columns, shown.rows, tag);
      if (!caption) return table;
      return `<p class="caption">${e(caption.number)}　${e(caption.title)}</p>\n${table}\n<p class="source">${e(caption.source)}</p>`;
    }
    case 'figure': {
      const caption = block.number ? `${block.number}　${block.caption}` : block.caption;
      const source = block.source ? `<p class="source">${e(block.source)}</p>` : '';
      return `<figure>${chartSvg(block.chart, block.caption)}<figcaption>${e(caption)}${block.illustrative ? tag : ''}</figcaption>${source}</figure>`;
    }
    case 'list':
      return `<ol>${block.items.map((item) => `<li>${e(item)}</li>`).join('')}</ol>`;
    case 'callout':
      return `<p class="banner demo">${e(block.text)}</p>`;
  }
}

function tableHtml(columns: readonly Column[], rows: readonly Row[], tag: string): string {
  const head = columns
    .map((column) => `<th${column.numeric ? ' class="num"' : ''}>${e(column.header)}</th>`)
    .join('');
  const body = rows
    .map((row) => {
      const cells = row.cells
        .map((cell, index) => {
          const numeric = columns[index]?.numeric ? ' class="num"' : '';
          const hint = cell.hint ? ` title="${e(cell.hint)}"` : '';
          const lang = cell.verbatim && !cell.items ? ' lang="zh-CN"' : '';
          return `<td${numeric}${hint}${lang}>${cellHtml(cell, tag)}</td>`;
        })
        .join('');
      return `<tr${row.illustrative ? ' class="illustrative"' : ''}>${cells}</tr>`;
    })
    .join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** A cell's content: a chip or text, the lines under it, the demo mark. */
export function cellHtml(cell: Cell, tag: string): string {
  const { items } = cell;
  if (items) {
    if (items.as === 'list')
      return `<ul>${items.cells.map((item) => `<li${item.verbatim ? ' lang="zh-CN"' : ''}>${cellHtml(item, tag)}</li>`).join('')}</ul>`;
    return items.cells.map((item) => cellHtml(item, tag)).join(items.as === 'lines' ? '<br>' : ' ');
  }
  const main = cell.muted
    ? `<span class="sub">${e(cell.text)}</span>`
    : cell.colour
      ? `<span class="chip" style="background:${e(cell.colour)}">${e(cell.text)}</span>`
      : e(cell.text);
  const sub = (text: string, lang = '') => `<span class="sub"${lang}>${e(text)}</span>`;
  return [
    main,
    cell.suffix ? ` ${e(cell.suffix)}` : '',
    cell.original ? sub(cell.original, ' lang="zh-CN"') : '',
    cell.context !== undefined ? sub(cell.context) : '',
    cell.detail ? sub(cell.detail.join(' · ')) : '',
    cell.illustrative ? tag : '',
  ].join('');
}

export function chartSvg(chart: Chart, title: string): string {
  switch (chart.kind) {
    case 'bars':
      return horizontalBarChart(chart.bars, {
        title,
        ...(chart.width ? { width: chart.width } : {}),
      });
    case 'stacked':
      return stackedBarChart(chart.rows, { title, ...(chart.width ? { width: chart.width } : {}) });
    case 'progress':
      return progressChart(chart.rows, { title, axisLabel: chart.axisLabel });
  }
}
