import { definePlanTsupConfig } from '@plan/tsup-config';

export default definePlanTsupConfig({ index: 'src/index.ts', 'rows/index': 'src/rows/index.ts' });
