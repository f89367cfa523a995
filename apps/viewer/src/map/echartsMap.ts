// ECharts, tree-shaken to what the choropleth uses, drawn as SVG (sharp in print).
// Imported by the map chunk alone: the comparison page loads it, nothing else does.
import { MapChart, type MapSeriesOption } from 'echarts/charts';
import {
  AriaComponent,
  type AriaComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
  VisualMapComponent,
  type VisualMapComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([MapChart, VisualMapComponent, TooltipComponent, AriaComponent, SVGRenderer]);

export { echarts };

/** The options the choropleth may set: only those of the parts registered above. */
export type MapOption = echarts.ComposeOption<
  MapSeriesOption | VisualMapComponentOption | TooltipComponentOption | AriaComponentOption
>;
