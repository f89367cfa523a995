import { escapeHtml } from '../escapeHtml.js';
import { fitLabel, textWidth } from './chartText.js';
import { svg } from './horizontalBarChart.js';

export type ProgressBar = {
  label: string;
  /** 完成进度 as a share (0.76); null when it cannot be computed. */
  completion: number | null;
  /** 时序进度 as a share (0.6). */
  timeProgress: number | null;
  colour: string;
  /** Shown after the bar: the status, and a mark for illustrative data. */
  note: string;
};

const MIN = -0.5;
const MAX = 1.5;

/**
 * 完成进度 against 时序进度, one row per indicator: a bar from 0 to the
 * completion (drawn from −50% to 150%, clipped with an arrow beyond), and a
 * dark tick at the time progress. A bar past its tick is ahead of schedule.
 */
export function progressChart(
  bars: readonly ProgressBar[],
  options: { title: string; width?: number; axisLabel: string },
): string {
  const width = options.width ?? 720;
  const fontSize = 12;
  const rowHeight = 20;
  const top = 26;
  const labelWidth = Math.min(
    280,
    Math.max(80, ...bars.map((bar) => textWidth(bar.label, fontSize) + 10)),
  );
  const noteWidth = 150;
  const plotWidth = Math.max(120, width - labelWidth - noteWidth);
  const x = (share: number) => labelWidth + ((share - MIN) / (MAX - MIN)) * plotWidth;
  const height = top + bars.length * rowHeight + 10;
  const grid = [-0.5, 0, 0.5, 1, 1.5]
    .map(
      (share) =>
        `<line x1="${x(share).toFixed(1)}" y1="${top - 4}" x2="${x(share).toFixed(1)}" y2="${height - 8}" stroke="${share === 0 || share === 1 ? '#8c959f' : '#d0d7de'}" stroke-width="1"${share === 1 ? ' stroke-dasharray="4 3"' : ''}/>` +
        `<text x="${x(share).toFixed(1)}" y="${top - 8}" text-anchor="middle" font-size="11" fill="#57606a">${Math.round(share * 100)}%</text>`,
    )
    .join('');
  const rows = bars.map((bar, index) => {
    const y = top + index * rowHeight;
    const label = `<text x="${labelWidth - 6}" y="${y + 14}" text-anchor="end">${escapeHtml(fitLabel(bar.label, labelWidth - 10, fontSize))}</text>`;
    let body = '';
    if (bar.completion !== null) {
      const clipped = Math.min(MAX, Math.max(MIN, bar.completion));
      const from = x(Math.min(0, clipped));
      const to = x(Math.max(0, clipped));
      body += `<rect x="${from.toFixed(1)}" y="${y + 4}" width="${Math.max(1, to - from).toFixed(1)}" height="${rowHeight - 8}" fill="${escapeHtml(bar.colour)}"><title>${escapeHtml(`${bar.label}: ${Math.round(bar.completion * 1000) / 10}%`)}</title></rect>`;
      if (bar.completion > MAX)
        body += `<text x="${(x(MAX) + 2).toFixed(1)}" y="${y + 14}" font-size="11">▸</text>`;
      if (bar.completion < MIN)
        body += `<text x="${(x(MIN) - 10).toFixed(1)}" y="${y + 14}" font-size="11">◂</text>`;
    }
    if (bar.timeProgress !== null) {
      const tick = x(Math.min(MAX, Math.max(MIN, bar.timeProgress)));
      body += `<line x1="${tick.toFixed(1)}" y1="${y + 1}" x2="${tick.toFixed(1)}" y2="${y + rowHeight - 1}" stroke="#1f2328" stroke-width="2"/>`;
    }
    const note = `<text x="${(labelWidth + plotWidth + 8).toFixed(1)}" y="${y + 14}" font-size="11">${escapeHtml(bar.note)}</text>`;
    return label + body + note;
  });
  const axis = `<text x="${labelWidth}" y="11" font-size="11" fill="#57606a">${escapeHtml(options.axisLabel)}</text>`;
  return svg(width, height, options.title, fontSize, axis + grid + rows.join(''));
}
