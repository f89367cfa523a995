import type { z } from 'zod';
import { chineseOf } from './chineseOf.js';
import { fieldNameZh } from './fieldName.js';
import type { Bilingual } from './requestLanguage.js';

type Issue = z.core.$ZodIssue;

const TYPE_NAMES_ZH: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: '布尔值（true 或 false）',
  object: '对象',
  array: '列表',
  date: '日期',
  bigint: '整数',
  null: 'null',
};

/** How a size limit is counted for each kind of value. */
const SIZE_OF: Record<string, (bound: string) => string> = {
  string: (bound) => `${bound}个字符`,
  array: (bound) => `${bound}项`,
  set: (bound) => `${bound}项`,
  file: (bound) => `${bound}字节`,
};

/**
 * A zod issue in both languages: English as zod (or the schema) words it, Chinese naming the
 * field (fieldNameZh) and what is wrong. The codes are those the API's schemas produce:
 * missing or mistyped fields, sizes, formats (YYYY-MM-DD, patterns), enums, unknown keys,
 * unions. A schema's own message comes in Chinese as the issue's `params.zh` (a refinement of
 * @plan/store gives it so), else when it is a known sentence (chineseOf).
 */
export function zodIssueText(issue: Issue): Bilingual {
  try {
    return { zh: zodIssueZh(issue), en: issue.message };
  } catch {
    // An issue of a shape this zod version did not document must not turn a 400 into a 500.
    return { zh: '请求中有不符合要求的字段', en: issue.message };
  }
}

function zodIssueZh(issue: Issue): string {
  const field = fieldNameZh(issue.path.map(String).join('.'));
  const given = issue.code === 'custom' ? issue.params?.zh : undefined;
  if (typeof given === 'string') return `${field}：${given}`;
  const known = chineseOf(issue.message);
  switch (issue.code) {
    case 'invalid_type': {
      if (/received undefined$/.test(issue.message)) return `缺少${field}`;
      const expected = TYPE_NAMES_ZH[issue.expected] ?? issue.expected;
      return `${field}应为${expected}`;
    }
    case 'too_small': {
      const bound = String(issue.minimum);
      const size = SIZE_OF[issue.origin];
      if (size) {
        return issue.minimum === 1 && issue.origin === 'string'
          ? `${field}不能为空`
          : `${field}至少应有${size(bound)}`;
      }
      return `${field}应${issue.inclusive ? '不小于' : '大于'} ${bound}`;
    }
    case 'too_big': {
      const bound = String(issue.maximum);
      const size = SIZE_OF[issue.origin];
      if (size) return `${field}最多只能有${size(bound)}`;
      return `${field}应${issue.inclusive ? '不大于' : '小于'} ${bound}`;
    }
    case 'invalid_format':
      if (known) return `${field}：${known}`;
      if (issue.format === 'regex') return `${field}的格式不对（应符合 ${issue.pattern ?? ''}）`;
      return `${field}的格式不对（应为 ${issue.format}）`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `${field}应为 ${JSON.stringify(issue.values[0])}`
        : `${field}应为以下之一：${issue.values.map((value) => String(value)).join('、')}`;
    case 'unrecognized_keys':
      return `${field === '请求正文' ? '请求正文' : field}中有不认识的字段：${issue.keys.join('、')}`;
    case 'not_multiple_of':
      return `${field}应为 ${String(issue.divisor)} 的倍数`;
    case 'invalid_union':
      // A value of several shapes (a number, { ratio }, { parts }) left out: every branch misses it.
      return (issue.errors ?? []).length > 0 &&
        issue.errors.every((branch) =>
          branch.some(
            (inner) =>
              inner.path.length === 0 &&
              inner.code === 'invalid_type' &&
              /received undefined$/.test(inner.message),
          ),
        )
        ? `缺少${field}`
        : `${field}的形式不对`;
    case 'invalid_key':
    case 'invalid_element':
      return `${field}中有无效的项`;
    default:
      return known ? `${field}：${known}` : `${field}不符合要求`;
  }
}
