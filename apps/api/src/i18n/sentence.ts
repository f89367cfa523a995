import type { Bilingual } from './requestLanguage.js';

/**
 * A clause given in both languages (as the store's errors give theirs: `messages`), ended as a
 * sentence for a problem's detail: a full stop in English, 。 in Chinese.
 *
 * @example
 *   sentence({ zh: '编号为“x”的单位已存在', en: 'a unit with id "x" already exists' });
 *   // { zh: '编号为“x”的单位已存在。', en: 'a unit with id "x" already exists.' }
 */
export function sentence(text: Bilingual): Bilingual {
  return { zh: `${text.zh}。`, en: `${text.en}.` };
}
