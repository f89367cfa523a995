import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as observations from './index.js';

const here = new URL('.', import.meta.url).pathname;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('@plan/observations', () => {
  it('keeps its main entry browser-safe: exceljs and node built-ins only under rows/', () => {
    const offending = sourceFiles(here)
      .filter((path) => !relative(here, path).startsWith('rows'))
      .filter((path) => /from '(exceljs|node:[^']+)'/.test(readFileSync(path, 'utf8')))
      .map((path) => relative(here, path));
    expect(offending).toEqual([]);
  });

  it('exports the decided names', () => {
    for (const name of [
      'ObservationValue',
      'ObservationInput',
      'ObservationPatch',
      'Observation',
      'Revision',
      'Source',
      'DEMO_SOURCE',
      'PLAN_SOURCE',
      'DEFAULT_SOURCE',
      'checkObservation',
      'checkValue',
      'scalarValue',
      'oneValuePerDate',
      'planBaselineObservations',
      'demoObservations',
      'milestoneValues',
      'milestoneIndicator',
      'milestoneInIndicatorUnit',
      'judgeMilestones',
      'formatValueText',
      'parseValueText',
    ]) {
      expect(observations, name).toHaveProperty(name);
    }
  });
});
