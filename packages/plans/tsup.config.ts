import { definePlanTsupConfig } from '@plan/tsup-config';

export default definePlanTsupConfig({ index: 'src/index.ts', 'xlsx/index': 'src/xlsx/index.ts' });
