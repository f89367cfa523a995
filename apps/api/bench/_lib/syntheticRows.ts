import { ordosPlan } from '@plan/indicators';
import { addDays, formatISO } from 'date-fns';

const REGIONS = ordosPlan.regions
  .filter((region) => region.id !== ordosPlan.benchmarkRegion)
  .map((region) => region.id);

/** A value that fits the indicator: a percentage, a whole count, a ratio or parts. */
function valueFor(indicatorIndex: number, step: number): string {
  const indicator = ordosPlan.indicators[indicatorIndex];
  if (!indicator) throw new Error('no indicator');
  const wobble = (step * 7 + indicatorIndex * 13) % 100;
  if (indicator.unit.kind === 'ratio') return `${30 + (wobble % 20)}:${70 - (wobble % 20)}`;
  if (indicator.parts)
    return indicator.parts
      .map((part, index) => `${part.id}=${40 + ((wobble + index * 11) % 60)}`)
      .join(';');
  if (indicator.unit.kind === 'count') return String(wobble * 3);
  if (indicator.unit.kind === 'percent') return (wobble * 0.9 + 5).toFixed(1);
  return (wobble / 10 + 1).toFixed(2);
}

/**
 * `count` observation rows as CSV, every key distinct: indicators × regions ×
 * consecutive days from 2021-01-01. Values fit their indicators, so the whole
 * file passes validation.
 */
export function syntheticObservationsCsv(count: number): string {
  const perDay = ordosPlan.indicators.length * REGIONS.length;
  const lines = ['indicator_id,region,date,value,source'];
  const start = new Date(2021, 0, 1);
  for (let index = 0; index < count; index++) {
    const day = Math.floor(index / perDay);
    const within = index % perDay;
    const indicatorIndex = within % ordosPlan.indicators.length;
    const region = REGIONS[Math.floor(within / ordosPlan.indicators.length)];
    const date = formatISO(addDays(start, day), { representation: 'date' });
    lines.push(
      `${ordosPlan.indicators[indicatorIndex]?.id},${region},${date},${valueFor(indicatorIndex, day)},bench`,
    );
  }
  return `${lines.join('\n')}\n`;
}
