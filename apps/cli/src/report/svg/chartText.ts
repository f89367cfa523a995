import { displayWidth } from '../../_lib/displayWidth.js';

/** Pixels per terminal column at a font size: a Chinese character (two columns) is about 1em. */
export const textWidth = (text: string, fontSize: number) => displayWidth(text) * fontSize * 0.55;

/** Shortens a label to fit `maxWidth` pixels, ending with "…". */
export function fitLabel(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  let kept = '';
  for (const char of text) {
    if (textWidth(`${kept}${char}…`, fontSize) > maxWidth) break;
    kept += char;
  }
  return `${kept}…`;
}

/** The fonts the charts ask for: the reader's own sans-serif fonts, Chinese ones first; nothing is downloaded. */
export const CHART_FONT =
  "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',system-ui,sans-serif";
