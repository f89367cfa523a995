import { escapeHtml } from '../escapeHtml.js';
import { fitLabel, textWidth } from './chartText.js';
import { svg } from './horizontalBarChart.js';

export type Segment = { key: string; label: string; value: number; colour: string };
export type StackedRow = { label: string; segments: Segment[] };

/**
 * One horizontal bar per row, split into coloured segments in proportion to
 * their share of the row's total (each method's statuses, each year's
 * milestones), with a legend of every segment below.
 */
export function stackedBarChart(
  rows: readonly StackedRow[],
  options: { title: string; width?: number },
): string {
  const width = options.width ?? 640;
  const fontSize = 13;
  const rowHeight = 26;
  const labelWidth = Math.min(
    width * 0.45,
    Math.max(60, ...rows.map((row) => textWidth(row.label, fontSize) + 12)),
  );
  const plotWidth = width - labelWidth - 50;
  const legend = new Map<string, Segment>();
  for (const row of rows) for (const segment of row.segments) legend.set(segment.key, segment);
  const bars = rows.map((row, index) => {
    const y = 8 + index * rowHeight;
    const total = row.segments.reduce((sum, segment) => sum + segment.value, 0);
    let x = labelWidth;
    const parts = row.segments
      .filter((segment) => segment.value > 0)
      .map((segment) => {
        const length = total > 0 ? (segment.value / total) * plotWidth : 0;
        const rect =
          `<rect x="${x.toFixed(1)}" y="${y + 4}" width="${length.toFixed(1)}" height="${rowHeight - 8}" fill="${escapeHtml(segment.colour)}"><title>${escapeHtml(`${row.label} · ${segment.label}: ${segment.value}`)}</title></rect>` +
          (length >= 18
            ? `<text x="${(x + length / 2).toFixed(1)}" y="${y + 17}" text-anchor="middle" fill="#fff" font-size="11">${segment.value}</text>`
            : '');
        x += length;
        return rect;
      })
      .join('');
    return (
      `<text x="${labelWidth - 8}" y="${y + 17}" text-anchor="end">${escapeHtml(fitLabel(row.label, labelWidth - 12, fontSize))}</text>` +
      parts +
      `<text x="${(labelWidth + plotWidth + 6).toFixed(1)}" y="${y + 17}" fill="#57606a">${total}</text>`
    );
  });
  const legendTop = 16 + rows.length * rowHeight;
  let legendX = 0;
  let legendY = legendTop;
  const items = [...legend.values()].map((segment) => {
    const itemWidth = textWidth(segment.label, 12) + 30;
    if (legendX + itemWidth > width) {
      legendX = 0;
      legendY += 20;
    }
    const item =
      `<rect x="${legendX}" y="${legendY}" width="12" height="12" fill="${escapeHtml(segment.colour)}"/>` +
      `<text x="${legendX + 16}" y="${legendY + 11}" font-size="12">${escapeHtml(segment.label)}</text>`;
    legendX += itemWidth;
    return item;
  });
  return svg(width, legendY + 24, options.title, fontSize, bars.join('') + items.join(''));
}
