import { type PlanIssue, safeParsePlan } from '@plan/indicators';
import { z } from 'zod';
import { parseCommandLine } from '../_lib/parseCommandLine.js';
import { readInputFile } from '../_lib/readInputFile.js';
import { writeJsonLine } from '../_lib/writeJsonLine.js';
import { dataError, ExitCode } from '../exitCodes.js';
import type { Command } from './command.js';

const help = `Usage: plan validate <plan.json> [--json]

Checks a plan file (JSON, in the shape of @plan/indicators' PlanInput) against the
schema: every table, indicator and printed value; ids unique, categories and regions
known, values possible for their unit (a percentage within 0–100, a whole count).
Every problem is listed with its path in the file, e.g.
  - tables.0.indicators.3.values.subject.target: "140" is above 100: not a possible percentage

Options:
  --json      print {"ok", "file", "plan", "issues": [{"path", "message"}]} on stdout
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

export function describeIssues(issues: PlanIssue[]) {
  return issues.map((issue) => ({
    path: issue.path.length > 0 ? issue.path.join('.') : '(root)',
    message: issue.message,
  }));
}

export const validateCommand: Command = {
  help,
  async run(args, context) {
    const { values, positionals } = parseCommandLine('validate', args, {
      options: { json: { type: 'boolean' } },
      schema: z.object({ json: z.boolean().optional() }),
      positionals: { min: 1, max: 1, names: ['the plan file (plan validate <plan.json>)'] },
    });
    const file = positionals[0] as string;
    const bytes = await readInputFile(context.cwd, file);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw dataError(`${file} is not UTF-8 text: a plan file is JSON`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw dataError(`${file} is not valid JSON: ${locate(text, message)}`);
    }
    const result = safeParsePlan(json);
    if (!result.success) {
      const issues = describeIssues(result.issues);
      throw dataError(
        `${file} is not a valid plan: ${issues.length} problem${issues.length === 1 ? '' : 's'}`,
        issues,
      );
    }
    const plan = result.data;
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
