import type { CliContext } from './cliContext.js';
import { runCli } from './runCli.js';

// The one place that touches the real process: arguments, environment, streams,
// working directory. Everything below takes them as arguments.
const context: CliContext = {
  stdout: {
    write: (text) => process.stdout.write(text),
    isTTY: process.stdout.isTTY === true,
    columns: process.stdout.columns,
  },
  stderr: {
    write: (text) => process.stderr.write(text),
    isTTY: process.stderr.isTTY === true,
    columns: process.stderr.columns,
  },
  env: process.env,
  cwd: process.cwd(),
  clock: () => new Date(),
};

// A reader that stops early (`plan assess | head`) closes the pipe: stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const code = await runCli(process.argv.slice(2), context);
// `serve` keeps running: it resolves once listening and exits on SIGTERM itself.
process.exitCode = code;
