import { ordosPlan } from '@plan/indicators';
import { parsePlan } from '@plan/plans';
import { fixturePlanFile } from '@plan/plans/testing';
import { describe, expect, it } from 'vitest';
import { districtMapOf } from './districtMaps.js';
import ordosMap from './ordos/ordos.geo.generated.json';
import { regionFeatures } from './regionFeatures.js';

const subjectOf = (plan: typeof ordosPlan) =>
  plan.regions.find((region) => region.id === plan.subjectRegion);
const districtsOf = (plan: typeof ordosPlan) =>
  plan.regions.filter((region) => region.parent === plan.subjectRegion);

describe('regionFeatures', () => {
  it('finds each of the Ordos plan’s nine 旗区 on the vendored map by its Chinese name', () => {
    const districts = districtsOf(ordosPlan);
    expect(districts).toHaveLength(9);
    const { byRegion, unmatched } = regionFeatures(districts, ordosMap);
    expect(unmatched).toEqual([]);
    for (const district of districts) expect(byRegion.get(district.id)).toBe(district.name.zh);
  });

  it('the map has no feature beyond the nine, and each feature’s id is its 旗区’s division code', () => {
    const districts = districtsOf(ordosPlan);
    expect(ordosMap.features).toHaveLength(9);
    for (const feature of ordosMap.features) {
      const district = districts.find((candidate) => candidate.name.zh === feature.properties.name);
      expect(district?.divisionCode).toBe(feature.id);
    }
  });

  it('names the regions the map has no feature for', () => {
    const { byRegion, unmatched } = regionFeatures(
      [
        { id: 'dongsheng', name: { zh: '东胜区', en: 'Dongsheng District' } },
        { id: 'elsewhere', name: { zh: '别处', en: 'Elsewhere' } },
      ],
      ordosMap,
    );
    expect([...byRegion.keys()]).toEqual(['dongsheng']);
    expect(unmatched).toEqual(['elsewhere']);
  });
});

describe('districtMapOf', () => {
  it('gives the map of a region by its division code, loaded on demand', async () => {
    const map = districtMapOf(subjectOf(ordosPlan));
    expect(map?.name).toBe('鄂尔多斯');
    expect((await map?.load())?.features).toHaveLength(9);
  });

  it('gives none for a region without a code or without a vendored map (the fixture plan’s invented city)', () => {
    const fixture = parsePlan(fixturePlanFile).plan;
    expect(districtMapOf(subjectOf(fixture as typeof ordosPlan))).toBeUndefined();
    expect(districtMapOf(undefined)).toBeUndefined();
    expect(districtMapOf({ divisionCode: '110000' })).toBeUndefined();
  });
});
