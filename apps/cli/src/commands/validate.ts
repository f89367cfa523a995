import { extname } from 'node:path';
import { type ParsedPlan, type PlanFileIssue, safeParsePlan } from '@plan/plans';
import { readPlanWorkbook, type WorkbookIssue } from '@plan/plans/xlsx';
import { z } from 'zod';
import { parseCommandLine } from '../_lib/parseCommandLine.js';
import { readInputFile } from '../_lib/readInputFile.js';
import { writeJsonLine } from '../_lib/writeJsonLine.js';
import { type CliIssue, dataError, ExitCode } from '../exitCodes.js';
import type { Command } from './command.js';

const help = `Usage: plan validate <plan.json|plan.xlsx> [--json]

Checks a plan file (format "plan-file/1" of @plan/plans: the indicator tables with
their printed values, the projects, measures and targets, amendments and succession)
with parsePlan. The file is JSON, or an XLSX workbook in the shape of the plan
template (read by its extension, or by its content when it is a ZIP). Every problem
is listed at once: in JSON with its path in the file, e.g.
  - tables.0.indicators.3.values.subject.target: "140" is above 100: not a possible percentage
in a workbook with its sheet, cell and the path it would have in the file, e.g.
  - 指标 Indicators!M5: "140" is above 100: not a possible percentage (tables.0.indicators.3.values.subject.target)

The empty template (a sheet per kind, drop-down lists, an example row marked 示例
and notes in Chinese and English) is written by writePlanTemplate() of
@plan/plans/xlsx; writePlanWorkbook(file) writes any plan file as a workbook.

Options:
  --json      print {"ok", "file", "plan", "issues": [{"path", "message"}]} on stdout
              (a workbook's issues also carry "sheet", "row" and "column")
  -h, --help  this help

Exit codes: 0 valid · 1 invalid (issues listed) · 2 usage · 3 cannot read the file
`;

/** Where in the JSON text a syntax error is, as "line 3, column 7" (Node 20 reports a position only). */
function locate(text: string, message: string): string {
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined) return message;
  const before = text.slice(0, Number(position));
  const line = before.split('\n').length;
  const column = Number(position) - before.lastIndexOf('\n');
  return `${message.replace(/ in JSON at position \d+.*$/, '')} at line ${line}, column ${column}`;
}

function describeIssues(issues: PlanFileIssue[]): CliIssue[] {
  return issues.map((issue) => ({
    path: issue.path.length > 0 ? issue.path.join('.') : '(root)',
    message: issue.message,
  }));
}

/** A workbook's issue: "sheet!J5" as its path, the file path (when parsePlan found it) after the message. */
function describeWorkbookIssues(issues: WorkbookIssue[]): CliIssue[] {
  return issues.map(({ sheet, row, column, path, message }) => ({
    path: `${sheet}${row === undefined ? '' : column === undefined ? ` row ${row}` : `!${column}${row}`}`,
    message: path === undefined ? message : `${message} (${path})`,
    sheet,
    ...(row === undefined ? {} : { row }),
    ...(column === undefined ? {} : { column }),
  }));
}

const failed = (file: string, issues: CliIssue[]) =>
  dataError(
    `${file} is not a valid plan: ${issues.length} problem${issues.length === 1 ? '' : 's'}`,
    issues,
  );

/** An XLSX (a ZIP) by its extension or, whatever its name, by its first bytes. */
const isWorkbook = (file: string, bytes: Uint8Array) =>
  extname(file).toLowerCase() === '.xlsx' ||
  (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04);

async function readWorkbook(file: string, bytes: Uint8Array): Promise<ParsedPlan> {
  const result = await readPlanWorkbook(bytes);
  if ('issues' in result) throw failed(file, describeWorkbookIssues(result.issues));
  return result.parsed;
}

function readJson(file: string, bytes: Uint8Array): ParsedPlan {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw dataError(`${file} is not UTF-8 text: a plan file is JSON or an XLSX workbook`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw dataError(`${file} is not valid JSON: ${locate(text, message)}`);
  }
  const result = safeParsePlan(json);
  if (!result.success) throw failed(file, describeIssues(result.issues));
  return result.data;
}

export const validateCommand: Command = {
  help,
  async run(args, context) {
    const { values, positionals } = parseCommandLine('validate', args, {
      options: { json: { type: 'boolean' } },
      schema: z.object({ json: z.boolean().optional() }),
      positionals: {
        min: 1,
        max: 1,
        names: ['the plan file (plan validate <plan.json|plan.xlsx>)'],
      },
    });
    const file = positionals[0] as string;
    const bytes = await readInputFile(context.cwd, file);
    const { plan } = isWorkbook(file, bytes)
      ? await readWorkbook(file, bytes)
      : readJson(file, bytes);
    const summary = {
      id: plan.id,
      title: plan.title,
      period: plan.period,
      tables: plan.tables.length,
      indicators: plan.indicators.length,
      regions: plan.regions.length,
    };
    if (values.json) {
      writeJsonLine(context.stdout, { ok: true, file, plan: summary, issues: [] });
    } else {
      context.stdout.write(
        `${file}: a valid plan — ${plan.id} (${plan.title.zh}), ${plan.period.start}–${plan.period.end}: ` +
          `${summary.tables} table(s), ${summary.indicators} indicator(s), ${summary.regions} region(s)\n`,
      );
    }
    return ExitCode.ok;
  },
};
