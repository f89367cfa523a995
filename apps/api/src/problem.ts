import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { chineseOf } from './i18n/chineseOf.js';
import { type Bilingual, type Language, requestLanguage } from './i18n/requestLanguage.js';
import { zodIssueText } from './i18n/zodIssueText.js';

/** One offending field of a request: where it is and what is wrong with it. */
export const FieldError = z
  .object({
    path: z.string().describe('Dotted path of the field, e.g. "value" or "rows.3.date"'),
    message: z.string(),
    code: z
      .string()
      .optional()
      .describe(
        'For a value that does not fit its indicator, the rule it breaks (checkValue of @plan/observations): negative, percent, integer, ratio-sum, ratio-parts, one-part, unknown-part, shape, unknown-indicator, unknown-region',
      ),
  })
  .meta({ id: 'FieldError' });
export type FieldError = z.infer<typeof FieldError>;

/** An error response, RFC 9457 problem details (application/problem+json). */
export const Problem = z
  .object({
    type: z
      .string()
      .describe('A URI naming the kind of problem; about:blank when the status says it all'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z.array(FieldError).optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof Problem>;

const TITLES: Record<number, Bilingual> = {
  400: { zh: '请求无效', en: 'Bad Request' },
  401: { zh: '未通过身份验证', en: 'Unauthorized' },
  403: { zh: '无权进行此操作', en: 'Forbidden' },
  404: { zh: '未找到', en: 'Not Found' },
  405: { zh: '不支持该请求方法', en: 'Method Not Allowed' },
  406: { zh: '无法提供所要求的格式', en: 'Not Acceptable' },
  409: { zh: '冲突', en: 'Conflict' },
  412: { zh: '前提条件不成立', en: 'Precondition Failed' },
  413: { zh: '内容过大', en: 'Content Too Large' },
  415: { zh: '不支持的内容类型', en: 'Unsupported Media Type' },
  422: { zh: '内容无法处理', en: 'Unprocessable Content' },
  428: { zh: '缺少前提条件', en: 'Precondition Required' },
  429: { zh: '请求过于频繁', en: 'Too Many Requests' },
  500: { zh: '服务器内部错误', en: 'Internal Server Error' },
  501: { zh: '尚未实现', en: 'Not Implemented' },
  503: { zh: '服务暂时不可用', en: 'Service Unavailable' },
};

/**
 * A message in both languages, or a plain string: English, which the problem handler puts
 * into Chinese when it knows the sentence (chineseOf) — for messages of modules that do
 * not give both yet.
 */
export type ProblemText = string | Bilingual;

/**
 * A field error as handlers give it: its message may come in both languages, as `{ zh, en }`
 * or as an English `message` with a `messageZh` beside it (the problems of @plan/observations
 * are passed on as they are).
 */
export type FieldErrorInput = Omit<FieldError, 'message'> & {
  message: ProblemText;
  messageZh?: string;
};

/** A field error's message in `language`. */
function fieldMessageIn(error: FieldErrorInput, language: Language): string {
  if (language === 'zh' && error.messageZh !== undefined && typeof error.message === 'string')
    return error.messageZh;
  return textIn(error.message, language);
}

/** The text in `language`: a plain (English) string is put into Chinese when it is a known sentence. */
export function textIn(text: ProblemText, language: Language): string {
  if (typeof text !== 'string') return text[language];
  return language === 'en' ? text : (chineseOf(text) ?? text);
}

/** The English of a text (a plain string is English). */
function englishOf(text: ProblemText): string {
  return typeof text === 'string' ? text : text.en;
}

/** An error a handler throws to answer with a problem document. */
export class ProblemError extends Error {
  readonly status: ContentfulStatusCode;
  readonly errors: FieldErrorInput[] | undefined;
  readonly problemType: string;
  readonly headers: Record<string, string>;
  /** The detail as thrown: `message` is its English. */
  readonly detail: ProblemText;
  constructor(
    status: ContentfulStatusCode,
    detail: ProblemText,
    options: { errors?: FieldErrorInput[]; type?: string; headers?: Record<string, string> } = {},
  ) {
    super(englishOf(detail));
    this.detail = detail;
    this.status = status;
    this.errors = options.errors;
    this.problemType = options.type ?? 'about:blank';
    this.headers = options.headers ?? {};
  }
}

/** Most field errors a problem lists: an answer stays small however bad the input (the detail gives the count). */
export const MAX_PROBLEM_ERRORS = 100;

/** The problem document in `language` (English unless said). */
export function problemBody(
  status: number,
  detail: ProblemText,
  instance: string,
  extra: { errors?: FieldErrorInput[] | undefined; type?: string; language?: Language } = {},
): Problem {
  const language = extra.language ?? 'en';
  const errors = extra.errors ?? [];
  const listed = errors.slice(0, MAX_PROBLEM_ERRORS);
  const text = textIn(detail, language);
  const more =
    language === 'zh'
      ? `${text}（errors 只列出 ${errors.length} 个问题中的前 ${listed.length} 个）`
      : `${text} (errors lists the first ${listed.length} of ${errors.length} problems)`;
  return {
    type: extra.type ?? 'about:blank',
    title: TITLES[status]?.[language] ?? (language === 'zh' ? '错误' : 'Error'),
    status,
    detail: errors.length > listed.length ? more : text,
    instance,
    ...(listed.length > 0
      ? {
          errors: listed.map((error) => ({
            path: error.path,
            message: fieldMessageIn(error, language),
            ...(error.code === undefined ? {} : { code: error.code }),
          })),
        }
      : {}),
  };
}

/**
 * A problem+json response in the request's language (requestLanguage: ?lang=, else
 * Accept-Language), with Content-Language saying which.
 */
export function problemResponse(
  c: Context,
  status: ContentfulStatusCode,
  detail: ProblemText,
  extra: {
    errors?: FieldErrorInput[] | undefined;
    type?: string;
    headers?: Record<string, string>;
  } = {},
): Response {
  const language = requestLanguage(c);
  const body = problemBody(status, detail, new URL(c.req.url).pathname, { ...extra, language });
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': 'application/problem+json; charset=utf-8',
      'content-language': language === 'zh' ? 'zh-CN' : 'en',
      vary: 'Accept-Language',
      ...(extra.headers ?? {}),
    },
  });
}

/** Turns zod issues into field errors with dotted paths, each message in both languages. */
export function fieldErrorsFrom(
  error: z.ZodError,
  prefix: (string | number)[] = [],
): FieldErrorInput[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path].map(String).join('.') || '(body)',
    message: zodIssueText(issue),
  }));
}
