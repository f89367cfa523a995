import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { setRequestLanguage } from '../api/client.js';
import { type Locale, locales, type MessageKey, messages } from './messages.js';

const STORAGE_KEY = 'plan.viewer.locale';

type LocaleContextValue = {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  /** The message for a key, with `{name}` placeholders filled in. */
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
  /** The text of a `{ zh, en }` pair in the current language. */
  pick: (text: { zh: string; en: string } | { zh?: string | undefined; en: string }) => string;
};

const LocaleContext = createContext<LocaleContextValue | undefined>(undefined);

/** The saved choice, else Chinese: officials read Chinese first. */
export function readSavedLocale(storage: Pick<Storage, 'getItem'> | undefined): Locale {
  try {
    const saved = storage?.getItem(STORAGE_KEY);
    return locales.includes(saved as Locale) ? (saved as Locale) : 'zh';
  } catch {
    return 'zh';
  }
}

export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

export function LocaleProvider({ children, initial }: { children: ReactNode; initial?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(
    () => initial ?? readSavedLocale(globalThis.localStorage),
  );
  // Set while rendering, before any page's query starts (children's effects run first).
  setRequestLanguage(locale);
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, next);
    } catch {
      // Private windows may refuse storage; the choice then lasts for the visit.
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  }, [locale]);
  const value = useMemo<LocaleContextValue>(
    () => ({
      locale,
      setLocale,
      t: (key, values) => fill(messages[locale][key], values),
      pick: (text) => (locale === 'zh' ? (text.zh ?? text.en) : text.en),
    }),
    [locale, setLocale],
  );
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleContextValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useLocale must be used inside <LocaleProvider>');
  return value;
}
