import { z } from 'zod';
import { parseCommandLine } from '../_lib/parseCommandLine.js';
import { writeJsonLine } from '../_lib/writeJsonLine.js';
import { ExitCode, ioError, usageError } from '../exitCodes.js';
import type { Command } from './command.js';

const help = `Usage: plan serve [--port N] [--host HOST] [--json]

Serves the HTTP API (/api/v1, docs at /api/v1/docs) and the built viewer — what
\`pnpm start\` runs. Opens and migrates the database; an empty one gets the plan's 2020
values and, unless PLAN_DEMO_DATA=0, the illustrative demo figures (示例数据). Logs one
JSON line per request. Stops cleanly on SIGINT or SIGTERM (exit 0).

Options:
  --port N     port to listen on (default: PORT, else 8787; 0 picks a free one)
  --host HOST  address to bind (default: HOST, else 0.0.0.0)
  --json       print {"ok", "url", "port"} on stdout once listening
  -h, --help   this help

Environment (as the API reads it):
  DATABASE_URL                unset → ./data/plan.sqlite; sqlite:<file>; postgres://…
  PORT, HOST                  where to listen
  PLAN_ADMIN_TOKEN            a bearer token with admin rights (≥ 16 characters)
  PLAN_DEMO_DATA              1 (default) or 0: seed demo figures into an empty database
  PLAN_CORS_ORIGINS           comma-separated origins allowed from browsers
  PLAN_BODY_LIMIT             largest request body in bytes
  PLAN_WRITE_RATE_PER_MINUTE  writes per minute per token
  PLAN_VIEWER_DIR             the built viewer (default apps/viewer/dist)
  PLAN_LOG                    json (default) or silent

Exit codes: 0 stopped by a signal · 2 usage or invalid settings · 3 cannot open the
database or the port
`;

const Options = z.object({
  port: z
    .string()
    .regex(/^\d+$/, 'expected a port number, 0–65535')
    .refine((port) => Number(port) <= 65535, 'expected a port number, 0–65535')
    .optional(),
  host: z.string().min(1).optional(),
  json: z.boolean().optional(),
});

export const serveCommand: Command = {
  help,
  async run(args, context) {
    const { values } = parseCommandLine('serve', args, {
      options: { port: { type: 'string' }, host: { type: 'string' }, json: { type: 'boolean' } },
      schema: Options,
      positionals: { min: 0, max: 0 },
    });
    const { readConfig, startServer } = await import('@plan/api');
    let config: ReturnType<typeof readConfig>;
    try {
      config = readConfig({
        ...context.env,
        ...(values.port !== undefined ? { PORT: values.port } : {}),
        ...(values.host !== undefined ? { HOST: values.host } : {}),
      });
    } catch (error) {
      throw usageError(error instanceof Error ? error.message : String(error));
    }
    // GET /api/v1/report writes documents through the CLI's report code, handed to the API
    // (which does not depend on the CLI).
    const { reportRenderer } = await import('../report/reportRenderer.js');
    let server: Awaited<ReturnType<typeof startServer>>;
    try {
      server = await startServer(config, { renderReport: reportRenderer(context) });
    } catch (error) {
      throw ioError(
        `cannot start the server: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    if (values.json)
      writeJsonLine(context.stdout, { ok: true, url: server.url, port: server.port });
    // The server keeps the process alive; startServer exits it on SIGINT and SIGTERM.
    return ExitCode.ok;
  },
};
