import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LocalizedText } from '../api/types.js';
import { type ChoroplethArea, type ChoroplethInput, choroplethOption } from './choroplethOption.js';
import type { DistrictGeoJson, DistrictMap as VendoredMap } from './districtMaps.js';
import { echarts, type MapOption } from './echartsMap.js';
import { regionFeatures } from './regionFeatures.js';

/** One region to colour: the plan's region (its Chinese name finds its feature) and what to show. */
export type MapArea = Omit<ChoroplethArea, 'feature'> & {
  region: { id: string; name: LocalizedText };
};

/**
 * The choropleth (ECharts, SVG), loaded with the comparison page only: its
 * boundaries are fetched and registered once, on first use, and each region
 * is found on them by its Chinese name. An image to assistive technology,
 * labelled with the description ECharts' aria component also writes (the same
 * text, so whichever sets it last agrees); `describedBy` names the table that
 * carries every figure it shows. Regions the map has no feature for are named
 * below it.
 */
export default function DistrictMap({
  map,
  areas,
  legend,
  description,
  describedBy,
  notOnMap,
}: {
  map: VendoredMap;
  areas: readonly MapArea[];
  legend: ChoroplethInput['legend'];
  description: string;
  describedBy: string;
  /** The sentence naming the regions not on the map */
  notOnMap: (names: string[]) => string;
}) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  // The option to draw, and the one drawn: ECharts' map fails on a box of no size (its view
  // transform cannot be inverted), so an option waits until the box has one.
  const option = useRef<MapOption | null>(null);
  const drawn = useRef<MapOption | null>(null);
  const draw = useCallback(() => {
    const node = element.current;
    const instance = chart.current;
    if (!node || !instance || !option.current) return;
    if (node.clientWidth === 0 || node.clientHeight === 0) return;
    if (drawn.current === option.current) {
      instance.resize();
      return;
    }
    instance.setOption(option.current, { notMerge: true });
    drawn.current = option.current;
  }, []);
  const [geoJson, setGeoJson] = useState<DistrictGeoJson | null>(null);
  useEffect(() => {
    let cancelled = false;
    void map.load().then((loaded) => {
      if (cancelled) return;
      if (!echarts.getMap(map.name)) echarts.registerMap(map.name, loaded as never);
      setGeoJson(loaded);
    });
    return () => {
      cancelled = true;
    };
  }, [map]);
  const matched = useMemo(
    () =>
      geoJson
        ? regionFeatures(
            areas.map((area) => area.region),
            geoJson,
          )
        : null,
    [geoJson, areas],
  );
  const ready = geoJson !== null;
  useEffect(() => {
    if (!ready || !element.current) return;
    const instance = echarts.init(element.current, undefined, { renderer: 'svg' });
    chart.current = instance;
    drawn.current = null;
    const observer = new ResizeObserver(draw);
    observer.observe(element.current);
    // Printing changes the page width: redraw to fit it.
    window.addEventListener('beforeprint', draw);
    return () => {
      window.removeEventListener('beforeprint', draw);
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [ready, draw]);
  useEffect(() => {
    if (!matched || !chart.current) return;
    const onMap = areas.flatMap((area) => {
      const feature = matched.byRegion.get(area.region.id);
      return feature ? [{ ...area, feature }] : [];
    });
    option.current = choroplethOption({ map: map.name, areas: onMap, legend, description });
    draw();
  }, [matched, areas, legend, description, map, draw]);
  const missing = matched ? areas.filter((area) => matched.unmatched.includes(area.region.id)) : [];
  return (
    <>
      <div
        ref={element}
        className="district-map"
        role="img"
        aria-label={description}
        aria-describedby={describedBy}
        aria-busy={!ready}
        data-testid="district-map"
      />
      {missing.length > 0 ? (
        <p className="muted small">{notOnMap(missing.map((area) => area.label))}</p>
      ) : null}
    </>
  );
}
