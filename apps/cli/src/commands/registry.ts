import type { Command } from './command.js';

type Entry = { usage: string; summary: string; load: () => Promise<Command> };

/**
 * The commands `plan` knows, in the order its help lists them. Each loads on
 * demand, so `plan validate` never loads the database driver and
 * `plan --help` loads nothing.
 */
export const commandRegistry: Record<string, Entry> = {
  validate: {
    usage: 'validate <plan.json|plan.xlsx>',
    summary: 'check a plan file (JSON or XLSX); errors name the path or the sheet and cell',
    load: async () => (await import('./validate.js')).validateCommand,
  },
  import: {
    usage: 'import <file.csv|file.xlsx> [--plan ID] [--dry-run]',
    summary: 'import observations into the database, all or nothing',
    load: async () => (await import('./import.js')).importCommand,
  },
  assess: {
    usage:
      'assess --as-of YYYY-MM-DD [--plan ID] [--method …] [--region …] [--format table|json|csv]',
    summary: 'assess every indicator, with roll-ups',
    load: async () => (await import('./assess.js')).assessCommand,
  },
  report: {
    usage:
      'report --as-of YYYY-MM-DD --out report.html|report.md|report.xlsx [--plan ID] [--by-region]',
    summary: 'write the mid-term evaluation report (中期评估报告)',
    load: async () => (await import('./report.js')).reportCommand,
  },
  template: {
    usage:
      'template [--format xlsx|csv-utf8|csv-gb18030] [--region 旗区] [--targets T-…] [--out file]',
    summary:
      'write the import template (数据导入模板) to fill in, prefilled for a district or targets',
    load: async () => (await import('./template.js')).templateCommand,
  },
  plans: {
    usage: 'plans add <plan.json|plan.xlsx> [--dry-run] | plans list | plans template <plan.xlsx>',
    summary: 'add a plan to the database, list the plans, write the empty XLSX plan template',
    load: async () => (await import('./plans.js')).plansCommand,
  },
  serve: {
    usage: 'serve [--port N] [--host H]',
    summary: 'serve the API and the viewer (what `pnpm start` runs)',
    load: async () => (await import('./serve.js')).serveCommand,
  },
  remind: {
    usage: 'remind [--as-of YYYY-MM-DD] [--unit ID] [--plan ID] [--format text|json]',
    summary: 'what is due and overdue per unit (督办提醒); items with no lead unit under 未指定',
    load: async () => (await import('./remind.js')).remindCommand,
  },
  units: {
    usage:
      'units add <id> --name <中文名> [--name-en …] | units list | units rename|retire|return <id>',
    summary:
      'add, list, rename, retire and return the units that lead or cooperate on measures and targets',
    load: async () => (await import('./units.js')).unitsCommand,
  },
  responsibilities: {
    usage: 'responsibilities import <file.csv|file.xlsx> [--dry-run] | responsibilities list',
    summary: 'import the responsibility list (责任清单: 牵头单位, 配合单位), all or nothing',
    load: async () => (await import('./responsibilities.js')).responsibilitiesCommand,
  },
  db: {
    usage: 'db copy --from <sqlite file or URL> --to <URL> [--force]',
    summary:
      'copy everything one database holds to another (SQLite ⇄ PostgreSQL), verified by counts and hashes',
    load: async () => (await import('./db.js')).dbCommand,
  },
  backup: {
    usage: 'backup --out <file> [--force]',
    summary: 'write the whole record to one verified file (every table, counts and SHA-256 hashes)',
    load: async () => (await import('./backup.js')).backupCommand,
  },
  restore: {
    usage: 'restore <file> [--force]',
    summary: 'restore a backup into an empty database (or replace it with --force), verified',
    load: async () => (await import('./restore.js')).restoreCommand,
  },
  token: {
    usage: 'token create --role viewer|editor|admin [--name …] [--regions …] [--unit …]',
    summary: 'create an API token; it is printed once',
    load: async () => (await import('./token.js')).tokenCommand,
  },
};
