import { useCallback } from 'react';
import { fill, useLocale } from '../i18n/LocaleProvider.js';

/**
 * A page's own words, as a table in each language: the Chinese gives the keys, the English has
 * every one. They live with the page (its chunk), not in the shared dictionary, so the first
 * load of the viewer does not carry them. Returns the page's hook: a function giving a word in
 * the reader's language, with its `{name}` placeholders filled in.
 *
 * @example
 *   const zh = { saved: '已保存（第{version}版）。' };
 *   const en: Record<keyof typeof zh, string> = { saved: 'Saved (version {version}).' };
 *   export const useNarrativeWords = pageWords(zh, en);
 *   // in the page: const word = useNarrativeWords(); word('saved', { version: 2 })
 */
export function pageWords<Key extends string>(
  zh: Readonly<Record<Key, string>>,
  en: Readonly<Record<NoInfer<Key>, string>>,
) {
  const words = { zh, en } as const;
  return function usePageWords() {
    const { locale } = useLocale();
    return useCallback(
      (key: Key, values?: Record<string, string | number>) => fill(words[locale][key], values),
      [locale],
    );
  };
}
