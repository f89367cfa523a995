import type { MapOption } from './echartsMap.js';

/** One region on the map. */
export type ChoroplethArea = {
  /** The map feature that draws it (its name in the map, Chinese) */
  feature: string;
  /** The region's name in the reader's language (shown on the map and in the tooltip) */
  label: string;
  /** By status: the status's position in the legend; by value: the value; null: nothing to colour */
  value: number | null;
  /** What the tooltip says of it: the status in words, or the value with its unit */
  text: string;
};

/** One class of the legend: the statuses of the method, or a range of values. */
export type LegendClass = { label: string; colour: string } & (
  | { value: number }
  | { min: number; max: number }
);

export type ChoroplethInput = {
  /** The registered map's name */
  map: string;
  areas: readonly ChoroplethArea[];
  legend: readonly LegendClass[];
  /** What the map shows, for screen readers (ECharts' aria description) */
  description: string;
};

// Sequential blues (ColorBrewer Blues, 5 classes): darker is more. Colour is never
// alone: every class is labelled, and the table beside the map has each figure.
const VALUE_COLOURS = ['#deebf7', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];
const NO_FIGURE = '#eef1f4';

/**
 * Contiguous classes of equal width from the smallest to the largest value
 * (DHIS2's automatic legend; no gaps, no overlaps), at most five, each
 * labelled with `format`. One class when every value is the same; none without values.
 */
export function equalIntervals(
  values: readonly (number | null)[],
  format: (value: number) => string,
): LegendClass[] {
  const present = values.filter((value): value is number => value !== null);
  if (present.length === 0) return [];
  const min = Math.min(...present);
  const max = Math.max(...present);
  const distinct = new Set(present).size;
  const count = Math.min(VALUE_COLOURS.length, distinct);
  if (count <= 1 || min === max)
    return [{ min, max, label: format(min), colour: VALUE_COLOURS[2] as string }];
  const width = (max - min) / count;
  // Spread the palette over the classes used, so two classes are light and dark, not two lights.
  const colourAt = (index: number) =>
    VALUE_COLOURS[Math.round((index * (VALUE_COLOURS.length - 1)) / (count - 1))] as string;
  return Array.from({ length: count }, (_, index) => {
    const low = min + index * width;
    const high = index === count - 1 ? max : min + (index + 1) * width;
    return {
      min: low,
      max: high,
      label: `${format(low)} – ${format(high)}`,
      colour: colourAt(index),
    };
  });
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (character) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] ??
      character,
  );

/**
 * The ECharts option of a choropleth: each region coloured by its legend
 * class (a piecewise visual map, shown as the legend), labelled with its
 * name in the reader's language, with a tooltip and an aria description.
 */
export function choroplethOption(input: ChoroplethInput): MapOption {
  const pieces = input.legend.map((entry, index) =>
    'value' in entry
      ? { value: entry.value, label: entry.label, color: entry.colour }
      : {
          gte: entry.min,
          ...(index === input.legend.length - 1 ? { lte: entry.max } : { lt: entry.max }),
          label: entry.label,
          color: entry.colour,
        },
  );
  return {
    aria: { enabled: true, label: { description: input.description } },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        const data = item?.data as { text?: string } | undefined;
        return `${escapeHtml(item?.name ?? '')}<br/>${escapeHtml(data?.text ?? '')}`;
      },
    },
    visualMap: {
      type: 'piecewise',
      pieces,
      // The legend, top left (the north-west of the city is open steppe): one row a class.
      left: 0,
      top: 0,
      orient: 'vertical',
      itemGap: 6,
      textStyle: { color: '#1f2328', fontSize: 12 },
      // Every class is shown; clicking one does not hide regions.
      selectedMode: false,
      // Statuses read best first, top down, as everywhere in the viewer; value ranges highest on top.
      inverse: pieces.length > 0 && 'value' in (pieces[0] as object),
      outOfRange: { color: NO_FIGURE },
    },
    series: [
      {
        type: 'map',
        map: input.map,
        nameMap: Object.fromEntries(input.areas.map((area) => [area.feature, area.label])),
        data: input.areas.map((area) => ({
          name: area.label,
          // ECharts draws '-' as "no figure": the series' own colour, outside every class.
          value: area.value ?? '-',
          text: area.text,
        })),
        roam: false,
        selectedMode: false,
        layoutCenter: ['58%', '50%'],
        layoutSize: '100%',
        // Small 旗区 (康巴什区 beside 东胜区) have their labels moved apart; a label that still
        // covers another is left out (the table beside the map names every region).
        labelLayout: { moveOverlap: 'shiftY', hideOverlap: true },
        itemStyle: { areaColor: NO_FIGURE, borderColor: '#ffffff', borderWidth: 1 },
        label: {
          show: true,
          fontSize: 11,
          color: '#1f2328',
          textBorderColor: '#ffffff',
          textBorderWidth: 2,
        },
        emphasis: {
          label: { show: true, fontWeight: 'bold' },
          itemStyle: { borderColor: '#1f2328', borderWidth: 2 },
        },
      },
    ],
  };
}
