import { Link } from 'react-router';
import { usePlan } from '../../api/queries.js';
import type { Owner, TargetTrackingItem, Unit } from '../../api/tracking.js';
import type { Indicator, MilestonesAnswer, Observation, Target } from '../../api/types.js';
import { DueBadge } from '../../components/DueBadge.js';
import { IllustrativeTag } from '../../components/IllustrativeTag.js';
import { MilestoneBadge } from '../../components/MilestoneBadge.js';
import { MilestoneTableHead } from '../../components/MilestoneTableHead.js';
import { TargetValue } from '../../components/TargetValue.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import { dueState } from '../../lib/deadlines.js';
import { useSettingsSearch } from '../../lib/useSettings.js';
import { OwnerLine } from './OwnerLine.js';
import { whatToReport } from './projectsView.js';
import { useProjectsWords } from './projectsWords.js';
import { TrackingBadge } from './TrackingBadge.js';

export type MilestoneItem = MilestonesAnswer['items'][number];

export type TargetMaps = {
  indicators: Map<string, Indicator>;
  milestones: Map<string, MilestoneItem>;
  /** Each measure's owner, to name a target's own owner only where it differs */
  measureOwners: ReadonlyMap<string, Owner | null>;
  units: ReadonlyMap<string, Unit>;
  /** Each target's one status; null when the tracking read is not (yet) available. */
  tracking: Map<string, TargetTrackingItem> | null;
  /** The latest observation of each series (indicator or target id) on the as-of date, to label illustrative ones */
  latest: Map<string, Observation>;
  asOf: string;
};

/** Whether two assignments name the same units (a target inherits its measure's when it has none of its own). */
function sameOwner(a: Owner | null, b: Owner | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return (
    a.lead === b.lead &&
    a.cooperating.length === b.cooperating.length &&
    a.cooperating.every((unit) => b.cooperating.includes(unit))
  );
}

/** The amended value a target is judged against (规划调整), beside the printed one. */
function AmendedTarget({ amendment }: { amendment: MilestoneItem['amendment'] }) {
  const { t } = useLocale();
  if (!amendment) return null;
  return (
    <span className="small amended">
      {' '}
      {t('projects.amended', { printed: amendment.printed, date: amendment.effectiveDate })}
    </span>
  );
}

/** Per-district targets: how many 旗区 meet it, and which do not or have not reported, by name. */
function ByRegion({ rows }: { rows: NonNullable<TargetTrackingItem['byRegion']> }) {
  const w = useProjectsWords();
  const { pick, locale } = useLocale();
  const plan = usePlan();
  const names = new Map((plan.data?.regions ?? []).map((region) => [region.id, pick(region.name)]));
  const name = (id: string) => names.get(id) ?? id;
  const met = rows.filter((row) => row.met === true).length;
  const lagging = rows.filter((row) => row.met !== true).map((row) => name(row.region));
  const detail = rows
    .map(
      (row) =>
        `${name(row.region)} ${row.value ?? w('noFigure')} ${row.met === null ? '' : w(row.met ? 'met' : 'notMet')}`,
    )
    .join('；');
  return (
    <span className="cell-note" title={detail} data-by-region="">
      {w('byRegion')}
      {w('colon')}
      {w('met')} {met}/{rows.length}
      {lagging.length > 0 ? (
        <>
          {' · '}
          {w('lagging')}
          {w('colon')}
          {lagging.join(locale === 'zh' ? '、' : ', ')}
        </>
      ) : null}
    </span>
  );
}

/** One status per target: the tracking status when the API gives it, else the deadline reading. */
function StatusCell({
  target,
  tracked,
  milestone,
  illustrative,
  indicator,
}: {
  target: Target;
  tracked: TargetTrackingItem | undefined;
  milestone: MilestoneItem['assessment'] | undefined;
  illustrative: boolean;
  indicator: Indicator | undefined;
}) {
  const { pick, locale } = useLocale();
  const w = useProjectsWords();
  if (tracked) {
    return (
      <>
        {/* The API's tracking counts approved, real figures only: no illustrative mark here. */}
        <TrackingBadge status={tracked.status} explanation={tracked.explanation} />
        <span className="cell-note">{pick(tracked.explanation)}</span>
        {tracked.byRegion && tracked.byRegion.length > 0 ? (
          <ByRegion rows={tracked.byRegion} />
        ) : null}
        {tracked.status === 'not_reported' ? (
          <span className="cell-note what-to-report">
            {w('whatToReport')}
            {whatToReport(target, indicator ? pick(indicator.name) : undefined, locale, w)}
          </span>
        ) : null}
      </>
    );
  }
  if (!milestone) return <>—</>;
  return (
    <>
      <MilestoneBadge status={milestone.status} label={milestone.label} />
      {milestone.latest && illustrative ? <IllustrativeTag /> : null}
      <span className="cell-note">{pick(milestone.explanation)}</span>
    </>
  );
}

/** A project's targets, each with its deadline, its one status and its indicator. */
export function TargetTable({
  targets,
  indicators,
  milestones,
  tracking,
  latest,
  asOf,
  measureOwners,
  units,
}: { targets: Target[] } & TargetMaps) {
  const { t, pick } = useLocale();
  const search = useSettingsSearch();
  if (targets.length === 0) return <p className="muted small">{t('projects.noMilestones')}</p>;
  return (
    <div className="table-wrap">
      <table className="data-table milestones">
        <MilestoneTableHead />
        <tbody>
          {targets.map((target) => {
            const indicator = target.indicatorId ? indicators.get(target.indicatorId) : undefined;
            const milestone = milestones.get(target.id);
            const tracked = tracking?.get(target.id);
            const due = tracked
              ? dueState({ deadline: tracked.due, asOf, daysToDeadline: tracked.daysToDeadline })
              : milestone
                ? dueState(milestone.assessment)
                : null;
            return (
              <tr key={target.id} data-target={target.id}>
                <td>
                  <strong>{pick(target.metric)}</strong>{' '}
                  {target.aspirational ? (
                    <span className="small muted">（{t('projects.aspirational')}）</span>
                  ) : null}
                  <TargetValue target={target} />
                  <AmendedTarget amendment={milestone?.amendment} />
                  {tracked?.owner &&
                  !sameOwner(tracked.owner, measureOwners.get(target.location.measure ?? '')) ? (
                    <OwnerLine owner={tracked.owner} units={units} />
                  ) : null}
                  <span className="cell-note" lang="zh-CN">
                    {target.text}
                  </span>
                </td>
                <td>
                  {target.deadline.date ?? target.deadline.year}
                  {target.deadline.inferred ? (
                    <span className="cell-note">{t('projects.inferred')}</span>
                  ) : null}
                  {due ? <DueBadge state={due} /> : null}
                </td>
                <td>
                  <StatusCell
                    target={target}
                    tracked={tracked}
                    milestone={milestone?.assessment}
                    illustrative={Boolean(
                      latest.get(target.indicatorId ?? target.id)?.illustrative,
                    )}
                    indicator={indicator}
                  />
                </td>
                <td>
                  {indicator ? (
                    <Link to={`/indicators/${indicator.id}${search}`}>{pick(indicator.name)}</Link>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
