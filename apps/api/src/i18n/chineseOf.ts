/**
 * Chinese for English sentences that modules outside the routes still give as plain strings
 * (the store's conflicts, the scope checks, the limiters, the app's fallbacks, schema
 * messages). The problem handler uses it for a plain-string detail or field message asked in
 * Chinese; new messages should be thrown as `{ zh, en }` instead of being added here.
 *
 * Each entry matches one sentence whole (anchored), so a changed English sentence falls back
 * to English rather than to a wrong translation; the bad-request test (badRequests.test.ts)
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
  // rateLimit.ts, auth.ts
  [
    /^More than (\d+) writes a minute from this client; retry in (\d+) s\.$/,
    (limit, seconds) => `此客户端每分钟写入超过 ${limit} 次，请 ${seconds} 秒后重试。`,
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
  // the store's write policy and conflicts
  [
    /^The plan's own figures \(source "plan"\) are the plan text, read from it when the store is made; they cannot be recorded, changed or deleted through the API\.$/,
    () =>
      '规划文本中的数据（来源“plan”，即规划文本）在建库时从规划读入，不能通过接口录入、修改或删除。',
  ],
  [
    /^Moving a figure from (illustrative \(demo\) to official|official to illustrative \(demo\)) is an admin act; a (\w+) token may correct its value or note, or record an official figure under its own source\.$/,
    (move, role) =>
      `把数据${move.startsWith('official') ? '从正式数据改为示例数据' : '从示例数据改为正式数据'}须由管理员操作；${roleZh(role)}令牌可以更正数值或备注，或以自己的来源录入正式数据。`,
  ],
  [
    /^Moving a figure from (illustrative \(demo\) to official|official to illustrative \(demo\)) needs a reason; it is kept in the history\.$/,
    (move) =>
      `把数据${move.startsWith('official') ? '从正式数据改为示例数据' : '从示例数据改为正式数据'}须说明理由，理由会记入历史。`,
  ],
  [
    /^An observation of "(.+)" for (\S+) on (\S+) from source "(.*)" already exists \((\S+)\); correct that one instead\.$/i,
    (indicator, region, date, source, id) =>
      `指标“${indicator}”在 ${region} ${date} 来源“${source}”的数据已存在（${id}），请更正那一条。`,
  ],
  [
    /^"(.+)" for (\S+) on (\S+) from "(.*)" is already recorded with another value; correct it with PATCH\.?$/,
    (indicator, region, date, source) =>
      `指标“${indicator}”在 ${region} ${date} 来源“${source}”已录有另一数值，请用 PATCH 更正。`,
  ],
  [
    /^Idempotency-Key "(.*)" was already used with a different request\.?$/,
    (key) => `幂等键 Idempotency-Key“${key}”已用于另一个不同的请求。`,
  ],
  [
    /^The responsibility of (.+) was changed at the same time; read it again and retry\.?$/i,
    (item) => `${item} 的责任分工同时被他人修改，请重新读取后再试。`,
  ],
  [
    /^Observation (\S+) is (\w+); only a submitted figure can be approved \(a returned one is corrected and resubmitted first\)\.?$/i,
    (id, state) =>
      `数据 ${id} 当前为“${approvalZh(state)}”，只有已报送的数据才能审核通过（被退回的须先更正并重新报送）。`,
  ],
  [
    /^Observation (\S+) is already returned; only a submitted or approved figure can be returned\.?$/i,
    (id) => `数据 ${id} 已被退回；只有已报送或已通过的数据才能退回。`,
  ],
  [
    /^"(.*)" is reserved \(it names the admin token or the system in the history\); choose another name\.?$/,
    (name) => `“${name}”是保留名称（指管理员令牌或历史记录中的系统），请另取名称。`,
  ],
  [
    /^a token named "(.*)" already exists \((\S+)\); token names are unique, regardless of case\.?$/i,
    (name, id) => `已有名为“${name}”的令牌（${id}）；令牌名称不分大小写且不能重复。`,
  ],
  [/^a unit with id "(.*)" already exists\.?$/i, (id) => `编号为“${id}”的单位已存在。`],
  [
    /^a unit named "(.*)" already exists \(id "(.*)"\)\.?$/i,
    (name, id) => `名为“${name}”的单位已存在（编号“${id}”）。`,
  ],
  [/^no measure report "(.*)" in this plan\.?$/i, (id) => `本规划中没有编号为“${id}”的举措报告。`],
  [
    /^item "(.*)" is assigned more than once in one list\.?$/i,
    (id) => `事项“${id}”在同一份清单中被分配了不止一次。`,
  ],
  [
    /^evidence file of (\d+) bytes is larger than the (\d+) bytes kept\.?$/i,
    (size, limit) => `佐证文件为 ${size} 字节，超过可保存的 ${limit} 字节。`,
  ],
  [/^a plan with the id "(.*)" already exists\.?$/i, (id) => `编号为“${id}”的规划已存在。`],
  // the responsibility list's rows (@plan/store readResponsibilityRows)
  [/^the file is empty: expected a header row$/, () => '文件是空的：第一行应为表头'],
  [/^the file has a header but no rows$/, () => '文件只有表头，没有数据行'],
  [
    /^unknown column "(.*)": expected itemId \(事项编号\), lead \(牵头单位\), cooperating \(配合单位\), reason \(原因\)$/,
    (name) => `不认识的列“${name}”：列名应为 事项编号、牵头单位、配合单位、原因`,
  ],
  [/^this column is required$/, () => '缺少此列'],
  [/^no item id$/, () => '没有填写事项编号'],
  [
    /^"(.*)" is not a measure or target of the plan \(e\.g\. P08-M2, T-P08-M2-1\)$/,
    (id) => `“${id}”不是本规划的举措或目标（编号如 P08-M2、T-P08-M2-1）`,
  ],
  [
    /^(\S+) is assigned again \(first in row (\d+)\)$/,
    (id, row) => `${id} 重复分配（首次出现在第 ${row} 行）`,
  ],
  [
    /^unknown unit "(.*)": add it first \((.*)\), by id or 中文名$/,
    (unit, hint) => `未知的单位“${unit}”：请先添加该单位（${hint}），可填编号或中文名`,
  ],
  [
    /^unit "(.*)" is the lead unit; it cannot also be a cooperating unit$/,
    (unit) => `单位“${unit}”是牵头单位，不能同时作为配合单位`,
  ],
  [
    /^(\S+) is the lead unit; it cannot also be a cooperating unit$/,
    (unit) => `${unit} 是牵头单位，不能同时作为配合单位`,
  ],
  [/^a cooperating unit is named twice$/, () => '同一配合单位填写了两次'],
  [
    /^no unit "(.*)": add it first \(POST \/api\/v1\/units\)$/,
    (unit) => `没有单位“${unit}”：请先添加（POST /api/v1/units）`,
  ],
  [/^no plan has a region "(.*)"$/, (region) => `没有任何规划有地区“${region}”`],
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
const APPROVALS_ZH: Record<string, string> = {
  submitted: '已报送',
  approved: '已通过',
  returned: '已退回',
};

/** A role as officials call it: 查看者 / 编辑者 / 管理员. */
export function roleZh(role: string): string {
  return ROLES_ZH[role] ?? role;
}

function approvalZh(state: string): string {
  return APPROVALS_ZH[state] ?? state;
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
