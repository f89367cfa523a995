// The zh scan: finds English left in a Chinese text (a viewer page, a report). Plain
// JavaScript so Node 20 loads it without a TypeScript loader; types in latinSentences.d.ts.
//
// A Chinese text may hold Latin letters in codes (T-P06-M2-1, statistics-bureau, UTF-8,
// secondary=59), abbreviations in capitals (CSV, SDG, GB/T), units (pp, km, Mbps) and proper
// names (Excel, Open SDG, plan); what it must not hold is a sentence in English. A run of text
// between Chinese characters (or line breaks) is flagged when it keeps two or more English
// words once those are set aside: one stray word is more often a name than a sentence.

/** Han characters, kana, CJK and full-width punctuation, Chinese quotes, dashes and dots: where a run ends. */
const CJK =
  '[\\u2e80-\\u2fff\\u3000-\\u303f\\u3040-\\u30ff\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u2018-\\u201d\\u2014\\u2026\\u00b7]+';
/** A line break ends a run too: table cells and paragraphs are separate lines. */
const RUN_END = new RegExp(`${CJK}|\\n+`, 'u');

/** Proper names of more than one word that stay in Latin, taken out of a run before its words are counted. */
const NAME_PHRASES = ['Open SDG', 'Sustainable Development Report'];

/**
 * Proper names (of products, formats, methods, places and languages) a Chinese text keeps in
 * Latin, lower-cased. Add a name only when it is one: a plain English word is what the scan catches.
 */
const NAMES = new Set([
  'chromium',
  'docx',
  'echarts',
  'english',
  'excel',
  'github',
  'html',
  'libreoffice',
  'lighthouse',
  'markdown',
  'ordos',
  'pdf',
  'plan',
  'sdg',
  'sdsn',
  'sen',
  'theil',
  'unsd',
  'windows',
  'word',
  'wps',
  'xlsx',
]);

/** Units and unit-like words a Chinese text writes in Latin letters, lower-cased. */
const UNITS = new Set(['pp', 'km', 'm', 'mbps', 'kb', 'mb', 'gb', 'kg', 'ha', 'x']);

/**
 * Whether a token is a code, not a word: it has a digit, an `=`, an inner hyphen, underscore,
 * dot, slash, colon, @ or # (T-P06-M2-1, indicator_id, UTF-8, text/csv, secondary=59), or is
 * written in capitals (CSV, XLSX, GB, A).
 */
function isCode(token) {
  return (
    /\d/.test(token) ||
    token.includes('=') ||
    /[A-Za-z][-_./:@#][A-Za-z0-9]/.test(token) ||
    /^[A-Z]+s?$/.test(token)
  );
}

/** The English words of a run: tokens of two or more letters that are neither codes, units nor names. */
function englishWords(run) {
  let rest = run;
  for (const phrase of NAME_PHRASES) rest = rest.split(phrase).join(' ');
  const words = [];
  for (const token of rest.split(/[\s,;!?()[\]{}"'“”‘’<>+×÷·•|*†‡§~`^$&]+/)) {
    const bare = token.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
    if (!/^[A-Za-z][A-Za-z'’]+$/.test(bare) || isCode(bare)) continue;
    const lower = bare.toLowerCase();
    if (!UNITS.has(lower) && !NAMES.has(lower)) words.push(bare);
  }
  return words;
}

/**
 * The runs of a text that read as English sentences: between Chinese characters and line
 * breaks, with `minWords` (2) or more English words. Each with the text around it.
 */
export function latinSentences(text, { minWords = 2 } = {}) {
  const found = [];
  let offset = 0;
  for (const run of text.split(RUN_END)) {
    const at = text.indexOf(run, offset);
    offset = at + run.length;
    const trimmed = run.trim();
    if (trimmed === '' || englishWords(trimmed).length < minWords) continue;
    found.push({
      text: trimmed,
      context: text.slice(Math.max(0, at - 20), Math.min(text.length, at + run.length + 20)),
    });
  }
  return found;
}
