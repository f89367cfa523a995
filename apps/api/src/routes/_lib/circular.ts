import type { SupervisionItem } from './trackingSchemas.js';

/** One row of the circular (通报): a lagging item with its title, owners' names and what was reported. */
export type CircularRow = SupervisionItem & {
  title: string;
  leadName: string | null;
  cooperatingNames: string[];
  lastReport: { period: string; narrative: string; reporter: string } | null;
};

export type Circular = {
  planTitle: string;
  asOf: string;
  rows: readonly CircularRow[];
};

const STATUS_ZH: Record<string, string> = {
  done: '已完成',
  on_track: '按计划推进',
  at_risk: '存在风险',
  overdue: '逾期未完成',
  not_reported: '未报告',
};
const REASON_ZH: Record<string, string> = {
  overdue: '逾期未完成',
  at_risk: '存在风险',
  not_updated: '未按期报送',
};

/** Text for HTML: every character with a meaning in markup replaced by its entity. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/**
 * Text for a Markdown table cell: markup characters escaped (a renderer would otherwise turn a
 * narrative into links, images or raw HTML), pipes escaped, line breaks flattened.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replace(/[\\`*_{}[\]()#+\-.!|~]/g, (char) => `\\${char}`)
    .replace(/\r?\n|\r/g, ' ');
}

const excerpt = (text: string, length = 120) =>
  text.length > length ? `${text.slice(0, length)}…` : text;

const owners = (row: CircularRow) =>
  row.leadName === null && row.cooperatingNames.length === 0
    ? '未指定'
    : `${row.leadName ?? '未指定'}${row.cooperatingNames.length > 0 ? `（配合：${row.cooperatingNames.join('、')}）` : ''}`;

const reported = (row: CircularRow) =>
  row.lastReport
    ? `${row.lastReport.period}：${excerpt(row.lastReport.narrative)}（${row.lastReport.reporter}）`
    : '未报告';

const cells = (row: CircularRow, index: number) => [
  String(index + 1),
  `${row.id} ${row.title}`,
  row.projectNumber === null ? '—' : `专栏${row.projectNumber}`,
  STATUS_ZH[row.status] ?? row.status,
  row.reasons.map((reason) => REASON_ZH[reason] ?? reason).join('、'),
  owners(row),
  row.since ?? '—',
  reported(row),
];

const HEADER = ['序号', '事项', '所属项目', '状态', '列入原因', '责任单位', '滞后起始', '最近报告'];

const summary = (circular: Circular) => {
  const count = (reason: string) =>
    circular.rows.filter((row) => row.reasons.includes(reason as never)).length;
  return `截至${circular.asOf}，共有${circular.rows.length}项任务列入督办：逾期未完成${count('overdue')}项，存在风险${count('at_risk')}项，未按期报送${count('not_updated')}项。`;
};

/** The circular as a standalone HTML page; every user-entered text is escaped. */
export function circularHtml(circular: Circular): string {
  const title = `${circular.planTitle}实施情况督办通报`;
  const rows = circular.rows
    .map(
      (row, index) =>
        `<tr class="${escapeHtml(row.status)}">${cells(row, index)
          .map((cell) => `<td>${escapeHtml(cell)}</td>`)
          .join('')}</tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px;vertical-align:top}tr.overdue td:nth-child(4){color:#cf222e}tr.at_risk td:nth-child(4){color:#9a6700}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(summary(circular))}</p>
<table>
<thead><tr>${HEADER.map((cell) => `<th>${cell}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
</body>
</html>
`;
}

/** The circular as Markdown; every user-entered text is escaped. */
export function circularMarkdown(circular: Circular): string {
  const lines = [
    `# ${escapeMarkdown(`${circular.planTitle}实施情况督办通报`)}`,
    '',
    escapeMarkdown(summary(circular)),
    '',
    `| ${HEADER.join(' | ')} |`,
    `| ${HEADER.map(() => '---').join(' | ')} |`,
    ...circular.rows.map(
      (row, index) => `| ${cells(row, index).map(escapeMarkdown).join(' | ')} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
