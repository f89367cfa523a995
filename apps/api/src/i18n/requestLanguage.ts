import type { Context } from 'hono';

/** The languages the API answers in. */
export type Language = 'zh' | 'en';

/** Text in both languages, as domain packages give it (`{ zh, en }`). */
export type Bilingual = { zh: string; en: string };

/**
 * The language of an answer: `?lang=zh|en` wins; else the client's Accept-Language, by its
 * q-values (`zh*` → zh, `en*` → en, the first of them with the highest weight; `*` counts as
 * zh); else zh, the officials' language — also when the header names neither (`fr`).
 *
 * A request with no Accept-Language at all is answered in English: scripts, curl and the
 * CLI send none and read English messages (and hundreds of tests assert them), while every
 * browser sends the header, so officials get Chinese (see /work/coord/16-i18n-notes.md).
 *
 * @example
 *   requestLanguage(c); // 'zh' for `Accept-Language: zh-CN,zh;q=0.9,en;q=0.8`
 */
export function requestLanguage(c: Context): Language {
  const asked = c.req.query('lang')?.trim().toLowerCase();
  if (asked === 'zh' || asked?.startsWith('zh-')) return 'zh';
  if (asked === 'en' || asked?.startsWith('en-')) return 'en';
  const header = c.req.header('accept-language');
  if (header === undefined || header.trim() === '') return 'en';
  return languageOfHeader(header);
}

/** The language an Accept-Language header prefers (RFC 9110 §12.5.4): zh when it names neither. */
export function languageOfHeader(header: string): Language {
  let best: { language: Language; weight: number } | undefined;
  for (const part of header.split(',')) {
    const [range = '', ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const language = range === '*' || range === 'zh' || range.startsWith('zh-') ? 'zh' : undefined;
    const chosen =
      language ?? (range === 'en' || range.startsWith('en-') ? ('en' as const) : undefined);
    if (!chosen) continue;
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (!Number.isFinite(weight) || weight <= 0 || weight > 1) continue;
    // The first range of the highest weight wins: `en, zh` is en.
    if (!best || weight > best.weight) best = { language: chosen, weight };
  }
  return best?.language ?? 'zh';
}

/** The text in the request's language. */
export function localized(c: Context, text: Bilingual): string {
  return text[requestLanguage(c)];
}
