import { ResponsibilityInput } from '@plan/store';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { zodIssueText } from './zodIssueText.js';

const zhOf = (schema: z.ZodType, input: unknown) =>
  (schema.safeParse(input).error?.issues ?? []).map((issue) => zodIssueText(issue).zh);

describe('zodIssueText', () => {
  it('keeps zod’s English and names the field in Chinese', () => {
    const [issue] = z.object({ year: z.number() }).safeParse({ year: 'x' }).error?.issues ?? [];
    expect(issue && zodIssueText(issue)).toEqual({
      zh: '年份（year）应为数字',
      en: 'Invalid input: expected number, received string',
    });
  });
  it('says a missing field is missing', () => {
    expect(zhOf(z.object({ source: z.string() }), {})).toEqual(['缺少来源（source）']);
  });
  it('says sizes in characters, items or as bounds', () => {
    expect(zhOf(z.object({ name: z.string().min(1) }), { name: '' })).toEqual([
      '名称（name）不能为空',
    ]);
    expect(zhOf(z.object({ note: z.string().max(3) }), { note: 'abcd' })).toEqual([
      '备注（note）最多只能有3个字符',
    ]);
    expect(zhOf(z.object({ items: z.array(z.number()).max(1) }), { items: [1, 2] })).toEqual([
      '条目（items）最多只能有1项',
    ]);
    expect(zhOf(z.object({ limit: z.number().min(1) }), { limit: 0 })).toEqual([
      '条数（limit）应不小于 1',
    ]);
  });
  it('lists the allowed values and the unknown keys', () => {
    expect(zhOf(z.object({ role: z.enum(['viewer', 'editor']) }), { role: 'boss' })).toEqual([
      '角色（role）应为以下之一：viewer、editor',
    ]);
    expect(zhOf(z.object({}).strict(), { colour: 'red' })).toEqual([
      '请求正文中有不认识的字段：colour',
    ]);
  });
  it('puts a schema’s own known sentence into Chinese, and names other fields by their path', () => {
    const day = z.object({ asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD') });
    expect(zhOf(day, { asOf: '2023/1/1' })).toEqual([
      '评估日期（asOf）：应为 YYYY-MM-DD 格式的日期',
    ]);
    expect(zhOf(z.object({ widget: z.boolean() }), { widget: 1 })).toEqual([
      '字段“widget”应为布尔值（true 或 false）',
    ]);
  });
  it('takes a refinement’s own Chinese from its params.zh, as @plan/store’s schemas give it', () => {
    const assignment = ResponsibilityInput.safeParse({ lead: 'finance', cooperating: ['finance'] });
    expect(assignment.error?.issues.map((issue) => zodIssueText(issue))).toEqual([
      {
        zh: '字段“cooperating”：单位“finance”是牵头单位，不能同时作为配合单位',
        en: 'unit "finance" is the lead unit; it cannot also be a cooperating unit',
      },
    ]);
  });
});
