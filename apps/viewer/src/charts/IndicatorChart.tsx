import { useEffect, useRef } from 'react';
import { type ChartInput, chartOption } from './chartOption.js';
import { echarts } from './echarts.js';

/** The indicator's chart (ECharts, SVG); loaded with the detail page only. */
export default function IndicatorChart({ input, label }: { input: ChartInput; label: string }) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  useEffect(() => {
    if (!element.current) return;
    const instance = echarts.init(element.current, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    // Printing changes the page width: redraw to fit it.
    const onPrint = () => instance.resize();
    window.addEventListener('beforeprint', onPrint);
    return () => {
      window.removeEventListener('beforeprint', onPrint);
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(chartOption(input), { notMerge: true });
  }, [input]);
  return (
    <div
      ref={element}
      className="chart"
      role="img"
      aria-label={label}
      data-testid="indicator-chart"
    />
  );
}
