import type { Indicator } from '@plan/indicators';
import type { DerivedReading, Reading, Severity } from '../../schema/consistencyFinding.js';
import type { Target, TargetComparator } from '../../schema/target.js';
import {
  EPSILON,
  equivalentComparators,
  form,
  near,
  projectComparator,
  tidy,
} from './comparators.js';
import type { CheckResult, Context, Draft } from './context.js';
import { placeZh, projectsOf, targetForm, targetReading } from './readings.js';

type Result = 'agrees' | 'value' | 'comparator-low' | 'comparator-medium' | 'not-compared';
type Outcome = {
  result: Result;
  description: string;
  /** The description in Chinese, with no line numbers or ids (they stay in the readings). */
  descriptionZh: string;
  implied?: DerivedReading;
};

/**
 * Every target linked to an indicator against the table's target-year value and
 * comparator: one check per indicator, with a finding when any of its targets
 * states another number (`table-vs-text`, high) or the same number with a
 * comparator that differs (`comparator-mismatch`: medium where the difference
 * decides a boundary case, low where it changes nothing). A yearly pace is
 * projected from the baseline-year value onto its deadline first.
 */
export function checkIndicators(context: Context): CheckResult[] {
  const linked = new Map<string, Target[]>();
  for (const target of context.targets) {
    if (target.indicatorId) {
      linked.set(target.indicatorId, [...(linked.get(target.indicatorId) ?? []), target]);
    }
  }
  return [...linked].map(([indicatorId, group]) => {
    const indicator = context.need(
      context.indicatorById,
      indicatorId,
      'indicator',
      `target ${group[0]?.id}`,
    );
    const { found, notCompared } = compareWithTable(context, indicator, group);
    const unread = notCompared.length > 0 ? ` Not compared: ${notCompared.join('; ')}.` : '';
    const unreadZh =
      notCompared.length > 0 ? `其中${notCompared.length}个因表中没有可比较的数字未作比较。` : '';
    return {
      check: {
        id: `C-indicator-${indicatorId}`,
        title: {
          zh: `${indicator.name.zh}：正文目标与指标表核对`,
          en: `Targets on ${indicator.name.en} against the table`,
        },
        detail: {
          zh: `${group.length}个目标与表中${context.plan.targetYear}年的数值比较。${unreadZh}`,
          en: `${group.length} target${group.length === 1 ? '' : 's'} (${group.map((target) => target.id).join(', ')}) compared with the table’s ${context.plan.targetYear} value.${unread}`,
        },
      },
      findings: found ? [found] : [],
    };
  });
}

function compareWithTable(
  context: Context,
  indicator: Indicator,
  group: Target[],
): { found: Draft | undefined; notCompared: string[] } {
  const { cellReading, plan } = context;
  const parts = indicator.parts?.map((part) => part.id) ?? [undefined];
  const outcomes = group.flatMap((target) =>
    (target.indicatorPart ? [target.indicatorPart] : parts).map((part) => ({
      target,
      part,
      ...compareTarget(context, target, indicator, part),
    })),
  );
  // A table without the number a target is compared with (a plan file may print "—") is said so, not guessed.
  const notCompared = outcomes
    .filter((outcome) => outcome.result === 'not-compared')
    .map((outcome) => `${outcome.target.id}: ${outcome.description}`);
  const disagreeing = outcomes.filter(
    (outcome) => outcome.result !== 'agrees' && outcome.result !== 'not-compared',
  );
  if (disagreeing.length === 0) return { found: undefined, notCompared };
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
  const found: Draft = {
    id: `F-indicator-${indicator.id}`,
    kind: valueDiffers ? 'table-vs-text' : 'comparator-mismatch',
    severity,
    title: {
      zh: `${indicator.name.zh}：表中${cellText}，正文${textForms.map((f) => f.zh).join('、')}`,
      en: `${indicator.name.en}: ${cellText} in the table, ${textForms.map((f) => f.en).join(', ')} in the text`,
    },
    readings,
    explanation: {
      zh: [
        `表中${plan.targetYear}年的目标值为${cellText}。`,
        ...outcomes.map((outcome) => {
          const part = indicator.parts?.find((each) => each.id === outcome.part)?.label.zh;
          return `${placeZh(outcome.target.location)}所写${part ? `（对照${part}）` : ''}：${outcome.descriptionZh}。`;
        }),
      ].join(''),
      en: [
        `The table prints ${cellText} for ${plan.targetYear}.`,
        ...outcomes.map(
          (outcome) =>
            `${outcome.target.id} (line ${outcome.target.location.line})${outcome.part ? ` against ${outcome.part}` : ''}: ${outcome.description}.`,
        ),
      ].join(' '),
    },
    indicatorIds: [indicator.id],
    targetIds: group.map((target) => target.id),
    projects: projectsOf(group),
  };
  return { found, notCompared };
}

function compareTarget(
  { cellOf, plan }: Context,
  target: Target,
  indicator: Indicator,
  part: string | undefined,
): Outcome {
  const cell = cellOf(indicator, 'target', part);
  if (cell.value === undefined) {
    return {
      result: 'not-compared',
      description: `the table prints "${cell.printed}" for ${indicator.id}, no number to compare with`,
      descriptionZh: `表中此项印作“${cell.printed}”，没有可比较的数字`,
    };
  }
  const cellComparator = cell.comparator ?? 'eq';
  const scale = target.indicatorScale ?? 1;
  let value = tidy(target.value * scale);
  let comparator: TargetComparator = target.comparator;
  let implied: DerivedReading | undefined;
  if (target.kind === 'pace') {
    const baseline = cellOf(indicator, 'baseline', part).value;
    if (baseline === undefined) {
      return {
        result: 'not-compared',
        description: `a yearly pace needs the table’s ${plan.baselineYear} value of ${indicator.id}, which it does not print`,
        descriptionZh: `按年速度推算需要表中${plan.baselineYear}年的数值，表中没有印出`,
      };
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
  const withImplied = (outcome: Omit<Outcome, 'implied'>): Outcome =>
    implied ? { ...outcome, implied } : outcome;
  const scaled = target.indicatorScale ? ` (${target.value} × ${target.indicatorScale})` : '';
  const scaledZh = target.indicatorScale ? `（${target.value} × ${target.indicatorScale}）` : '';
  if (comparator === 'between') {
    const upper = tidy((target.upper ?? target.value) * scale);
    const inside = cell.value >= value - EPSILON && cell.value <= upper + EPSILON;
    return withImplied({
      result: inside ? 'agrees' : 'value',
      description: `${cell.value} lies ${inside ? 'within' : 'outside'} ${value}–${upper}`,
      descriptionZh: `表中的${cell.value}${inside ? '在' : '不在'}${value}–${upper}之内`,
    });
  }
  if (!near(value, cell.value)) {
    return withImplied({
      result: 'value',
      description: `${form(comparator, value)}${scaled} against the table’s ${form(cellComparator, cell.value)}`,
      descriptionZh: `${form(comparator, value)}${scaledZh}，而表中为${form(cellComparator, cell.value)}`,
    });
  }
  if (comparator === cellComparator) {
    return withImplied({
      result: 'agrees',
      description: `${form(comparator, value)}${scaled} agrees`,
      descriptionZh: `${form(comparator, value)}${scaledZh}，与表一致`,
    });
  }
  const same = equivalentComparators(comparator, cellComparator, indicator.direction);
  const consequence = same
    ? `, which changes nothing for a value to ${indicator.direction === 'decrease' ? 'lower' : 'raise'}`
    : ', which decides the boundary case differently';
  const consequenceZh = same
    ? `，对${indicator.direction === 'decrease' ? '越低越好' : '越高越好'}的指标没有实际差别`
    : '，恰好等于该数时两种写法的判断不同';
  return withImplied({
    result: same ? 'comparator-low' : 'comparator-medium',
    description: `the same number with ${form(comparator, value)}${scaled} against the table’s ${form(cellComparator, cell.value)}${consequence}`,
    descriptionZh: `数字相同，但写作${form(comparator, value)}${scaledZh}，表中为${form(cellComparator, cell.value)}${consequenceZh}`,
  });
}
