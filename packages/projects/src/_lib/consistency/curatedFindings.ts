import type { ConsistencyFinding, Reading } from '../../schema/consistencyFinding.js';
import type { Context } from './context.js';
import { factReading, targetReading } from './readings.js';

/** The curated findings of the sources, their readings resolved to text, values and locations. */
export function curatedFindings(context: Context): ConsistencyFinding[] {
  const { need, targetById, factById, indicatorById, cellReading, locate } = context;
  return context.sources.curated.map((finding) => {
    const where = `curated finding "${finding.id}"`;
    const readings = finding.readings.map((input): Reading => {
      if ('target' in input) return targetReading(need(targetById, input.target, 'target', where));
      if ('fact' in input) return factReading(need(factById, input.fact, 'baseline fact', where));
      if ('indicator' in input) {
        const indicator = need(indicatorById, input.indicator, 'indicator', where);
        return cellReading(indicator, input.column ?? 'target', input.part);
      }
      if ('description' in input) {
        return {
          basis: 'derived',
          description: input.description,
          ...(input.value !== undefined ? { value: input.value } : {}),
          ...(input.comparator ? { comparator: input.comparator } : {}),
        };
      }
      const { line, ...printed } = input;
      return { basis: 'printed', ...printed, location: locate(line) };
    });
    const targetIds = readings.flatMap((reading) =>
      reading.basis === 'printed' && reading.targetId ? [reading.targetId] : [],
    );
    const indicatorIds = [
      ...new Set(
        readings.flatMap((reading) =>
          reading.basis === 'printed' && reading.indicatorId ? [reading.indicatorId] : [],
        ),
      ),
    ];
    const boxes = readings.flatMap((reading) =>
      reading.location?.box ? [reading.location.box] : [],
    );
    return {
      id: finding.id,
      kind: finding.kind,
      severity: finding.severity,
      origin: 'curated',
      title: finding.title,
      readings,
      explanation: finding.explanation,
      indicatorIds,
      targetIds,
      projects: [...new Set([...(finding.projects ?? []), ...boxes])].sort((a, b) => a - b),
    };
  });
}
