import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { z } from 'zod';
import { usageError } from '../exitCodes.js';

type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

/**
 * Reads a command's arguments with `node:util` parseArgs, then checks the
 * option values with a zod schema whose keys are the option names
 * (`'as-of'`, `format`). Every problem becomes a usage error (exit 2) that
 * names the option and says what was expected.
 *
 * @example
 *   const { values, positionals } = parseCommandLine('assess', args, {
 *     options: { 'as-of': { type: 'string' } },
 *     schema: z.object({ 'as-of': IsoDay }),
 *     positionals: { min: 0, max: 0 },
 *   });
 */
export function parseCommandLine<Schema extends z.ZodType>(
  command: string,
  args: readonly string[],
  spec: {
    options: OptionSpecs;
    schema: Schema;
    positionals: { min: number; max: number; names?: string[] };
  },
): { values: z.output<Schema>; positionals: string[] } {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...args],
      options: spec.options,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw usageError(`${describeParseError(error)}\nRun "plan ${command} --help" for its options.`);
  }
  const { min, max, names = [] } = spec.positionals;
  if (parsed.positionals.length < min) {
    const missing = names[parsed.positionals.length] ?? 'an argument';
    throw usageError(`missing ${missing}.\nRun "plan ${command} --help".`);
  }
  if (parsed.positionals.length > max) {
    const extra = parsed.positionals.slice(max).join(' ');
    throw usageError(`unexpected argument "${extra}".\nRun "plan ${command} --help".`);
  }
  const checked = spec.schema.safeParse(parsed.values);
  if (!checked.success) {
    const lines = checked.error.issues.map((issue) => {
      const option = issue.path.length > 0 ? `--${String(issue.path[0])}` : 'options';
      return `${option}: ${issue.message}`;
    });
    throw usageError(`${lines.join('\n')}\nRun "plan ${command} --help" for its options.`);
  }
  return { values: checked.data, positionals: parsed.positionals };
}

/** parseArgs says "Unknown option '--x'. To specify a positional…": keep the first sentence. */
function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('. To specify')[0]?.trim() ?? message;
}
