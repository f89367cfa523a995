import { extname } from 'node:path';
import { type ParsedPlan, type PlanFileIssue, safeParsePlan } from '@plan/plans';
import { readPlanWorkbook, type WorkbookIssue } from '@plan/plans/xlsx';
import { type CliIssue, dataError } from '../exitCodes.js';

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

/**
 * Reads a plan file, JSON or an XLSX workbook in the template's shape (by its
 * extension, or by its content when it is a ZIP), and checks all of it with
 * @plan/plans' parsePlan.
 *
 * @throws CliError invalid data (exit 1) listing every problem: in JSON with
 *   its path in the file, in a workbook with its sheet and cell
 */
export async function readPlanFile(file: string, bytes: Uint8Array): Promise<ParsedPlan> {
  return isWorkbook(file, bytes) ? await readWorkbook(file, bytes) : readJson(file, bytes);
}
