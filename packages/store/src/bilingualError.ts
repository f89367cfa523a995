import type { LocalizedText } from '@plan/indicators';

/**
 * An error a person reads (a conflict, a record not found, a limit): its text in both
 * languages, so the API answers it in the reader's language without translating it after the
 * fact. `message` is the English.
 *
 * @example
 *   throw new BilingualError({ zh: '没有这份举措报告', en: 'no such measure report' });
 */
export class BilingualError extends Error {
  constructor(
    /** The text in Chinese and English; `message` is `messages.en`. */
    readonly messages: LocalizedText,
  ) {
    super(messages.en);
  }
}
