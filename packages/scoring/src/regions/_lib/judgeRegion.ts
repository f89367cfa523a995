import { type Indicator, type PlanValue, regionScopeOf } from '@plan/indicators';
import type { IndicatorOptions } from '../../_lib/assessQuantity.js';
import { exactScoreOf, withExactScore } from '../../_lib/exactScore.js';
import { idOf, isStable, markStable, memoOn } from '../../_lib/stableLists.js';
import { assessChecked } from '../../assessIndicator.js';
import type { IndicatorAssessment } from '../../schema/indicatorAssessment.js';
import type { Observation } from '../../schema/observation.js';
import type {
  RegionIndicatorAssessment,
  RegionJudging,
  RegionMissing,
} from '../schema/regionJudging.js';
import type { RegionTarget } from '../schema/regionTarget.js';
import { districtBase } from './districtBase.js';
import { observationIso } from './regionTime.js';

const ABSENT: PlanValue = { kind: 'absent', printed: '' };

type Text = { zh: string; en: string };

/** Keeps an assessment's unrounded score with the copy that adds `regionJudging`. */
function withJudging(
  assessment: IndicatorAssessment,
  changes: Partial<IndicatorAssessment>,
  regionJudging: RegionJudging,
): RegionIndicatorAssessment {
  return withExactScore({ ...assessment, ...changes, regionJudging }, exactScoreOf(assessment));
}

const districts = new WeakMap<object, Map<unknown, ReturnType<typeof asDistrict>>>();

/**
 * A district's base read off its observations, and the indicator as the district is judged
 * on it: its own base, its target. Kept for a stable list (see stableLists.ts), whose base
 * and series then need reading once, not on every as-of date.
 */
function asDistrict(
  indicator: Indicator,
  observations: readonly Observation[],
  baselineYear: number,
  target: RegionJudging['target'],
  regionTarget: RegionTarget | undefined,
) {
  const base = districtBase(indicator, observations, baselineYear);
  if (isStable(observations)) markStable(base.rest);
  const judged: Indicator = {
    ...indicator,
    values: {
      subject: {
        baseline: base.cell,
        target: regionTarget
          ? regionTarget.value
          : target === 'none'
            ? ABSENT
            : indicator.values.subject.target,
      },
      benchmark: { baseline: ABSENT, target: ABSENT },
    },
  };
  return { base, judged };
}

/** The indicator with every plan figure blanked: nothing to judge by. */
function blank(indicator: Indicator): Indicator {
  return {
    ...indicator,
    values: {
      subject: { baseline: ABSENT, target: ABSENT },
      benchmark: { baseline: ABSENT, target: ABSENT },
    },
  };
}

function partsText(indicator: Indicator, parts: readonly (string | null)[]): Text {
  const named = parts.flatMap((id) => {
    const part = indicator.parts?.find((entry) => entry.id === id);
    return part ? [part.label] : [];
  });
  return named.length > 0
    ? {
        zh: `（${named.map((label) => label.zh).join('、')}）`,
        en: ` (${named.map((label) => label.en).join(', ')})`,
      }
    : { zh: '', en: '' };
}

/**
 * Judges one indicator for one region from observations already checked and
 * filtered to both (see `assessRegionIndicator` for the rules). The subject
 * and benchmark regions are judged as `assessChecked` judges them; a region
 * under the subject from its own base-year value, against its own target,
 * the subject's (not for an additive indicator, whose city target is a city
 * total) or none.
 */
export function judgeRegion(
  indicator: Indicator,
  observations: readonly Observation[],
  options: IndicatorOptions,
  region: string,
  regionTarget: RegionTarget | undefined,
): RegionIndicatorAssessment {
  if (region === options.subjectRegion || region === options.benchmarkRegion) {
    const assessment = assessChecked(indicator, observations, options, region);
    return withJudging(
      assessment,
      {},
      {
        baseline: 'plan',
        target: assessment.quantities.some((quantity) => quantity.target) ? 'plan' : 'none',
        targetSource: null,
        missing: [],
      },
    );
  }
  const scope = regionScopeOf(indicator);
  if (scope.judged === 'subject-only') {
    const assessment = assessChecked(blank(indicator), [], options, region);
    const reason = indicator.regionScope?.reason;
    return withJudging(
      assessment,
      {
        label: { zh: '不按旗区评估', en: 'Not judged per district' },
        explanation: {
          zh: `本指标只评估规划地区整体，不按旗区评分。${reason ? reason.zh : ''}`,
          en: `This indicator is judged for the plan's subject region as a whole, never per district.${reason ? ` ${reason.en}` : ''}`,
        },
        notes: [],
      },
      {
        baseline: 'missing',
        target: 'none',
        targetSource: null,
        notJudgedReason: 'subject-only',
        missing: [],
      },
    );
  }

  const { baselineYear, targetYear } = options;
  const subjectTarget = indicator.values.subject.target;
  const target: RegionJudging['target'] = regionTarget
    ? 'region-target'
    : indicator.band
      ? 'subject-target'
      : scope.additive || subjectTarget.kind === 'absent'
        ? 'none'
        : 'subject-target';
  const { base, judged } = regionTarget
    ? asDistrict(indicator, observations, baselineYear, target, regionTarget)
    : memoOn(
        districts,
        observations,
        `${idOf(indicator)}\u0000${baselineYear}\u0000${target}`,
        () => asDistrict(indicator, observations, baselineYear, target, undefined),
      );
  // Judged as if the region were the plan's subject, with its own base and target.
  const assessment = assessChecked(
    judged,
    base.rest,
    { ...options, subjectRegion: region },
    region,
  );

  const missing: RegionMissing[] = base.missing.map((part) => ({
    kind: 'baseline',
    year: baselineYear,
    part,
  }));
  if (target === 'none') missing.push({ kind: 'target', year: targetYear, part: null });
  const notes: Text[] = [];
  if (base.from.length > 0) {
    const when = [...new Set(base.from.map(observationIso))].join(', ');
    notes.push({
      zh: `基期取本地区${baselineYear}年自身的数值（${when}），不用全市基期值。`,
      en: `The base is this region's own ${baselineYear} value (${when}), not the city's baseline.`,
    });
  }
  if (base.missing.length > 0 && base.from.length > 0) {
    const parts = partsText(indicator, base.missing);
    notes.push({
      zh: `缺少${baselineYear}年基期值${parts.zh}：该部分不作评估。`,
      en: `No ${baselineYear} base value${parts.en}: that part is not judged.`,
    });
  }
  if (target === 'region-target' && regionTarget) {
    notes.push({
      zh: `目标为本地区目标${regionTarget.value.printed}（来源：${regionTarget.source}）。`,
      en: `The target is this region's own, ${regionTarget.value.printed} (source: ${regionTarget.source}).`,
    });
  } else if (target === 'subject-target') {
    notes.push({
      zh: '适用全市目标：规划未为本地区设定目标。',
      en: 'City target applied: the plan sets no target for this region.',
    });
  } else if (scope.additive) {
    notes.push({
      zh: '全市目标是各旗区之和的总数，不套用到单个旗区；本地区未设定目标。',
      en: "The city's target is a total over the districts and is not applied to one district; no target is set for this region.",
    });
  } else {
    notes.push({
      zh: '规划未设定目标，本地区也未设定目标。',
      en: 'Neither the plan nor the region sets a target.',
    });
  }

  const noBase = base.from.length === 0;
  const quantities = assessment.quantities.map((quantity) => ({
    ...quantity,
    baseline: quantity.baseline
      ? { ...quantity.baseline, from: 'observation' as const, printed: null }
      : null,
    target: quantity.target
      ? { ...quantity.target, from: regionTarget ? ('region' as const) : ('subject' as const) }
      : null,
    benchmark: null,
  }));
  return withJudging(
    assessment,
    {
      quantities,
      notes: [...notes, ...assessment.notes],
      ...(noBase
        ? {
            explanation: {
              zh: `无本地区基期值：本地区没有${baselineYear}年的数值${partsText(indicator, base.missing).zh}，不作评估，也不以全市基期值代替。`,
              en: `No district baseline: this region has no ${baselineYear} value${partsText(indicator, base.missing).en}; it is not judged, and the city's baseline is not used instead.`,
            },
          }
        : {}),
    },
    {
      baseline: noBase ? 'missing' : 'region',
      target,
      targetSource: regionTarget ? regionTarget.source : null,
      missing,
    },
  );
}
