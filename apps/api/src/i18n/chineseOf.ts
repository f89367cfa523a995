/**
 * Chinese for English sentences that modules still give as plain strings: the app's fallbacks
 * (app.ts), the query checks of routes/_lib, the scope checks of access/ and routes/_lib, the
 * routes not converted yet, and the schema messages of @plan/observations. The store and the
 * limiters give `{ zh, en }` themselves and are not here. The problem handler uses it for a
 * plain-string detail or field message asked in Chinese; new messages should be thrown as
 * `{ zh, en }` instead of being added here.
 *
 * Each entry matches one sentence whole (anchored), so a changed English sentence falls back
 * to English rather than to a wrong translation; the bad-request test (problemLanguage.test.ts)
 * notices that.
 */
const SENTENCES: [RegExp, (...parts: string[]) => string][] = [
  // app.ts
  [/^Nothing at (\S+) (\S+)\.$/, (method, path) => `没有 ${method} ${path} 这一接口。`],
  [/^The body is larger than (\d+) bytes\.$/, (bytes) => `请求正文超过 ${bytes} 字节。`],
  [/^The body is not valid JSON\.$/, () => '请求正文不是有效的 JSON。'],
  [/^Request refused\.$/, () => '请求被拒绝。'],
  [
    /^An unexpected error occurred; it has been logged with the request id\.$/,
    () => '发生了意外错误，已连同请求编号（x-request-id）记入日志。',
  ],
  [
    /^The request is not valid; see errors for each field\.$/,
    () => '请求无效，各字段的问题见 errors。',
  ],
  [/^Invalid input\.?$/, () => '输入无效。'],
  [
    /^(\S+) does not take (\S+); it takes (.+)\.$/,
    (path, method, methods) => `${path} 不支持 ${method}，只支持 ${methods}。`,
  ],
  // routes/_lib
  [
    /^Unknown query parameters?: (.+)\.$/,
    (names) => `不认识的查询参数：${names.split(', ').join('、')}。`,
  ],
  [
    /^not a parameter of this route \(it takes (.+)\)$/,
    (names) => `此接口没有这个参数（可用：${names.split(', ').join('、')}）`,
  ],
  [/^this route takes no query parameters$/, () => '此接口不接受查询参数'],
  [
    /^cursor is not one this list gave for these filters and sort; start again without it\.$/,
    () => 'cursor 不是此列表按当前筛选和排序给出的翻页游标，请去掉它从头开始。',
  ],
  [/^unknown or altered cursor$/, () => '未知或被改动的翻页游标'],
  [
    /^No plan "(.+)"; GET \/api\/v1\/plans lists the plans\.$/,
    (id) => `没有编号为“${id}”的规划；规划列表见 GET /api/v1/plans。`,
  ],
  [/^unknown plan "(.+)"$/, (id) => `未知的规划“${id}”`],
  [
    /^The token "(.*)" reports for unit (\S+); indicator (\S+) is not linked to any target unit \S+ leads or cooperates on, so unit \S+ may not write its figures\.$/,
    (name, unit, indicator) =>
      `令牌“${name}”代表责任单位 ${unit} 填报；指标 ${indicator} 未关联到该单位牵头或配合的任何目标，因此该单位不能填报它的数据。`,
  ],
  [
    /^The token "(.*)" is confined to its regions \(scope: regions (.*)\); measure (\S+) is reported on by its units or the city bureau\.$/,
    (name, regions, measure) =>
      `令牌“${name}”只限于其所辖地区（权限范围：${regions}）；举措 ${measure} 由其责任单位或市局填报。`,
  ],
  [
    /^The token "(.*)" reports for unit (\S+); item (\S+) (.*), so unit \S+ may not write on it\.$/,
    (name, unit, item) =>
      `令牌“${name}”代表责任单位 ${unit} 填报；事项 ${item} 不由该单位牵头或配合，因此该单位不能填报。`,
  ],
  // access/
  [
    /^The benchmark region's figures \((.+)\) are written by an admin only\.$/,
    (region) => `对标地区（${region}）的数据只能由管理员录入。`,
  ],
  [
    /^The token "(.*)" may not write region (\S+) \(scope: (.*)\)\.$/,
    (name, region, scope) =>
      `令牌“${name}”不能填报地区 ${region} 的数据（权限范围：${scopeZh(scope)}）。`,
  ],
  [
    /^The token "(.*)" may not write indicator (\S+)(?: \(table (.+)\))? \(scope: (.*)\)\.$/,
    (name, indicator, table, scope) =>
      `令牌“${name}”不能填报指标 ${indicator}${table ? `（表 ${table}）` : ''}的数据（权限范围：${scopeZh(scope ?? '')}）。`,
  ],
  [
    /^The figure is approved and locked: a district token cannot change it; the city returns it first \(POST …\/return\)\.$/,
    () => '该数据已审核通过并锁定，旗区令牌不能修改；须先由市局退回（POST …/return）。',
  ],
  // routes/evidence.ts
  [/^required for a file$/, () => '发送文件时必须给出'],
  // routes not converted yet (assessments, shared with other work)
  [/^No indicator "(.*)" in this plan\.$/, (id) => `本规划中没有编号为“${id}”的指标。`],
  [/^No indicator "(.*)"\.$/, (id) => `没有编号为“${id}”的指标。`],
  [
    /^expected a region under (\S+): (.*)$/,
    (parent, ids) => `应为 ${parent} 下属的地区：${ids.split(', ').join('、')}`,
  ],
  [
    /^The body is larger than the (\d+) bytes \/assess takes\.$/,
    (bytes) => `请求正文超过 /assess 接受的 ${bytes} 字节。`,
  ],
  [
    /^The series has (\d+) points; \/assess takes at most (\d+)\.$/,
    (points, max) => `序列有 ${points} 个点，/assess 最多接受 ${max} 个。`,
  ],
  // @plan/observations field rules and schema messages
  [/^expected (?:a date as )?YYYY-MM-DD$/, () => '应为 YYYY-MM-DD 格式的日期'],
  [/^not a real calendar date$/, () => '不是日历上存在的日期'],
  [/^the source must not be empty$/, () => '来源不能为空'],
  [/^the source is longer than (\d+) characters$/, (max) => `来源超过 ${max} 个字符`],
  [/^control characters are not allowed$/, () => '不允许使用控制字符'],
  [/^(.+) is not a whole year$/, (year) => `${year} 不是整年`],
  [/^(.+) is outside (\d+)–(\d+)$/, (year, from, to) => `${year} 不在 ${from}–${to} 之内`],
  [/^expected a target id such as "(.+)"$/, (example) => `应为目标编号，如“${example}”`],
  [
    /^give either year or date \(YYYY-MM-DD\), exactly one$/,
    () => '年份和日期（YYYY-MM-DD）须给出且只给出其中一个',
  ],
  [
    /^give indicatorId or targetId, not both$/,
    () => '指标（indicatorId）和目标（targetId）只能给出一个',
  ],
  [/^give indicatorId or targetId$/, () => '请给出指标（indicatorId）或目标（targetId）'],
  [
    /^nothing to change: give value, note or source$/,
    () => '没有要修改的内容：请给出数值、备注或来源',
  ],
  [/^expected one of (.+)$/, (values) => `应为以下之一：${values.split(', ').join('、')}`],
  [/^unknown indicator "(.*)"$/, (id) => `未知的指标“${id}”`],
  [/^too large$/, () => '过大'],
];

const ROLES_ZH: Record<string, string> = { viewer: '查看者', editor: '编辑者', admin: '管理员' };
/** A role as officials call it: 查看者 / 编辑者 / 管理员. */
export function roleZh(role: string): string {
  return ROLES_ZH[role] ?? role;
}

/** `regions dongsheng; tables sports` → `地区 dongsheng；表 sports`. */
export function scopeZh(scope: string): string {
  if (scope === 'unrestricted') return '不限';
  const names: Record<string, string> = {
    regions: '地区',
    tables: '表',
    indicators: '指标',
    projects: '项目',
  };
  return scope
    .split('; ')
    .map((part) => {
      const [key = '', ...rest] = part.split(' ');
      const value = rest.join(' ') === '(none)' ? '（无）' : rest.join(' ');
      return `${names[key] ?? key} ${value}`;
    })
    .join('；');
}

// Routes pass the store's sentences on capitalised or with a full stop: matched either way.
const PATTERNS = SENTENCES.map(
  ([pattern, write]) => [new RegExp(pattern.source, 'i'), write] as const,
);

/** The Chinese of a known English sentence (any case, with or without its full stop), or undefined. */
export function chineseOf(english: string): string | undefined {
  const trimmed = english.trim();
  for (const [pattern, write] of PATTERNS) {
    const match = pattern.exec(trimmed) ?? pattern.exec(`${trimmed}.`);
    if (match) return write(...match.slice(1).map((part) => part ?? ''));
  }
  return undefined;
}
