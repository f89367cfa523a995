import { describe, expect, it } from 'vitest';
import { runInProcess } from './_test/runInProcess.js';
import { runPlan } from './_test/runPlan.js';
import { commandRegistry } from './commands/registry.js';

describe('plan', () => {
  it('lists every command, the --json option and the exit codes in its help', async () => {
    const run = await runPlan(['--help']);
    expect(run.code).toBe(0);
    for (const command of ['validate', 'import', 'assess', 'report', 'serve', 'token create'])
      expect(run.stdout).toContain(`plan ${command}`);
    expect(run.stdout).toContain('--json');
    expect(run.stdout).toMatch(/Exit codes:\n {2}0 {2}success\n {2}1 {2}invalid data/);
    expect(run.stdout).toContain('3  file or database error');
  });

  it('gives each command its own help, also as "plan help <command>"', async () => {
    const run = await runPlan(['help', 'validate']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: plan validate <plan.json|plan.xlsx>');
    expect(run.stdout).toContain('Exit codes: 0 valid');
  });

  it.each(Object.keys(commandRegistry))(
    'gives "%s" help with its usage, options and exit codes',
    async (command) => {
      const run = await runInProcess([command, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^Usage: plan ${command}`));
      expect(run.stdout).toContain('-h, --help');
      expect(run.stdout).toContain('Exit codes: 0');
    },
  );

  it('answers an unknown command with exit 2 and the commands it knows', async () => {
    const run = await runPlan(['evaluate', '--json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown command "evaluate": expected one of validate, import');
    expect(JSON.parse(run.stdout)).toMatchObject({
      ok: false,
      exitCode: 2,
      error: { kind: 'usage' },
    });
  });
});
