import { writeFileSync } from 'node:fs';
import { generateClientTypes } from '../src/client/openApiTypes.js';

// Writes src/client/schema.generated.ts; a test fails when it is out of date.
writeFileSync(
  new URL('../src/client/schema.generated.ts', import.meta.url),
  await generateClientTypes(),
);
console.log('wrote src/client/schema.generated.ts');
