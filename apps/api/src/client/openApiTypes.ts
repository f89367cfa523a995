import { createStore, openDatabase } from '@plan/store';
import openapiTS, { astToString } from 'openapi-typescript';
import { createApp, openApiDocument } from '../app.js';

/** The OpenAPI document of the API as it is built now (no server, no database needed). */
export async function currentOpenApiDocument(): Promise<object> {
  const store = createStore(openDatabase({ dialect: 'sqlite', file: ':memory:' }));
  try {
    return openApiDocument(createApp({ store, clock: () => new Date(0) }));
  } finally {
    await store.close();
  }
}

/** TypeScript types for the typed client, generated from the OpenAPI document by openapi-typescript. */
export async function generateClientTypes(): Promise<string> {
  const document = await currentOpenApiDocument();
  const ast = await openapiTS(document as never);
  return `// Generated from the API's OpenAPI document by \`pnpm --filter @plan/api generate:client\`. Do not edit.\n${astToString(ast)}`;
}
