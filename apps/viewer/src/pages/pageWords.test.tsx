import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { LocaleProvider, useLocale } from '../i18n/LocaleProvider.js';
import { pageWords } from './pageWords.js';

const zh = { saved: '已保存（第{version}版）。', draft: '草稿' };
const en: Record<keyof typeof zh, string> = { saved: 'Saved (version {version}).', draft: 'Draft' };
const useWords = pageWords(zh, en);

const render = (initial: 'zh' | 'en') =>
  renderHook(() => ({ word: useWords(), locale: useLocale() }), {
    wrapper: ({ children }: { children: ReactNode }) => (
      <LocaleProvider initial={initial}>{children}</LocaleProvider>
    ),
  });

describe('pageWords', () => {
  it('gives a page’s word in the reader’s language, placeholders filled in', () => {
    const { result } = render('zh');
    expect(result.current.word('draft')).toBe('草稿');
    expect(result.current.word('saved', { version: 3 })).toBe('已保存（第3版）。');
    expect(render('en').result.current.word('saved', { version: 3 })).toBe('Saved (version 3).');
  });

  it('follows a change of language, and keeps one function while the language stays', () => {
    const { result, rerender } = render('zh');
    const first = result.current.word;
    rerender();
    expect(result.current.word).toBe(first);
    act(() => result.current.locale.setLocale('en'));
    expect(result.current.word('draft')).toBe('Draft');
  });

  it('leaves a placeholder without a value as it is', () => {
    expect(render('en').result.current.word('saved')).toBe('Saved (version {version}).');
  });
});
