/**
 * The zh scan: finds English left in a Chinese document. A document in
 * Chinese may hold Latin letters in codes (T-P06-M2-1, statistics-bureau),
 * units (%, km², pp), abbreviations (SDG, GB/T) and proper names (plan,
 * Open SDG); what it must not hold is a sentence in English. A run of text
 * between Chinese characters is flagged when it has two or more English
 * words once codes, abbreviations, numbers and the allowed names are taken
 * out. Pure and small, for any page or document (the viewer's pages have their
 * own copy of the rule in apps/viewer/e2e).
 */

/** Chinese characters and Chinese punctuation: where one run of Latin text ends. */
const CJK =
  /[\u3000-\u303F\u3400-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u2018-\u201D\u2014\u2026\u00B7]+/u;
/** A line break ends a run too: table cells and paragraphs are separate lines. */
const CJK_OR_LINE = new RegExp(`${CJK.source}|\\n+`, 'u');

/** Proper names and words that stay in Latin in a Chinese report. */
const ALLOWED_NAMES: readonly string[] = [
  'Open SDG',
  'sdg-build',
  'SDSN',
  'Sustainable Development Report',
  'plan',
  'Chromium',
  'LibreOffice',
  'Word',
  'Excel',
  'HTML',
  'Markdown',
  'XLSX',
  'DOCX',
  'PDF',
];

/** A word that is a code, abbreviation, number or unit rather than English: has a digit, -, _, ., /, or is in capitals. */
const isCode = (word: string) => /[\d\-_./:@#]/.test(word) || /^[A-Z]{1,6}s?$/.test(word);

/** The English words of a run: tokens of two or more letters that are not codes. */
function englishWords(run: string): string[] {
  return run
    .split(/[\s,;()[\]{}"'“”‘’!?|×÷=+<>*†‡§~`^$&]+/)
    .map((token) => token.replace(/^[.:]+|[.:]+$/g, ''))
    .filter((token) => /^[A-Za-z][A-Za-z'’]+$/.test(token) && !isCode(token));
}

/** One flagged run: the English text and the text around it. */
type LatinSentence = { text: string; context: string };

/**
 * The runs of a text that read as English sentences (two or more English words
 * between Chinese characters), after removing the allowed names.
 */
export function latinSentences(
  text: string,
  allowed: readonly string[] = ALLOWED_NAMES,
): LatinSentence[] {
  const found: LatinSentence[] = [];
  let offset = 0;
  for (const run of text.split(CJK_OR_LINE)) {
    const at = text.indexOf(run, offset);
    offset = at + run.length;
    let rest = run;
    for (const name of allowed) rest = rest.split(name).join(' ');
    if (englishWords(rest).length >= 2) {
      found.push({
        text: run.trim(),
        context: text.slice(Math.max(0, at - 20), Math.min(text.length, at + run.length + 20)),
      });
    }
  }
  return found;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  nbsp: ' ',
};

/** The text a reader sees in an HTML page: text nodes (and SVG text), no styles or markup. */
export function htmlText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/gi, ' ')
    .replace(/<script[\s\S]*?<\/script>/gi, ' ')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&(#?\w+);/g, (entity, name: string) => ENTITIES[name] ?? entity);
}
