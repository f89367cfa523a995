import { EXAMPLE_MARK, PLAN_FIELDS, ROW_SHEETS } from '../planSheets.js';

/** The notes sheet's rows: what the workbook is, the rules every sheet follows, then each sheet. */
export function notesRows(): [string, string, string][] {
  return [
    ['表 sheet', '说明', 'Notes'],
    [
      '',
      '本工作簿是一份规划文件（plan-file/1）的表格形式：每类数据一张表。用“plan validate 文件.xlsx”检查，所有问题一次列出，并注明表、行、列。',
      'This workbook is a plan file (plan-file/1) as sheets, one per kind of data. Check it with "plan validate file.xlsx": every problem is listed at once with its sheet, row and column.',
    ],
    [
      '',
      '第1行是表头，每个表头由中文名称和字段键组成（如“指标名称（中文） name.zh”）；读取时按字段键识别列，列的顺序可以调整，但不要修改字段键。',
      'Row 1 is the header: a Chinese label and the field key ("指标名称（中文） name.zh"). Columns are recognised by the key, so they may be moved, but keep the keys as they are.',
    ],
    [
      '',
      `A列“${EXAMPLE_MARK} example”填有“${EXAMPLE_MARK}”的行是示例，读取时跳过，不计入数据；填写自己的数据时，A列留空。`,
      `A row with "${EXAMPLE_MARK}" in column A (${EXAMPLE_MARK} example) is an example: it is skipped and never counted as data. Leave column A empty in your own rows.`,
    ],
    [
      '',
      '空白单元格表示该字段未填写（可选字段）。指标表中的数值列照原表印刷文字填写，空白表示原表此处空白。',
      'An empty cell leaves the field out (for optional fields). In the indicator values an empty cell is a cell the table prints empty.',
    ],
    [
      '',
      '文字一律照规划原文逐字填写；英文为译文。中英文成对的字段分两列（中文、英文）。',
      'Text is verbatim from the plan; English is a translation. Text in both languages takes two columns (zh, en).',
    ],
    [
      '',
      '只有无法用列表达的内容才使用JSON：各表最后一列“其他 extra”以JSON对象保存没有对应列的字段（一般为空）；分项指标的单元格若不便拆到“分项 Parts”表，可写作JSON对象，如 {"secondary":"中职58","higher":"高职40"}。',
      'JSON is used only where columns cannot hold the data: the last column of each sheet, "其他 extra", holds as a JSON object any field no column has (usually empty); a split value that cannot go to the Parts sheet may be written as a JSON object, e.g. {"secondary":"中职58","higher":"高职40"}.',
    ],
    [
      '',
      '下拉列表（数据验证）给出可选的值：单位类型、方向、比较符、地区编号、表编号、指标编号等。',
      'Drop-down lists (data validation) give the allowed values: unit kinds, directions, comparators, region, table and indicator ids.',
    ],
    ...[PLAN_FIELDS, ...ROW_SHEETS].map(
      (spec) => [spec.name, spec.about.zh, spec.about.en] as [string, string, string],
    ),
  ];
}
