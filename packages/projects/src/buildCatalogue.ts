import type { z } from 'zod';
import { type BoxSpan, locateLine } from './_lib/locateLine.js';
import { BaselineFact, BaselineFactInput } from './schema/baselineFact.js';
import type { Location } from './schema/location.js';
import type { Measure } from './schema/measure.js';
import { Outline } from './schema/outline.js';
import { Project, ProjectInput } from './schema/project.js';
import { Target, TargetInput } from './schema/target.js';

export type CatalogueIssue = { path: (string | number)[]; message: string };

/** Thrown by `buildCatalogue`; `issues` lists every problem with its path in the input. */
export class CatalogueValidationError extends Error {
  readonly issues: CatalogueIssue[];
  constructor(issues: CatalogueIssue[]) {
    super(
      `Invalid project catalogue:\n${issues
        .map(
          (issue) =>
            `- ${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`,
        )
        .join('\n')}`,
    );
    this.name = 'CatalogueValidationError';
    this.issues = issues;
  }
}

/** Everything a plan's projects and targets are authored as. */
export type CatalogueInput = {
  outline: z.input<typeof Outline>;
  projects: readonly ProjectInput[];
  proseTargets: readonly TargetInput[];
  baselines: readonly BaselineFactInput[];
  /** The year a target is due when the text states none: the plan's last year. */
  planEnd: number;
  /** The ids of the plan's indicators: every `indicatorId` must be one of them. */
  indicators: readonly string[];
};

export type Catalogue = {
  outline: Outline;
  projects: Project[];
  /** Every target, measures' and prose, in the order of the plan text. */
  targets: Target[];
  baselines: BaselineFact[];
};

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Reads authored projects, prose targets and baseline facts into the catalogue:
 * ids, positions and locations are derived (a target's chapter, section, 专栏
 * and measure come from its line), deadlines the text leaves out become the
 * plan's end marked inferred, and everything is checked against its schema.
 * Nothing about one plan is assumed: the count of projects, the years and the
 * indicators linked to are the input's (`planEnd`, `indicators`).
 *
 * @throws CatalogueValidationError naming the path and the problem of each issue
 */
export function buildCatalogue(input: CatalogueInput): Catalogue {
  const issues: CatalogueIssue[] = [];
  const fromZod = (error: z.ZodError, path: (string | number)[]) => {
    for (const issue of error.issues) {
      issues.push({
        path: [...path, ...issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key))],
        message: issue.message,
      });
    }
  };

  const outlineResult = Outline.safeParse(input.outline);
  if (!outlineResult.success) {
    fromZod(outlineResult.error, ['outline']);
    throw new CatalogueValidationError(issues);
  }
  const outline = outlineResult.data;
  checkOutlineOrder(outline, issues);

  const projectInputs = input.projects.flatMap((raw, index) => {
    const parsed = ProjectInput.safeParse(raw);
    if (parsed.success) return [{ index, project: parsed.data }];
    fromZod(parsed.error, ['projects', index]);
    return [];
  });
  const boxes: BoxSpan[] = projectInputs.map(({ project }) => {
    const measures = project.measures.map((measure, position) => ({
      id: `P${pad(project.number)}-M${position + 1}`,
      start: measure.line,
      end: measure.endLine ?? measure.line,
    }));
    return {
      box: project.number,
      start: project.box.line,
      end: Math.max(project.box.line, ...measures.map((measure) => measure.end)),
      measures,
    };
  });

  const targets: { target: unknown; path: (string | number)[] }[] = [];
  const deadlineOf = (stated: { year: number; date?: string | undefined } | undefined) =>
    stated
      ? { year: stated.year, ...(stated.date ? { date: stated.date } : {}), inferred: false }
      : { year: input.planEnd, inferred: true };

  const projects = projectInputs.flatMap(({ index, project }) => {
    const path = ['projects', index];
    const where = locateLine(project.box.line, outline);
    const chapter = outline.chapters.find((c) => c.number === where.chapter);
    const section = chapter?.sections.find((s) => s.number === where.section);
    const subsection = section?.subsections.find((s) => s.number === where.subsection);
    if (!chapter || !section || !subsection) {
      issues.push({
        path: [...path, 'box', 'line'],
        message: `line ${project.box.line} is not under a chapter, section and subsection of the outline`,
      });
      return [];
    }
    // Measures follow their box heading and each other, so a line falls in one measure only.
    project.measures.reduce((previous, measure, position) => {
      if (measure.line <= previous) {
        issues.push({
          path: [...path, 'measures', position, 'line'],
          message: `line ${measure.line} must come after line ${previous} (the box heading or the measure before)`,
        });
      }
      return measure.endLine ?? measure.line;
    }, project.box.line);
    const { subsections: _s, ...sectionHeading } = section;
    const { sections: _c, ...chapterHeading } = chapter;
    const measures: Measure[] = project.measures.map((measure, position) => {
      const id = `P${pad(project.number)}-M${position + 1}`;
      const lines = { start: measure.line, end: measure.endLine ?? measure.line };
      const targetIds = (measure.targets ?? []).map((target, targetIndex) => {
        const targetPath = [...path, 'measures', position, 'targets', targetIndex];
        const line = target.line ?? lines.start;
        if (line < lines.start || line > lines.end) {
          issues.push({
            path: [...targetPath, 'line'],
            message: `line ${line} is outside measure ${id} (lines ${lines.start}–${lines.end})`,
          });
        }
        if (!target.id.startsWith(`T-${id}-`)) {
          issues.push({
            path: [...targetPath, 'id'],
            message: `"${target.id}" is in measure ${id}: its id must start with "T-${id}-"`,
          });
        }
        targets.push({
          target: toTarget(target, locateLine(line, outline, boxes), deadlineOf),
          path: targetPath,
        });
        return target.id;
      });
      return {
        id,
        position: position + 1,
        number: measure.number,
        text: measure.text,
        summary: measure.summary,
        lines,
        targetIds,
      };
    });
    const built = {
      number: project.number,
      name: project.name,
      annexLine: project.annexLine,
      box: {
        number: project.number,
        printed: project.box.printed,
        // The box titles are the 附表1 names (checkConsistency compares the Chinese); one English name serves both.
        title: { zh: project.box.title, en: project.name.en },
        line: project.box.line,
      },
      chapter: chapterHeading,
      section: sectionHeading,
      subsection,
      measures,
    };
    const checked = Project.safeParse(built);
    if (!checked.success) {
      fromZod(checked.error, path);
      return [];
    }
    return [checked.data];
  });
  checkProjectNumbers(projects, issues);

  input.proseTargets.forEach((raw, index) => {
    const path = ['proseTargets', index];
    const parsed = TargetInput.safeParse(raw);
    if (!parsed.success) {
      fromZod(parsed.error, path);
      return;
    }
    const target = parsed.data;
    if (target.line === undefined) {
      issues.push({
        path: [...path, 'line'],
        message: `${target.id}: a prose target needs its line`,
      });
      return;
    }
    const location = locateLine(target.line, outline, boxes);
    if (location.box !== undefined) {
      issues.push({
        path: [...path, 'line'],
        message: `${target.id}: line ${target.line} is inside 专栏${location.box}; state the target in its measure`,
      });
      return;
    }
    const prefix = `T-C${location.chapter}S${location.section}-`;
    if (!target.id.startsWith(prefix)) {
      issues.push({
        path: [...path, 'id'],
        message: `"${target.id}" is on line ${target.line}, in chapter ${location.chapter}, section ${location.section}: its id must start with "${prefix}"`,
      });
    }
    targets.push({ target: toTarget(target, location, deadlineOf), path });
  });

  const knownIndicator = indicatorCheck(input.indicators, issues);
  const parsedTargets = targets.flatMap(({ target, path }) => {
    const parsed = Target.safeParse(target);
    if (!parsed.success) {
      fromZod(parsed.error, path);
      return [];
    }
    knownIndicator(parsed.data.indicatorId, path);
    return [parsed.data];
  });
  checkUnique(
    parsedTargets.map((target) => target.id),
    'target',
    issues,
  );

  const baselines = input.baselines.flatMap((raw, index) => {
    const path = ['baselines', index];
    const parsed = BaselineFactInput.safeParse(raw);
    if (!parsed.success) {
      fromZod(parsed.error, path);
      return [];
    }
    const { line, ...fact } = parsed.data;
    knownIndicator(fact.indicatorId, path);
    const location = locateLine(line, outline, boxes);
    const prefix = location.measure
      ? `B-${location.measure}-`
      : `B-C${location.chapter}S${location.section}-`;
    if (!fact.id.startsWith(prefix)) {
      issues.push({
        path: [...path, 'id'],
        message: `"${fact.id}" is on line ${line}: its id must start with "${prefix}"`,
      });
    }
    const checked = BaselineFact.safeParse({ ...fact, location });
    if (checked.success) return [checked.data];
    fromZod(checked.error, path);
    return [];
  });
  checkUnique(
    baselines.map((fact) => fact.id),
    'baseline fact',
    issues,
  );

  if (issues.length > 0) throw new CatalogueValidationError(issues);
  // Plan order: by line, then as authored (the sort is stable).
  const ordered = [...parsedTargets].sort((a, b) => a.location.line - b.location.line);
  return { outline, projects, targets: ordered, baselines };
}

function toTarget(
  input: z.output<typeof TargetInput>,
  location: Location,
  deadlineOf: (stated: z.output<typeof TargetInput>['deadline']) => unknown,
): unknown {
  const { line: _line, deadline, aspirational, ...rest } = input;
  return { ...rest, deadline: deadlineOf(deadline), aspirational: aspirational ?? false, location };
}

/** Reports a reference to an indicator the plan does not have, at `path`.indicatorId. */
function indicatorCheck(indicators: readonly string[], issues: CatalogueIssue[]) {
  const known = new Set(indicators);
  const example = indicators[0] === undefined ? '' : `, e.g. "${indicators[0]}"`;
  return (id: string | undefined, path: (string | number)[]) => {
    if (id === undefined || known.has(id)) return;
    issues.push({
      path: [...path, 'indicatorId'],
      message: `unknown indicator id "${id}": expected the id of one of the plan's ${known.size} indicators${example}`,
    });
  };
}

function checkOutlineOrder(outline: Outline, issues: CatalogueIssue[]) {
  const headings = outline.chapters.flatMap((chapter, c) => [
    { line: chapter.line, path: ['outline', 'chapters', c] },
    ...chapter.sections.flatMap((section, s) => [
      { line: section.line, path: ['outline', 'chapters', c, 'sections', s] },
      ...section.subsections.map((subsection, u) => ({
        line: subsection.line,
        path: ['outline', 'chapters', c, 'sections', s, 'subsections', u],
      })),
    ]),
  ]);
  headings.forEach((heading, index) => {
    const before = headings[index - 1];
    if (before && before.line >= heading.line) {
      issues.push({
        path: [...heading.path, 'line'],
        message: `line ${heading.line} must come after the heading before it (line ${before.line})`,
      });
    }
  });
  const last = headings.at(-1);
  if (last && last.line >= outline.annexLine) {
    issues.push({
      path: ['outline', 'annexLine'],
      message: 'the annex must come after every heading',
    });
  }
}

function checkProjectNumbers(projects: Project[], issues: CatalogueIssue[]) {
  checkUnique(
    projects.map((project) => String(project.number)),
    'project number',
    issues,
  );
}

function checkUnique(ids: string[], what: string, issues: CatalogueIssue[]) {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) issues.push({ path: [], message: `duplicate ${what} "${id}"` });
    seen.add(id);
  }
}
