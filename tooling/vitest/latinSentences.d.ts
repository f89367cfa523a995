/** One run of a Chinese text that reads as English: its text and the text around it. */
export type LatinSentence = { text: string; context: string };

/**
 * The runs of a text that read as English sentences: between Chinese characters and line
 * breaks, with `minWords` (2) or more English words once codes (T-P06-M2-1, UTF-8), capitals
 * (CSV), units (pp) and proper names (Excel, Open SDG) are set aside.
 *
 * @example
 *   latinSentences('导入失败：the file is not UTF-8。请重试');
 *   // [{ text: 'the file is not UTF-8', context: '导入失败：the file is not UTF-8。请重试' }]
 */
export function latinSentences(text: string, options?: { minWords?: number }): LatinSentence[];
