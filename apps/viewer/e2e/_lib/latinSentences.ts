/**
 * Finds English left on a Chinese page (issue 16 point 1): runs of text between Chinese
 * characters that still hold a sentence's worth of Latin words once codes, units and proper
 * names are set aside. Pure, so it is tested on its own (latinSentences.test.ts); the
 * end-to-end scan hands it the text a reader sees and the labels a screen reader reads.
 */

/** Han characters, CJK punctuation and full-width forms: where a Chinese text breaks into runs. */
const CJK = /[\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+/u;

/** Units and unit-like words a Chinese page writes in Latin letters. */
const UNITS = new Set(['pp', 'km', 'm', 'mbps', 'kb', 'mb', 'gb', 'kg', 'ha', 'x']);

/**
 * Proper names (of products, formats, methods and languages) a Chinese page keeps in Latin,
 * lower-cased. Add a name only when it is one: a plain English word is what the scan catches.
 */
const NAMES = new Set([
  'english',
  'excel',
  'windows',
  'word',
  'wps',
  'open',
  'sdg',
  'sdsn',
  'unsd',
  'echarts',
  'ordos',
  'lighthouse',
  'chromium',
  'libreoffice',
  'github',
  'theil',
  'sen',
]);

/** A Latin word of a run: letters, with inner apostrophes or hyphens. */
const WORD = /[A-Za-z][A-Za-z'’]*/g;

/**
 * Whether a token is a code, not a word: it has a digit, an inner hyphen, underscore, dot or
 * slash (T-P06-M2-1, indicator_id, preschool-enrolment-rate, UTF-8, text/csv), an `=`
 * (secondary=59), or is written in
 * capitals (CSV, XLSX, GBK, API).
 */
function isCode(token: string): boolean {
  return (
    /\d/.test(token) ||
    token.includes('=') ||
    /[A-Za-z][-_./][A-Za-z0-9]/.test(token) ||
    /^[A-Z]{2,}s?$/.test(token)
  );
}

/** The Latin words of a run that are neither codes, units nor proper names. */
export function plainWords(run: string): string[] {
  const words: string[] = [];
  // Tokens split at spaces and the punctuation around words; a code keeps its inner marks.
  for (const token of run.split(/[\s,;:!?()[\]{}"“”'‘’<>+×·•|]+/)) {
    const bare = token.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
    if (bare === '' || isCode(bare)) continue;
    for (const word of bare.match(WORD) ?? []) {
      const lower = word.toLowerCase();
      if (UNITS.has(lower) || NAMES.has(lower)) continue;
      words.push(word);
    }
  }
  return words;
}

/**
 * The Latin-only sentences of a text: each run between Chinese characters (and line breaks)
 * that keeps two or more plain words — one stray word is more often a name than a sentence.
 */
export function latinSentences(text: string, minWords = 2): string[] {
  const found: string[] = [];
  for (const line of text.split(/\n+/)) {
    for (const run of line.split(CJK)) {
      const trimmed = run.trim();
      if (trimmed === '') continue;
      if (plainWords(trimmed).length >= minWords) found.push(trimmed);
    }
  }
  return found;
}
