import type { Region } from '../api/types.js';

/** What the matching reads of a map: its features' names (GeoJSON `properties.name`). */
export type NamedFeatures = { features: readonly { properties: { name: string } }[] };

/** Which feature of a map draws each region, and the regions the map has no feature for. */
export type RegionFeatures = {
  /** The feature's name by region id */
  byRegion: ReadonlyMap<string, string>;
  /** Region ids without a feature of that name (drawn nowhere; the table still lists them) */
  unmatched: string[];
};

/**
 * Matches regions to a map's features by the region's Chinese name, exactly
 * as the plan writes it (东胜区, 达拉特旗 …): the map's names and the plan's
 * are both the official ones, so no fuzzy matching can pair the wrong two.
 */
export function regionFeatures(
  regions: readonly Pick<Region, 'id' | 'name'>[],
  map: NamedFeatures,
): RegionFeatures {
  const names = new Set(map.features.map((feature) => feature.properties.name));
  const byRegion = new Map<string, string>();
  const unmatched: string[] = [];
  for (const region of regions) {
    if (names.has(region.name.zh)) byRegion.set(region.id, region.name.zh);
    else unmatched.push(region.id);
  }
  return { byRegion, unmatched };
}
