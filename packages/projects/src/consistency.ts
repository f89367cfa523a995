import {
  type Comparator,
  type Direction,
  deepFreeze,
  type Indicator,
  type IndicatorId,
  ordosPlan,
  type Plan,
  type PlanValue,
} from '@plan/indicators';
import { z } from 'zod';
import { type BoxSpan, locateLine } from './_lib/locateLine.js';
import { ordosBaselines, ordosOutline, ordosProjects, ordosTargets } from './catalogue.js';
import {
  curatedFindings,
  findingOverrides,
  listClaims,
  planClaim,
  sumChecks,
  tableCells,
} from './data/ordos-2021-2025/consistencySources.js';
import type { BaselineFact } from './schema/baselineFact.js';
import type {
  ConsistencyFinding,
  DerivedReading,
  PrintedReading,
  Reading,
  Severity,
} from './schema/consistencyFinding.js';
import { type ConsistencyCheck, ConsistencyReport } from './schema/consistencyReport.js';
import { ConsistencySources, type QuantityRef } from './schema/consistencySources.js';
import type { Location } from './schema/location.js';
import { Project } from './schema/project.js';
import { Target, type TargetComparator } from './schema/target.js';

/** Thrown by `checkConsistency` for input it cannot read; the message names what is wrong. */
export class ConsistencyInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConsistencyInputError';
  }
}

/** The Ordos sources: outline, the plan's own counts, table cell lines, sums to check, curated findings. */
export const ordosConsistencySources: ConsistencySources = {
  outline: ordosOutline,
  claim: planClaim,
  listClaims,
  baselines: [...ordosBaselines],
  tableCells,
  sumChecks,
  curated: curatedFindings,
  overrides: findingOverrides,
};

type Sources = z.output<typeof ConsistencySources>;
type Cell = { printed: string; value?: number; comparator?: Comparator };
type Draft = Omit<ConsistencyFinding, 'origin'>;

const EPSILON = 1e-9;
const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };
const SYMBOL: Record<TargetComparator, string> = {
  eq: '',
  gte: '≥',
  gt: '>',
  lte: '≤',
  lt: '<',
  about: '≈',
  between: '',
};

function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const lines = result.error.issues.map(
    (issue) => `- ${[what, ...issue.path.map(String)].join('.')}: ${issue.message}`,
  );
  throw new ConsistencyInputError(`Invalid ${what}:\n${lines.join('\n')}`);
}

const near = (a: number, b: number) =>
  Math.abs(a - b) <= EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
const tidy = (n: number) => Math.round(n * 1e9) / 1e9;
const form = (comparator: TargetComparator | undefined, value: number, upper?: number) =>
  comparator === 'between' ? `${value}–${upper}` : `${SYMBOL[comparator ?? 'eq']}${value}`;

/**
 * Checks a plan's projects and targets against themselves, the plan's own
 * counts and its indicator tables, and returns every finding with all its
 * readings, and every check run (so agreement is on record too).
 *
 * Derived: the count of measures against 附表1's claim; printed measure
 * numbers; box titles against 附表1 names; headings printed without numbers;
 * each target linked to an indicator against the table's 2025 value and
 * comparator (a yearly pace is projected from the 2020 value); sums the plan
 * states; lists it counts. Curated: contradictions that need a human reading,
 * from `sources.curated`. Findings are ordered by severity.
 *
 * @throws ConsistencyInputError naming the path and the problem
 * @example
 *   const report = checkConsistency(ordosProjects, ordosTargets, ordosPlan);
 *   report.findings.filter((finding) => finding.severity === 'high');
 */
export function checkConsistency(
  projectsInput: readonly Project[],
  targetsInput: readonly Target[],
  plan: Plan,
  sourcesInput: ConsistencySources = ordosConsistencySources,
): ConsistencyReport {
  const projects = parseOrThrow(z.array(Project), projectsInput, 'projects');
  const targets = parseOrThrow(z.array(Target), targetsInput, 'targets');
  const sources: Sources = parseOrThrow(ConsistencySources, sourcesInput, 'sources');

  const boxes: BoxSpan[] = projects.map((project) => ({
    box: project.number,
    start: project.box.line,
    end: Math.max(project.box.line, ...project.measures.map((measure) => measure.lines.end)),
    measures: project.measures.map((measure) => ({ id: measure.id, ...measure.lines })),
  }));
  const locate = (line: number): Location => locateLine(line, sources.outline, boxes);
  const targetById = new Map(targets.map((target) => [target.id, target]));
  const factById = new Map(sources.baselines.map((fact) => [fact.id, fact]));
  const indicatorById = new Map(plan.indicators.map((indicator) => [indicator.id, indicator]));

  const need = <T>(map: Map<string, T>, id: string, what: string, where: string): T => {
    const found = map.get(id);
    if (!found) throw new ConsistencyInputError(`${where}: unknown ${what} "${id}"`);
    return found;
  };

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

  function cellReading(
    indicator: Indicator,
    column: 'baseline' | 'target',
    part?: string,
  ): PrintedReading {
    const cell = tableCellLine(sources, indicator.id, column, part);
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
      location: { ...locate(cell.line), table: indicator.table },
      indicatorId: indicator.id as IndicatorId,
      ...(part ? { indicatorPart: part } : {}),
    };
  }

  const drafts: Draft[] = [];
  const checks: ConsistencyCheck[] = [];
  const record = (check: Omit<ConsistencyCheck, 'outcome' | 'findingIds'>, found: Draft[]) => {
    drafts.push(...found);
    checks.push({
      ...check,
      outcome: found.length > 0 ? 'disagrees' : 'agrees',
      findingIds: found.map((finding) => finding.id),
    });
  };

  // 1. The plan's count of its projects, measures and implementation plans (附表1 说明).
  const claimReading = (printedValue: string, value: number): PrintedReading => ({
    basis: 'printed',
    text: sources.claim.text,
    printedValue,
    value,
    location: locate(sources.claim.line),
  });
  record(
    {
      id: 'C-claim-projects',
      title: { en: 'The number of projects against 附表1’s count' },
      detail: {
        en: `附表1 counts ${sources.claim.projects} projects; the catalogue has ${projects.length}.`,
      },
    },
    projects.length === sources.claim.projects
      ? []
      : [
          {
            id: 'F-claim-projects',
            kind: 'count-claim',
            severity: 'high',
            title: {
              zh: `项目数：附表1说明${sources.claim.projects}个，实有${projects.length}个`,
              en: `Projects: ${sources.claim.projects} claimed, ${projects.length} found`,
            },
            readings: [
              claimReading(String(sources.claim.projects), sources.claim.projects),
              derived(
                `共有${projects.length}个项目`,
                `${projects.length} projects`,
                projects.length,
              ),
            ],
            explanation: { en: 'The projects found do not match the count 附表1 states.' },
            indicatorIds: [],
            targetIds: [],
            projects: [],
          },
        ],
  );

  const measures = projects.flatMap((project) => project.measures);
  const numbered = measures.filter((measure) => measure.number !== null).length;
  record(
    {
      id: 'C-claim-measures',
      title: { en: 'The number of measures against 附表1’s count' },
      detail: {
        en: `附表1 counts ${sources.claim.measures} measures (工作举措); the boxes hold ${measures.length} paragraphs, ${numbered} of them numbered.`,
      },
    },
    measures.length === sources.claim.measures
      ? []
      : [
          {
            id: 'F-claim-measures',
            kind: 'count-claim',
            severity: 'medium',
            title: {
              zh: `工作举措数：附表1说明${sources.claim.measures}项，专栏中实有${measures.length}段`,
              en: `Measures: ${sources.claim.measures} claimed in 附表1, ${measures.length} paragraphs in the boxes`,
            },
            readings: [
              claimReading(String(sources.claim.measures), sources.claim.measures),
              derived(
                `20个专栏中共有${measures.length}段工作举措`,
                `${measures.length} measure paragraphs in the ${projects.length} boxes`,
                measures.length,
              ),
              derived(
                `其中印有序号的${numbered}段`,
                `${numbered} of them with a printed number (（1）, （2）…)`,
                numbered,
              ),
            ],
            explanation: {
              en: `Counted paragraph by paragraph, the boxes hold ${measures.length} measures, ${sources.claim.measures - measures.length > 0 ? `${sources.claim.measures - measures.length} fewer than` : `${measures.length - sources.claim.measures} more than`} the claim.`,
            },
            indicatorIds: [],
            targetIds: [],
            projects: [],
          },
        ],
  );

  // The plan never lists its 实施方案; the documents the measures name are the nearest count.
  const documents = measures.flatMap((measure) => measure.text.match(/《[^》]*》/g) ?? []);
  const plansNamed = documents.filter((title) => title.includes('方案')).length;
  record(
    {
      id: 'C-claim-implementation-plans',
      title: { en: 'The number of implementation plans against 附表1’s count' },
      detail: {
        en: `附表1 counts ${sources.claim.implementationPlans} 实施方案; the measures name ${documents.length} documents, ${plansNamed} of them titled …方案.`,
      },
    },
    plansNamed === sources.claim.implementationPlans
      ? []
      : [
          {
            id: 'F-claim-implementation-plans',
            kind: 'count-claim',
            severity: 'low',
            title: {
              zh: `实施方案数：附表1说明${sources.claim.implementationPlans}个，无从核对`,
              en: `Implementation plans: ${sources.claim.implementationPlans} claimed, and no list to check them against`,
            },
            readings: [
              claimReading(
                String(sources.claim.implementationPlans),
                sources.claim.implementationPlans,
              ),
              derived(
                `工作举措中提及文件${documents.length}份，其中名为“方案”的${plansNamed}份`,
                `The measures name ${documents.length} documents (《…》), ${plansNamed} of them titled …方案`,
                plansNamed,
              ),
            ],
            explanation: {
              en: 'The plan never lists its 实施方案 (implementation plans), and no count of the documents its measures name gives the claimed number, so the claim cannot be checked.',
            },
            indicatorIds: [],
            targetIds: [],
            projects: [],
          },
        ],
  );

  // 2. Printed measure numbers: each box should print （1）, （2）… in order.
  record(
    {
      id: 'C-measure-numbering',
      title: { en: 'Each box numbers its measures （1）, （2）… in order' },
      detail: { en: `${numbered} of ${measures.length} measures carry their printed number.` },
    },
    projects.flatMap((project): Draft[] => {
      const irregular = project.measures.filter(
        (measure) => measure.number !== `（${measure.position}）`,
      );
      if (irregular.length === 0) return [];
      const printed = project.measures.flatMap((measure) =>
        measure.number ? [measure.number] : [],
      );
      const skipped = project.measures
        .filter(
          (measure) =>
            measure.number === null &&
            project.measures.some((m) => m.position > measure.position && m.number !== null),
        )
        .map((measure) => `（${measure.position}）`);
      return [
        {
          id: `F-numbering-box-${project.number}`,
          kind: 'numbering',
          severity: 'low',
          title: {
            zh: `专栏${project.number}：${project.measures.length}段中${irregular.length}段未印序号`,
            en: `专栏${project.number}: ${irregular.length} of ${project.measures.length} paragraphs ${irregular.length === 1 ? 'has' : 'have'} no printed number`,
          },
          readings: [
            ...irregular.map(
              (measure): PrintedReading => ({
                basis: 'printed',
                text: measure.text,
                label: { zh: `${measure.id}（未印序号）`, en: `${measure.id} (no printed number)` },
                location: locate(measure.lines.start),
              }),
            ),
            derived(
              `印有序号：${printed.join('') || '无'}；共${project.measures.length}段`,
              `Printed numbers: ${printed.join(' ') || 'none'}; ${project.measures.length} paragraphs`,
              project.measures.length,
            ),
          ],
          explanation: {
            en: `Measures are counted by their place in the box, so ${irregular.map((measure) => measure.id).join(', ')} ${irregular.length === 1 ? 'is' : 'are'} counted although unnumbered.${skipped.length > 0 ? ` The printed numbers skip ${skipped.join(', ')}.` : ''}`,
          },
          indicatorIds: [],
          targetIds: [],
          projects: [project.number],
        },
      ];
    }),
  );

  // 3. Headings the plan prints without their number.
  const unnumbered = sources.outline.chapters.flatMap((chapter) => [
    ...(chapter.numberPrinted ? [] : [chapter]),
    ...chapter.sections.filter((section) => !section.numberPrinted),
  ]);
  record(
    {
      id: 'C-heading-numbering',
      title: { en: 'Chapters and sections carry their printed numbers' },
      detail: { en: `${unnumbered.length} headings are printed without a number.` },
    },
    unnumbered.length === 0
      ? []
      : [
          {
            id: 'F-numbering-headings',
            kind: 'numbering',
            severity: 'low',
            title: {
              zh: `${unnumbered.length}个章节标题未印序号`,
              en: `${unnumbered.length} chapter and section headings are printed without a number`,
            },
            readings: unnumbered.map(
              (heading): PrintedReading => ({
                basis: 'printed',
                text: heading.printed,
                location: locate(heading.line),
              }),
            ),
            explanation: {
              en: 'Chapters and sections are numbered here by their place (see ordosOutline, numberPrinted: false). Where only the last section of a chapter prints 第四节, the first three are read as 第一节 to 第三节.',
            },
            indicatorIds: [],
            targetIds: [],
            projects: [],
          },
        ],
  );

  // 4. Box titles against 附表1 names.
  record(
    {
      id: 'C-box-titles-match-annex',
      title: { en: 'Each 专栏 title is the name 附表1 gives its project' },
      detail: { en: `${projects.length} box titles compared with 附表1 (names trimmed).` },
    },
    projects
      .filter((project) => project.box.title.zh !== project.name.zh)
      .map(
        (project): Draft => ({
          id: `F-name-box-${project.number}`,
          kind: 'name-mismatch',
          severity: 'low',
          title: {
            zh: `专栏${project.number}标题与附表1名称不同`,
            en: `专栏${project.number}’s title differs from its name in 附表1`,
          },
          readings: [
            { basis: 'printed', text: project.box.title.zh, location: locate(project.box.line) },
            { basis: 'printed', text: project.name.zh, location: locate(project.annexLine) },
          ],
          explanation: { en: 'The box and 附表1 name the project differently.' },
          indicatorIds: [],
          targetIds: [],
          projects: [project.number],
        }),
      ),
  );

  // 5. Targets linked to an indicator against the table.
  const linked = new Map<string, Target[]>();
  for (const target of targets) {
    if (target.indicatorId)
      linked.set(target.indicatorId, [...(linked.get(target.indicatorId) ?? []), target]);
  }
  for (const [indicatorId, group] of linked) {
    const indicator = need(indicatorById, indicatorId, 'indicator', `target ${group[0]?.id}`);
    const found = compareWithTable(indicator, group);
    record(
      {
        id: `C-indicator-${indicatorId}`,
        title: { en: `Targets on ${indicator.name.en} against the table` },
        detail: {
          en: `${group.length} target${group.length === 1 ? '' : 's'} (${group.map((target) => target.id).join(', ')}) compared with the table’s ${plan.targetYear} value.`,
        },
      },
      found ? [found] : [],
    );
  }

  function compareWithTable(indicator: Indicator, group: Target[]): Draft | undefined {
    const parts = indicator.parts?.map((part) => part.id) ?? [undefined];
    const outcomes = group.flatMap((target) =>
      (target.indicatorPart ? [target.indicatorPart] : parts).map((part) => ({
        target,
        part,
        ...compareTarget(target, indicator, part),
      })),
    );
    const disagreeing = outcomes.filter((outcome) => outcome.result !== 'agrees');
    if (disagreeing.length === 0) return undefined;
    const valueDiffers = disagreeing.some((outcome) => outcome.result === 'value');
    const severity: Severity = valueDiffers
      ? 'high'
      : disagreeing.some((outcome) => outcome.result === 'comparator-medium')
        ? 'medium'
        : 'low';
    const usedParts = [...new Set(outcomes.map((outcome) => outcome.part))];
    const cells = usedParts.map((part) => cellReading(indicator, 'target', part));
    const needsBaseline = group.some((target) => target.kind === 'pace');
    const readings: Reading[] = [
      ...cells,
      ...(needsBaseline ? usedParts.map((part) => cellReading(indicator, 'baseline', part)) : []),
      ...group.map(targetReading),
      ...outcomes.flatMap((outcome) => (outcome.implied ? [outcome.implied] : [])),
    ];
    const cellText = cells.map((cell) => cell.text).join(' / ');
    const textForms = [
      ...new Map(
        disagreeing.map((outcome) => [targetForm(outcome.target).en, targetForm(outcome.target)]),
      ).values(),
    ];
    return {
      id: `F-indicator-${indicator.id}`,
      kind: valueDiffers ? 'table-vs-text' : 'comparator-mismatch',
      severity,
      title: {
        zh: `${indicator.name.zh}：表中${cellText}，正文${textForms.map((f) => f.zh).join('、')}`,
        en: `${indicator.name.en}: ${cellText} in the table, ${textForms.map((f) => f.en).join(', ')} in the text`,
      },
      readings,
      explanation: {
        en: [
          `The table prints ${cellText} for ${plan.targetYear}.`,
          ...outcomes.map(
            (outcome) =>
              `${outcome.target.id} (line ${outcome.target.location.line})${outcome.part ? ` against ${outcome.part}` : ''}: ${outcome.description}.`,
          ),
        ].join(' '),
      },
      indicatorIds: [indicator.id as IndicatorId],
      targetIds: group.map((target) => target.id),
      projects: projectsOf(group),
    };
  }

  function compareTarget(
    target: Target,
    indicator: Indicator,
    part: string | undefined,
  ): {
    result: 'agrees' | 'value' | 'comparator-low' | 'comparator-medium';
    description: string;
    implied?: DerivedReading;
  } {
    const cell = cellOf(indicator, 'target', part);
    if (cell.value === undefined) {
      throw new ConsistencyInputError(
        `target ${target.id}: the table prints "${cell.printed}" for ${indicator.id}, which has no number to compare with`,
      );
    }
    const cellComparator = cell.comparator ?? 'eq';
    let value = target.value * (target.indicatorScale ?? 1);
    let comparator: TargetComparator = target.comparator;
    let implied: DerivedReading | undefined;
    if (target.kind === 'pace') {
      const baseline = cellOf(indicator, 'baseline', part).value;
      if (baseline === undefined) {
        throw new ConsistencyInputError(
          `target ${target.id}: a pace needs the table’s ${plan.baselineYear} value of ${indicator.id}`,
        );
      }
      const years = target.deadline.year - plan.baselineYear;
      const sign = target.change === 'decrease' ? -1 : 1;
      value = tidy(baseline + sign * target.value * years);
      comparator = projectComparator(target.comparator, target.change);
      implied = {
        basis: 'derived',
        description: {
          zh: `按每年${target.change === 'decrease' ? '下降' : '提高'}${target.value}${target.unit.zh}推算，${target.deadline.year}年应为${form(comparator, value)}`,
          en: `At ${target.value} ${target.unit.en} a year from ${baseline} in ${plan.baselineYear}, ${target.deadline.year} would be ${form(comparator, value)}`,
        },
        value,
        comparator,
      };
    }
    const scaled = target.indicatorScale ? ` (${target.value} × ${target.indicatorScale})` : '';
    if (comparator === 'between') {
      const upper = (target.upper ?? value) * (target.indicatorScale ?? 1);
      const inside = cell.value >= value - EPSILON && cell.value <= upper + EPSILON;
      return inside
        ? { result: 'agrees', description: `${cell.value} lies within ${value}–${upper}` }
        : { result: 'value', description: `${cell.value} lies outside ${value}–${upper}` };
    }
    if (!near(value, cell.value)) {
      return {
        result: 'value',
        description: `${form(comparator, value)}${scaled} against the table’s ${form(cellComparator, cell.value)}`,
        ...(implied ? { implied } : {}),
      };
    }
    if (comparator === cellComparator) {
      return {
        result: 'agrees',
        description: `${form(comparator, value)}${scaled} agrees`,
        ...(implied ? { implied } : {}),
      };
    }
    const same = equivalentComparators(comparator, cellComparator, indicator.direction);
    return {
      result: same ? 'comparator-low' : 'comparator-medium',
      description: `the same number with ${form(comparator, value)}${scaled} against the table’s ${form(cellComparator, cell.value)}${same ? `, which changes nothing for a value to ${indicator.direction === 'decrease' ? 'lower' : 'raise'}` : ', which decides the boundary case differently'}`,
      ...(implied ? { implied } : {}),
    };
  }

  // 6. Sums the plan states.
  for (const check of sources.sumChecks) {
    const where = `sum check "${check.id}"`;
    const parts = check.parts.map((ref) => quantity(ref, where));
    const whole = quantity(check.whole, where);
    const sum = tidy(parts.reduce((total, part) => total + part.value, 0));
    let holds: boolean;
    if (check.relation === 'equals') holds = near(sum, whole.value);
    else {
      if (!('target' in check.whole)) {
        throw new ConsistencyInputError(`${where}: "satisfies" needs a target as its whole`);
      }
      const target = need(targetById, check.whole.target, 'target', where);
      holds = satisfies(sum, target.comparator, target.value, target.upper);
    }
    const statement = `${parts.map((part) => part.value).join(' + ')} = ${sum}${check.relation === 'equals' ? `, against ${whole.value}` : `, against ${whole.form}`}`;
    record(
      {
        id: `C-sum-${check.id}`,
        title: { zh: check.title.zh, en: check.title.en },
        detail: { en: statement },
      },
      holds
        ? []
        : [
            {
              id: `F-sum-${check.id}`,
              kind: 'sum-mismatch',
              severity: 'medium',
              title: { zh: `${check.title.zh}：不符`, en: `${check.title.en}: they do not add up` },
              readings: [
                ...parts.map((part) => part.reading),
                whole.reading,
                derived(`合计${sum}`, `Sum ${sum}`, sum),
              ],
              explanation: { en: `${statement}.` },
              indicatorIds: [],
              targetIds: [check.whole, ...check.parts].flatMap((ref) =>
                'target' in ref ? [ref.target] : [],
              ),
              projects: [],
            },
          ],
    );
  }

  function quantity(
    ref: QuantityRef,
    where: string,
  ): { value: number; form: string; reading: Reading } {
    if ('target' in ref) {
      const target = need(targetById, ref.target, 'target', where);
      return { value: target.value, form: targetForm(target).en, reading: targetReading(target) };
    }
    if ('fact' in ref) {
      const fact = need(factById, ref.fact, 'baseline fact', where);
      return { value: fact.value, form: String(fact.value), reading: factReading(fact) };
    }
    const indicator = need(indicatorById, ref.indicator, 'indicator', where);
    const number = (column: 'baseline' | 'target', region: 'subject' | 'benchmark' = 'subject') => {
      const value =
        region === 'subject'
          ? cellOf(indicator, column, ref.part)
          : scalar(indicator.values.benchmark[column]);
      if (value.value === undefined) {
        throw new ConsistencyInputError(
          `${where}: ${indicator.id} prints "${value.printed}" (${region} ${column}), not a number`,
        );
      }
      return value.value;
    };
    if (ref.value === 'baseline' || ref.value === 'target') {
      const value = number(ref.value);
      return { value, form: String(value), reading: cellReading(indicator, ref.value, ref.part) };
    }
    const [value, description] =
      ref.value === 'increase'
        ? [
            tidy(number('target') - number('baseline')),
            `${number('target')} − ${number('baseline')}`,
          ]
        : [
            tidy(number('baseline') - number('baseline', 'benchmark')),
            `${number('baseline')} − ${number('baseline', 'benchmark')}`,
          ];
    const label =
      ref.value === 'increase'
        ? `increase ${plan.baselineYear}–${plan.targetYear}`
        : `${plan.baselineYear} gap over the benchmark region`;
    return {
      value,
      form: String(value),
      reading: derived(
        `${indicator.name.zh}：${description} = ${value}`,
        `${indicator.name.en}, ${label}: ${description} = ${value}`,
        value,
      ),
    };
  }

  // 7. Lists the plan counts.
  for (const claim of sources.listClaims) {
    const items = claim.targetIds.map((id) =>
      need(targetById, id, 'target', `list claim "${claim.id}"`),
    );
    const offLine = items.filter((target) => target.location.line !== claim.line);
    if (offLine.length > 0) {
      throw new ConsistencyInputError(
        `list claim "${claim.id}": ${offLine.map((target) => target.id).join(', ')} not on line ${claim.line}`,
      );
    }
    record(
      {
        id: `C-list-${claim.id}`,
        title: { zh: claim.text, en: `${claim.text} names ${claim.count} items` },
        detail: { en: `${claim.count} claimed, ${items.length} targets read from the list.` },
      },
      items.length === claim.count
        ? []
        : [
            {
              id: `F-list-${claim.id}`,
              kind: 'count-claim',
              severity: 'medium',
              title: {
                zh: `${claim.text}：条目数不符`,
                en: `${claim.text}: ${items.length} items, not ${claim.count}`,
              },
              readings: [
                {
                  basis: 'printed',
                  text: claim.text,
                  value: claim.count,
                  location: locate(claim.line),
                },
                ...items.map(targetReading),
              ],
              explanation: {
                en: `The plan calls the list ${claim.text} but ${items.length} items are read from it.`,
              },
              indicatorIds: [],
              targetIds: claim.targetIds,
              projects: projectsOf(items),
            },
          ],
    );
  }

  // 8. Overrides: our reading of derived findings.
  const derivedIds = new Set(drafts.map((draft) => draft.id));
  const unknown = Object.keys(sources.overrides).filter((id) => !derivedIds.has(id));
  if (unknown.length > 0) {
    throw new ConsistencyInputError(
      `overrides name findings that were not derived: ${unknown.join(', ')} (derived: ${[...derivedIds].join(', ')})`,
    );
  }
  const derivedFindings = drafts.map((draft): ConsistencyFinding => {
    const override = sources.overrides[draft.id];
    if (!override) return { ...draft, origin: 'derived' };
    return {
      ...draft,
      origin: 'derived',
      severity: override.severity ?? draft.severity,
      explanation: {
        ...(override.explanation.zh ? { zh: override.explanation.zh } : {}),
        en: `${draft.explanation.en} ${override.explanation.en}`,
      },
    };
  });

  // 9. Curated findings.
  const curated = sources.curated.map((finding): ConsistencyFinding => {
    const where = `curated finding "${finding.id}"`;
    const readings = finding.readings.map((input): Reading => {
      if ('target' in input) return targetReading(need(targetById, input.target, 'target', where));
      if ('fact' in input) return factReading(need(factById, input.fact, 'baseline fact', where));
      if ('indicator' in input) {
        return cellReading(
          need(indicatorById, input.indicator, 'indicator', where),
          input.column ?? 'target',
          input.part,
        );
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
    const readTargets = finding.readings.flatMap((input) =>
      'target' in input ? [need(targetById, input.target, 'target', where)] : [],
    );
    const indicatorIds = [
      ...new Set(
        readings.flatMap((reading) =>
          reading.basis === 'printed' && reading.indicatorId ? [reading.indicatorId] : [],
        ),
      ),
    ];
    const boxesRead = readings.flatMap((reading) =>
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
      targetIds: readTargets.map((target) => target.id),
      projects: [...new Set([...(finding.projects ?? []), ...boxesRead])].sort((a, b) => a - b),
    };
  });

  const findings = [...derivedFindings, ...curated].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
  return parseOrThrow(ConsistencyReport, { findings, checks }, 'report');
}

function derived(zh: string, en: string, value?: number): DerivedReading {
  return { basis: 'derived', description: { zh, en }, ...(value !== undefined ? { value } : {}) };
}

function targetReading(target: Target): PrintedReading {
  return {
    basis: 'printed',
    text: target.text,
    label: target.metric,
    printedValue: target.printedValue,
    value: target.value,
    ...(target.upper !== undefined ? { upper: target.upper } : {}),
    comparator: target.comparator,
    location: target.location,
    targetId: target.id,
    ...(target.indicatorId ? { indicatorId: target.indicatorId } : {}),
    ...(target.indicatorPart ? { indicatorPart: target.indicatorPart } : {}),
  };
}

function factReading(fact: BaselineFact): PrintedReading {
  return {
    basis: 'printed',
    text: fact.text,
    label: fact.metric,
    printedValue: fact.printedValue,
    value: fact.value,
    location: fact.location,
    factId: fact.id,
    ...(fact.indicatorId ? { indicatorId: fact.indicatorId } : {}),
  };
}

function targetForm(target: Target): { zh: string; en: string } {
  const value = form(target.comparator, target.value, target.upper);
  if (target.kind === 'pace') {
    const way = target.change === 'decrease' ? '下降' : '提高';
    return {
      zh: `每年${way}${value}${target.unit.zh}`,
      en: `${value} ${target.unit.en} a year (${target.change})`,
    };
  }
  // A target in another unit than its indicator shows the value on the indicator's scale too.
  const scaled = target.indicatorScale
    ? ` (×${target.indicatorScale} = ${form(target.comparator, tidy(target.value * target.indicatorScale))})`
    : '';
  return { zh: `${value}${scaled}`, en: `${value}${scaled}` };
}

function projectsOf(targets: readonly Target[]): number[] {
  return [
    ...new Set(targets.flatMap((target) => (target.location.box ? [target.location.box] : []))),
  ].sort((a, b) => a - b);
}

function scalar(value: PlanValue | { kind: 'absent'; printed: string }): Cell {
  switch (value.kind) {
    case 'number':
      return { printed: value.printed.trim(), value: value.value, comparator: 'eq' };
    case 'comparator':
      return { printed: value.printed.trim(), value: value.value, comparator: value.comparator };
    case 'split':
      return { printed: value.printed.trim() };
    default:
      return { printed: value.printed.trim() };
  }
}

function tableCellLine(
  sources: Sources,
  indicator: string,
  column: 'baseline' | 'target',
  part?: string,
) {
  const cell = sources.tableCells.find(
    (candidate) =>
      candidate.indicator === indicator && candidate.column === column && candidate.part === part,
  );
  if (!cell) {
    throw new ConsistencyInputError(
      `sources.tableCells has no line for ${indicator}${part ? ` (${part})` : ''}, ${column} column; add it so the reading can cite the table`,
    );
  }
  return cell;
}

/** What a yearly pace implies for the level at the deadline: at least 0.5 down a year → at most baseline − 0.5 × years. */
function projectComparator(
  comparator: TargetComparator,
  change: 'increase' | 'decrease',
): TargetComparator {
  if (change === 'increase') return comparator;
  const flipped: Partial<Record<TargetComparator, TargetComparator>> = {
    gte: 'lte',
    gt: 'lt',
    lte: 'gte',
    lt: 'gt',
  };
  return flipped[comparator] ?? comparator;
}

/** For a value to raise, reaching 99 and reaching 99 or more are met by the same values (and so for ≤ when lowering). */
function equivalentComparators(
  a: TargetComparator,
  b: TargetComparator,
  direction: Direction,
): boolean {
  const floor = new Set<TargetComparator>(['eq', 'gte']);
  const ceiling = new Set<TargetComparator>(['eq', 'lte']);
  if (direction === 'increase') return floor.has(a) && floor.has(b);
  if (direction === 'decrease') return ceiling.has(a) && ceiling.has(b);
  return false;
}

/** Whether an amount meets a target's comparator; `about` allows 5% either side. */
function satisfies(
  amount: number,
  comparator: TargetComparator,
  value: number,
  upper?: number,
): boolean {
  switch (comparator) {
    case 'eq':
      return near(amount, value);
    case 'gte':
      return amount >= value - EPSILON;
    case 'gt':
      return amount > value + EPSILON;
    case 'lte':
      return amount <= value + EPSILON;
    case 'lt':
      return amount < value - EPSILON;
    case 'about':
      return Math.abs(amount - value) <= 0.05 * Math.abs(value);
    case 'between':
      return amount >= value - EPSILON && amount <= (upper ?? value) + EPSILON;
  }
}

/** The Ordos plan's consistency report: derived and curated findings, and every check run. */
export const ordosConsistencyReport: Readonly<ConsistencyReport> = deepFreeze(
  checkConsistency(ordosProjects, ordosTargets, ordosPlan),
);
