export { API_VERSION, createApp } from './app.js';
export type { AppDeps } from './appTypes.js';
export { readConfig, ServerConfig } from './config.js';
export { type StartedServer, startServer } from './startServer.js';
