import { escapeHtml } from '../escapeHtml.js';
import { CHART_FONT, fitLabel, textWidth } from './chartText.js';

export type Bar = { label: string; value: number; colour: string; note?: string };

/**
 * Horizontal bars, one per label, each with its value at its end: counts per
 * status, observations per source. An inline SVG with a title for screen
 * readers; no script, no external resources.
 */
export function horizontalBarChart(
  bars: readonly Bar[],
  options: { title: string; width?: number; valueSuffix?: string },
): string {
  const width = options.width ?? 640;
  const fontSize = 13;
  const rowHeight = 24;
  const top = 8;
  const labelWidth = Math.min(
    260,
    Math.max(60, ...bars.map((bar) => textWidth(bar.label, fontSize) + 12)),
  );
  const valueRoom = 140;
  const plotWidth = Math.max(40, width - labelWidth - valueRoom);
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const height = top * 2 + bars.length * rowHeight;
  const rows = bars.map((bar, index) => {
    const y = top + index * rowHeight;
    const length = (Math.max(0, bar.value) / max) * plotWidth;
    const label = fitLabel(bar.label, labelWidth - 12, fontSize);
    const value = `${bar.value}${options.valueSuffix ?? ''}${bar.note ? ` ${bar.note}` : ''}`;
    return (
      `<text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end">${escapeHtml(label)}</text>` +
      `<rect x="${labelWidth}" y="${y + 4}" width="${length.toFixed(1)}" height="${rowHeight - 8}" fill="${escapeHtml(bar.colour)}"/>` +
      `<text x="${(labelWidth + length + 6).toFixed(1)}" y="${y + 16}">${escapeHtml(value)}</text>`
    );
  });
  return svg(width, height, options.title, fontSize, rows.join(''));
}

export function svg(width: number, height: number, title: string, fontSize: number, body: string) {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(title)}" font-family="${CHART_FONT}" font-size="${fontSize}" fill="#1f2328">` +
    `<title>${escapeHtml(title)}</title>${body}</svg>`
  );
}
