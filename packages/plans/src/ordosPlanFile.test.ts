import { ordosPlan } from '@plan/indicators';
import { ordosBaselines, ordosOutline, ordosProjects, ordosTargets } from '@plan/projects';
import { describe, expect, it } from 'vitest';
import { ordosPlanFile } from './ordosPlanFile.js';
import { parsePlan } from './parsePlan.js';

describe('ordosPlanFile', () => {
  const parsed = parsePlan(ordosPlanFile);

  it('parses to the built-in Ordos plan', () => {
    expect(parsed.plan).toEqual(ordosPlan);
  });

  it('parses to the Ordos catalogue of @plan/projects', () => {
    expect(parsed.catalogue).toEqual({
      outline: ordosOutline,
      projects: ordosProjects,
      targets: ordosTargets,
      baselines: ordosBaselines,
    });
  });

  it('has no amendments and no predecessor', () => {
    expect(parsed.amendments).toEqual([]);
    expect(parsed.succession).toBeUndefined();
  });

  it('is plain JSON: it round-trips through JSON.stringify and JSON.parse', () => {
    const copy = JSON.parse(JSON.stringify(ordosPlanFile));
    expect(copy).toEqual(ordosPlanFile);
    expect(parsePlan(copy)).toEqual(parsed);
  });

  it('gives back a file that parsePlan reads to the same result (what the API serves round-trips)', () => {
    expect(parsePlan(JSON.parse(JSON.stringify(parsed.file)))).toEqual(parsed);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(ordosPlanFile)).toBe(true);
    expect(Object.isFrozen(ordosPlanFile.tables[0])).toBe(true);
  });
});
