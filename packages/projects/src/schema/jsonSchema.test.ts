import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConsistencyReport } from './consistencyReport.js';
import { Project } from './project.js';
import { Target } from './target.js';

describe('the exported schemas', () => {
  it.each([
    ['Target', Target],
    ['Project', Project],
    ['ConsistencyReport', ConsistencyReport],
  ])(
    'turn %s into a JSON Schema with its named components (for the API’s OpenAPI document)',
    (id, schema) => {
      const json = z.toJSONSchema(schema, { io: 'output' });
      expect(JSON.stringify(json)).toContain(`"${id}"`);
    },
  );
});
