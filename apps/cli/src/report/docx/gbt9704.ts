import { convertMillimetersToTwip, LineRuleType } from 'docx';

/**
 * The page of a Chinese official document (GB/T 9704-2012, 党政机关公文格式)
 * in Word's units: A4; margins top 37 mm, bottom 35 mm, left 28 mm, right
 * 26 mm (a 156 × 225 mm type area); 22 lines of 3号 (16 pt) text, so an exact
 * line pitch of 12,756 twips ÷ 22 = 579 (580 overflows the type area).
 * Sizes are in half-points as Word stores them.
 */
export const PAGE = {
  margin: {
    top: convertMillimetersToTwip(37),
    bottom: convertMillimetersToTwip(35),
    left: convertMillimetersToTwip(28),
    right: convertMillimetersToTwip(26),
    footer: convertMillimetersToTwip(23),
  },
  /** 156 mm, the type area's width. */
  typeAreaWidth: convertMillimetersToTwip(156),
} as const;

export const SIZE = {
  /** 2号: the title. */
  title: 44,
  /** 3号: body text and headings. */
  body: 32,
  /** 4号: the page number, table and figure captions. */
  small: 28,
  /** 五号: table cells and source lines. */
  table: 21,
} as const;

/** Body text: an exact line pitch of 579 twips (22 lines a page); the first line indented two characters. */
export const BODY_LINE = { line: 579, lineRule: LineRuleType.EXACT } as const;
export const FIRST_LINE_INDENT = 640;

/**
 * Font names as Word looks them up: the standard names the styles (仿宋 body,
 * 黑体 first-level headings, 楷体 second-level, 小标宋 title). Word substitutes
 * a missing font; on Linux LibreOffice falls back to Noto CJK. A bureau whose
 * PCs have the legacy 仿宋_GB2312 or 方正小标宋简体 passes its names instead.
 */
export type DocxFonts = { body: string; heading: string; subheading: string; title: string };
export const DEFAULT_FONTS: DocxFonts = {
  body: '仿宋',
  heading: '黑体',
  subheading: '楷体',
  title: '方正小标宋简体',
};

/** A font for Chinese text with digits and Latin letters in Times New Roman, as official documents set them. */
export const fontOf = (eastAsia: string) => ({
  eastAsia,
  ascii: 'Times New Roman',
  hAnsi: 'Times New Roman',
});
