import type { Comparator, Indicator, Plan, PlanValue } from '@plan/indicators';
import type { z } from 'zod';
import { ConsistencyInputError } from '../../consistencyInputError.js';
import type { BaselineFact } from '../../schema/baselineFact.js';
import type { ConsistencyFinding, PrintedReading } from '../../schema/consistencyFinding.js';
import type { ConsistencyCheck } from '../../schema/consistencyReport.js';
import type { ConsistencySources } from '../../schema/consistencySources.js';
import type { Location } from '../../schema/location.js';
import type { Project } from '../../schema/project.js';
import type { Target } from '../../schema/target.js';
import { type BoxSpan, locateLine } from '../locateLine.js';

export type Sources = z.output<typeof ConsistencySources>;

/** A finding before we know whether it was derived or curated. */
export type Draft = Omit<ConsistencyFinding, 'origin'>;

/** One check run, and the findings it made (none when the plan agrees with itself). */
export type CheckResult = {
  check: Omit<ConsistencyCheck, 'outcome' | 'findingIds'>;
  findings: Draft[];
};

/** One value of an indicator table, read for comparison. */
export type Cell = { printed: string; value?: number; comparator?: Comparator };

/** Everything a check needs, built once per `checkConsistency` call from its parsed input. */
export type Context = ReturnType<typeof createContext>;

export function createContext(
  projects: Project[],
  targets: Target[],
  plan: Plan,
  sources: Sources,
) {
  const boxes: BoxSpan[] = projects.map((project) => ({
    box: project.number,
    start: project.box.line,
    end: Math.max(project.box.line, ...project.measures.map((measure) => measure.lines.end)),
    measures: project.measures.map((measure) => ({ id: measure.id, ...measure.lines })),
  }));
  const targetById = new Map(targets.map((target) => [target.id, target]));
  const factById = new Map<string, BaselineFact>(sources.baselines.map((fact) => [fact.id, fact]));
  const indicatorById = new Map(plan.indicators.map((indicator) => [indicator.id, indicator]));

  const locate = (line: number): Location => locateLine(line, sources.outline, boxes);

  function need<T>(map: Map<string, T>, id: string, what: string, where: string): T {
    const found = map.get(id);
    if (!found) throw new ConsistencyInputError(`${where}: unknown ${what} "${id}"`);
    return found;
  }

  /** The subject region's value of an indicator in its baseline or target column (one part of a split row). */
  function cellOf(indicator: Indicator, column: 'baseline' | 'target', part?: string): Cell {
    const value: PlanValue = indicator.values.subject[column];
    if (value.kind === 'split') {
      const found = value.parts.find((candidate) => candidate.part === part);
      if (!found) {
        throw new ConsistencyInputError(
          `indicator "${indicator.id}" is split into ${value.parts.map((p) => p.part).join(', ')}: name one of them, not ${part === undefined ? 'none' : `"${part}"`}`,
        );
      }
      return scalar(found.value);
    }
    return scalar(value);
  }

  /** A table cell as a reading, cited at its line in the plan text. */
  function cellReading(
    indicator: Indicator,
    column: 'baseline' | 'target',
    part?: string,
  ): PrintedReading {
    const cell = sources.tableCells.find(
      (candidate) =>
        candidate.indicator === indicator.id &&
        candidate.column === column &&
        candidate.part === part,
    );
    // Sources that list table cells must list every one the checks cite; a plan file's list none,
    // and its readings cite the table without a line.
    if (!cell && sources.tableCells.length > 0) {
      throw new ConsistencyInputError(
        `sources.tableCells has no line for ${indicator.id}${part ? ` (${part})` : ''}, ${column} column; add it so the reading can cite the table`,
      );
    }
    const value = cellOf(indicator, column, part);
    const partLabel = indicator.parts?.find((candidate) => candidate.id === part)?.label;
    const year = column === 'baseline' ? plan.baselineYear : plan.targetYear;
    return {
      basis: 'printed',
      text: value.printed,
      label: {
        zh: `${indicator.name.zh}${partLabel ? `（${partLabel.zh}）` : ''}，${year}年`,
        en: `${indicator.name.en}${partLabel ? ` (${partLabel.en})` : ''}, ${year}`,
      },
      printedValue: value.printed,
      ...(value.value !== undefined ? { value: value.value } : {}),
      ...(value.comparator ? { comparator: value.comparator } : {}),
      location: cell
        ? { ...locate(cell.line), table: indicator.table }
        : { table: indicator.table },
      indicatorId: indicator.id,
      ...(part ? { indicatorPart: part } : {}),
    };
  }

  return {
    projects,
    targets,
    plan,
    sources,
    targetById,
    factById,
    indicatorById,
    locate,
    need,
    cellOf,
    cellReading,
  };
}

/** A printed table value as a number and comparator; ratios and blanks have no number. */
export function scalar(value: PlanValue | { kind: 'absent'; printed: string }): Cell {
  switch (value.kind) {
    case 'number':
      return { printed: value.printed.trim(), value: value.value, comparator: 'eq' };
    case 'comparator':
      return { printed: value.printed.trim(), value: value.value, comparator: value.comparator };
    default:
      return { printed: value.printed.trim() };
  }
}
