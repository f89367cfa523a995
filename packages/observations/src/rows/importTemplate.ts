import type { Indicator, Region } from '@plan/indicators';
import type { PlanLike } from '../checkObservation.js';
import { encodeGb18030 } from './_lib/encodeGb18030.js';
import { idOfName, type NameTarget } from './_lib/importNames.js';
import { IMPORT_COLUMNS, IMPORT_COLUMNS_ZH } from './readObservationRows.js';
import { toCsv } from './spreadsheetCells.js';

/** The forms of an import template: a workbook, or CSV in UTF-8 (with a BOM) or GB18030. */
export type ImportTemplateFormat = 'xlsx' | 'csv-utf8' | 'csv-gb18030';

export type ImportTemplateOptions = {
  format: ImportTemplateFormat;
  /** Prefill a row per indicator judged in this region (an id or a name: dongsheng, 东胜区). */
  region?: string | undefined;
  /** Prefill a row per target of these ids (in `region`, else the plan's subject region). */
  targets?: readonly string[] | undefined;
};

/** An import template, ready to send as a download. */
export type ImportTemplate = {
  bytes: Uint8Array;
  /** An ASCII file name (`observations-template-dongsheng.xlsx`), safe in any header. */
  filename: string;
  /** The Chinese file name (`数据导入模板（东胜区）.xlsx`), for Content-Disposition's `filename*`. */
  displayName: string;
  mediaType: string;
  /** Rows prefilled below the header. */
  rows: number;
};

/** The template's headers: the import's columns in order, in Chinese (read back by readObservationRows). */
const HEADERS = IMPORT_COLUMNS.map((column) => IMPORT_COLUMNS_ZH[column]);

const MEDIA_TYPES: Record<ImportTemplateFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'csv-utf8': 'text/csv; charset=utf-8',
  'csv-gb18030': 'text/csv; charset=gb18030',
};

/** Rows of the data sheet that carry the drop-down lists, beyond the prefilled ones. */
const SPARE_ROWS = 1000;
const DATA_SHEET = '数据';
const NOTES_SHEET = '说明';
const LISTS_SHEET = '列表';

type TemplatePlan = PlanLike & { targets?: readonly NameTarget[] | undefined };

/**
 * Builds a template officials fill in and import (POST /api/v1/observations/import, `plan
 * import`): the import's columns under their Chinese headers (指标名称, 目标编号, 地区, 年份,
 * 日期, 数值, 来源, 备注), optionally prefilled with a row per indicator judged in one
 * district (`region`) or per target (`targets`), value and year left for them to fill
 * (rows left unfilled are skipped on import).
 *
 * - `xlsx`: the sheet 数据 first (the one an import reads), with drop-down lists of the
 *   plan's indicator names, target ids and region names (kept on the sheet 列表, with ids
 *   and units), a whole-number check on 年份, and the sheet 说明 of instructions in Chinese
 *   and English.
 * - `csv-utf8`: UTF-8 with a byte-order mark (Excel's "CSV UTF-8"), CRLF.
 * - `csv-gb18030`: GB18030 (GBK's characters as GBK writes them), for Excel's
 *   "CSV (逗号分隔)" on Chinese Windows.
 *
 * An indicator is named as the plan prints it (name.zh) unless two share the name (在校生规模):
 * those are given by id, which the lists and the import read too. Targets listed are those
 * with figures of their own (not linked to an indicator).
 *
 * @throws RangeError naming an unknown `region` or target id
 * @example
 *   const template = await importTemplate({ ...ordosPlan, targets: ordosTargets },
 *     { format: 'xlsx', region: 'dongsheng' });
 *   // { filename: 'observations-template-dongsheng.xlsx', displayName: '数据导入模板（东胜区）.xlsx', … }
 */
export async function importTemplate(
  plan: TemplatePlan,
  options: ImportTemplateOptions,
): Promise<ImportTemplate> {
  const lists = listsOf(plan);
  const region = options.region === undefined ? undefined : regionOf(plan, options.region);
  const rows = prefilledRows(plan, lists, region, options.targets);
  const stem = region ? `-${region.id}` : options.targets?.length ? '-targets' : '';
  const zhStem = region ? `（${region.name.zh}）` : options.targets?.length ? '（目标）' : '';
  const extension = options.format === 'xlsx' ? 'xlsx' : 'csv';
  const encodingNote = options.format === 'csv-gb18030' ? '-gbk' : '';
  const bytes =
    options.format === 'xlsx'
      ? await templateWorkbook(lists, rows)
      : options.format === 'csv-utf8'
        ? new TextEncoder().encode(toCsv(HEADERS, rows))
        : encodeGb18030(toCsv(HEADERS, rows).slice(1));
  return {
    bytes,
    filename: `observations-template${stem}${encodingNote}.${extension}`,
    displayName: `数据导入模板${zhStem}${options.format === 'csv-gb18030' ? '（GBK）' : ''}.${extension}`,
    mediaType: MEDIA_TYPES[options.format],
    rows: rows.length,
  };
}

type Lists = {
  /** Each indicator with the text that names it in a cell: its name, or its id if shared. */
  indicators: { indicator: Indicator; entry: string }[];
  regions: Region[];
  targets: NameTarget[];
};

function listsOf(plan: TemplatePlan): Lists {
  const count = new Map<string, number>();
  for (const indicator of plan.indicators) {
    count.set(indicator.name.zh, (count.get(indicator.name.zh) ?? 0) + 1);
  }
  return {
    indicators: plan.indicators.map((indicator) => ({
      indicator,
      entry: count.get(indicator.name.zh) === 1 ? indicator.name.zh : indicator.id,
    })),
    regions: [...plan.regions],
    targets: (plan.targets ?? []).filter((target) => !target.indicatorId),
  };
}

function regionOf(plan: TemplatePlan, text: string): Region {
  const named = idOfName(plan, 'region', text);
  if ('problem' in named) throw new RangeError(named.problem);
  return plan.regions.find((region) => region.id === named.id) as Region;
}

function prefilledRows(
  plan: TemplatePlan,
  lists: Lists,
  region: Region | undefined,
  targetIds: readonly string[] | undefined,
): string[][] {
  const blank = (indicator: string, target: string, where: Region | undefined) => [
    indicator,
    target,
    where?.name.zh ?? '',
    '',
    '',
    '',
    '',
    '',
  ];
  if (targetIds?.length) {
    const where = region ?? plan.regions.find((candidate) => candidate.id === plan.subjectRegion);
    return targetIds.map((id) => {
      const named = idOfName(plan, 'target', id);
      if ('problem' in named) throw new RangeError(named.problem);
      return blank('', named.id, where);
    });
  }
  if (!region) return [];
  const subject = region.id === plan.subjectRegion;
  return lists.indicators
    .filter(({ indicator }) => subject || indicator.regionScope?.judged !== 'subject-only')
    .map(({ entry }) => blank(entry, '', region));
}

/** The instructions, one [中文, English] pair a row. */
const INSTRUCTIONS: readonly (readonly [string, string])[] = [
  ['说明', 'Instructions'],
  [
    '每行填写一个数值。只读取第一个工作表“数据”，表头请勿修改（也可用英文表头 indicator_id, target_id, region, year, date, value, source, note）。',
    'One figure a row. Only the first sheet, 数据, is read; keep its headers (the English ones indicator_id, target_id, region, year, date, value, source, note are read too).',
  ],
  [
    '指标名称：按规划原文填写（可从下拉列表选择），或填指标编号。名称重复的指标（如“在校生规模”）请填指标编号，见“列表”工作表。',
    '指标名称 (indicator): the name as the plan prints it (pick it from the drop-down list) or the indicator id. Where two indicators share a name (在校生规模) give the id, listed on the sheet 列表.',
  ],
  [
    '目标编号：填报规划目标本身的数值时填写（如 T-C2S3-6），此时指标名称留空。',
    '目标编号 (target id): for a target’s own figure (such as T-C2S3-6); leave 指标名称 empty then.',
  ],
  [
    '地区：旗区名称（如 东胜区、达拉特旗）或地区编号；不填即为全市。',
    '地区 (region): a 旗区 name (东胜区, 达拉特旗) or region id; left empty, the whole city.',
  ],
  [
    '年份或日期：填一项即可。年份如 2023；日期如 2023-06-30 或 2023/6/30。',
    '年份 or 日期: one of them. A year such as 2023; a date such as 2023-06-30 or 2023/6/30.',
  ],
  [
    '数值：数字，可用全角数字和千分位（1,486）；单位为 % 的指标可写 12%；比例写 38:62；分项写 secondary=59;higher=52。',
    '数值 (value): a number; full-width digits and thousands separators (1,486) are read; 12% where the unit is %; a ratio as 38:62; parts as secondary=59;higher=52.',
  ],
  [
    '来源：数据来源（如 市统计局）；不填则用导入时的默认来源。备注：可选。',
    '来源 (source): where the figure comes from; left empty, the import’s default. 备注 (note): optional.',
  ],
  [
    '未填写数值、年份和日期的行会被跳过，预填的行可以留空。',
    'Rows with no value, year or date are skipped: prefilled rows may be left empty.',
  ],
  [
    '保存为 CSV 时请选择“CSV UTF-8（逗号分隔）”；“CSV（逗号分隔）”（GBK 编码）也可导入。',
    'Saved as CSV, choose "CSV UTF-8"; "CSV (逗号分隔)" (GBK) imports too.',
  ],
];

type DataValidations = { add(range: string, validation: object): void };

async function templateWorkbook(lists: Lists, rows: string[][]): Promise<Uint8Array> {
  // Loaded only for a workbook: CSV templates need no exceljs.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '@plan/observations';

  const data = workbook.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  data.columns = [32, 14, 14, 8, 12, 12, 16, 24].map((width) => ({ width }));
  data.addRow(HEADERS).font = { bold: true };
  for (const row of rows) data.addRow(row);

  const notes = workbook.addWorksheet(NOTES_SHEET);
  notes.columns = [{ width: 70 }, { width: 80 }];
  for (const row of INSTRUCTIONS)
    notes.addRow([...row]).alignment = { wrapText: true, vertical: 'top' };
  notes.getRow(1).font = { bold: true };

  const listSheet = workbook.addWorksheet(LISTS_SHEET);
  listSheet.columns = [32, 36, 10, 40, 2, 16, 14, 2, 14, 40, 10].map((width) => ({ width }));
  const listHeader = [
    '指标名称',
    '指标编号',
    '单位',
    '规划原文',
    '',
    '地区',
    '地区编号',
    '',
    '目标编号',
    '目标',
    '单位',
  ];
  listSheet.addRow(listHeader).font = { bold: true };
  const height = Math.max(lists.indicators.length, lists.regions.length, lists.targets.length);
  for (let at = 0; at < height; at++) {
    const item = lists.indicators[at];
    const region = lists.regions[at];
    const target = lists.targets[at];
    listSheet.addRow([
      item?.entry ?? null,
      item?.indicator.id ?? null,
      item?.indicator.unit.zh ?? null,
      item?.indicator.printed ?? null,
      null,
      region?.name.zh ?? null,
      region?.id ?? null,
      null,
      target?.id ?? null,
      target?.metric?.zh ?? null,
      target?.unit.zh ?? null,
    ]);
  }

  const last = rows.length + 1 + SPARE_ROWS;
  const validations = (data as unknown as { dataValidations: DataValidations }).dataValidations;
  const list = (column: string, count: number, title: string) => ({
    type: 'list',
    allowBlank: true,
    formulae: [`'${LISTS_SHEET}'!$${column}$2:$${column}$${Math.max(2, count + 1)}`],
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: title,
    error: `不在“${LISTS_SHEET}”中 / not on the sheet ${LISTS_SHEET}`,
  });
  validations.add(`A2:A${last}`, list('A', lists.indicators.length, '指标名称'));
  if (lists.targets.length > 0) {
    validations.add(`B2:B${last}`, list('I', lists.targets.length, '目标编号'));
  }
  validations.add(`C2:C${last}`, list('F', lists.regions.length, '地区'));
  validations.add(`D2:D${last}`, {
    type: 'whole',
    operator: 'between',
    allowBlank: true,
    formulae: [1900, 2100],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: '年份',
    error: '年份为四位数字，如 2023 / a year such as 2023',
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
