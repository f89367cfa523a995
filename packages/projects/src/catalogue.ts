import { deepFreeze, type IndicatorId, ordosPlan } from '@plan/indicators';
import { buildCatalogue, type Catalogue, type CatalogueInput } from './buildCatalogue.js';
import { baselineFacts } from './data/ordos-2021-2025/baselineFacts.js';
import { basicEducationProjects } from './data/ordos-2021-2025/basicEducationProjects.js';
import { keyMeasureProjects } from './data/ordos-2021-2025/keyMeasureProjects.js';
import { moralEducationProjects } from './data/ordos-2021-2025/moralEducationProjects.js';
import { outline } from './data/ordos-2021-2025/outline.js';
import { proseTargets } from './data/ordos-2021-2025/proseTargets.js';
import { skillsAndSportsProjects } from './data/ordos-2021-2025/skillsAndSportsProjects.js';
import type { BaselineFact } from './schema/baselineFact.js';
import type { Measure } from './schema/measure.js';
import type { Outline } from './schema/outline.js';
import type { Project } from './schema/project.js';
import type { Target } from './schema/target.js';

/**
 * Lookups over a catalogue; works for any plan's projects:
 * `createLookups(buildCatalogue(input), input.indicators)`.
 * `indicators` are the plan's indicator ids, so an unknown one is refused
 * rather than read as an indicator without targets.
 */
export function createLookups(catalogue: Catalogue, indicators: readonly string[]) {
  const indicatorIds = new Set(indicators);
  const projectsByNumber = new Map(catalogue.projects.map((project) => [project.number, project]));
  const measuresById = new Map(
    catalogue.projects.flatMap((project) =>
      project.measures.map((measure) => [measure.id, measure] as const),
    ),
  );
  const targetsById = new Map(catalogue.targets.map((target) => [target.id, target]));
  const numbers = [...projectsByNumber.keys()].sort((a, b) => a - b);
  const range = numbers.length > 0 ? `${numbers[0]}–${numbers.at(-1)}` : 'none';

  function projectByNumber(number: number): Project {
    if (!Number.isInteger(number))
      throw new TypeError(`project number must be a whole number, not ${number}`);
    const project = projectsByNumber.get(number);
    if (!project)
      throw new RangeError(`no project ${number}: the plan's projects are numbered ${range}`);
    return project;
  }

  return {
    /** The project with this number, as in the annex (附表1): 1–20 in the Ordos plan. */
    projectByNumber,
    /** The measure with this id, e.g. `P07-M3`. */
    measureById(id: string): Measure {
      const measure = measuresById.get(id);
      if (measure) return measure;
      const match = /^P(\d{2,})-M\d+$/.exec(id);
      if (!match) throw new TypeError(`"${id}" is not a measure id: expected one such as "P07-M3"`);
      const project = projectByNumber(Number(match[1]));
      const ids = project.measures.map((candidate) => candidate.id);
      throw new RangeError(
        `no measure "${id}": project ${project.number} has ${ids[0]} to ${ids.at(-1)}`,
      );
    },
    /** The target with this id, e.g. `T-P13-M2-1` or `T-C3S4-2`. */
    targetById(id: string): Target {
      const target = targetsById.get(id);
      if (!target) throw new RangeError(`no target "${id}"`);
      return target;
    },
    /** The targets stated in the project's 专栏, in order. */
    targetsForProject(number: number): Target[] {
      const project = projectByNumber(number);
      const ids = new Set(project.measures.flatMap((measure) => measure.targetIds));
      return catalogue.targets.filter((target) => ids.has(target.id));
    },
    /** The targets linked to an indicator, from the boxes and the prose; [] when none are. */
    targetsForIndicator(id: string): Target[] {
      if (!indicatorIds.has(id)) throw new RangeError(`unknown indicator id "${id}"`);
      return catalogue.targets.filter((target) => target.indicatorId === id);
    },
    /**
     * The targets due in a year, including those whose year is inferred (the
     * plan's end, where the text states none; see `deadline.inferred`).
     */
    targetsDueIn(year: number): Target[] {
      if (!Number.isInteger(year)) throw new TypeError(`year must be a whole number, not ${year}`);
      return catalogue.targets.filter((target) => target.deadline.year === year);
    },
  };
}
export type Lookups = ReturnType<typeof createLookups>;

/** The Ordos projects as authored: the `projects` part of the Ordos plan file (@plan/plans' `ordosPlanFile`). */
export const ordosCatalogueInput = {
  outline,
  projects: [
    ...moralEducationProjects,
    ...basicEducationProjects,
    ...skillsAndSportsProjects,
    ...keyMeasureProjects,
  ],
  proseTargets,
  baselines: baselineFacts,
} satisfies Omit<CatalogueInput, 'planEnd' | 'indicators'>;

const ordosIndicatorIds = ordosPlan.indicators.map((indicator) => indicator.id);
const ordos: Readonly<Catalogue> = deepFreeze(
  buildCatalogue({
    ...ordosCatalogueInput,
    planEnd: ordosPlan.period.end,
    indicators: ordosIndicatorIds,
  }),
);

/** The plan's chapters, sections and subsections, with their lines. */
export const ordosOutline: Readonly<Outline> = ordos.outline;
/** The 20 major projects of 附表1, each with its 专栏 and measures, frozen. */
export const ordosProjects: readonly Project[] = ordos.projects;
/** Every quantified target of the plan's text, in the order of the text, frozen. */
export const ordosTargets: readonly Target[] = ordos.targets;
/** Past achievements the text states, where a target or indicator is read against them. */
export const ordosBaselines: readonly BaselineFact[] = ordos.baselines;

const ordosLookups = createLookups(ordos, ordosIndicatorIds);
export const { projectByNumber, measureById, targetById, targetsForProject, targetsDueIn } =
  ordosLookups;
/** The Ordos targets linked to an indicator; typed so an unknown id fails to compile. */
export const targetsForIndicator: (id: IndicatorId) => Target[] = ordosLookups.targetsForIndicator;
