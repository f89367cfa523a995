/**
 * The Chinese names of the request fields officials meet most, so a message names the field
 * as a form labels it: `年份（year）`. Other fields are named by their path as given.
 */
const FIELD_NAMES_ZH: Record<string, string> = {
  indicatorId: '指标',
  targetId: '目标',
  region: '地区',
  regions: '地区',
  year: '年份',
  date: '日期',
  value: '数值',
  ratio: '比例',
  parts: '分项',
  source: '来源',
  note: '备注',
  asOf: '评估日期',
  from: '起始日期',
  to: '截止日期',
  name: '名称',
  role: '角色',
  unit: '责任单位',
  units: '责任单位',
  reason: '理由',
  status: '状态',
  limit: '条数',
  cursor: '翻页游标',
  file: '文件',
  format: '格式',
  items: '条目',
  scope: '权限范围',
  text: '正文',
  kind: '类型',
  period: '期间',
  section: '章节',
  approval: '审核状态',
  expectedVersion: '版本号',
  version: '版本号',
  planId: '规划',
  id: '编号',
};

/** `年份（year）` for a known field, else the dotted path as given (`rows.3.value` → `数值（rows.3.value）`). */
export function fieldNameZh(path: string): string {
  const segments = path.split('.').filter((segment) => !/^\d+$/.test(segment));
  const last = segments.at(-1) ?? '';
  const name = FIELD_NAMES_ZH[last];
  if (path === '' || path === '(body)') return '请求正文';
  return name ? `${name}（${path}）` : `字段“${path}”`;
}
