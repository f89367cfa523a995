import { readConfig } from './config.js';
import { startServer } from './startServer.js';

// The server entry point: settings from the environment, then serve.
try {
  await startServer(readConfig(process.env));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
