import type { Method } from './schema/assessInput.js';
import {
  type TrackingStatus,
  trackingStatuses,
  trackingStatusLabels,
  trackingStatusRanks,
} from './tracking/statuses.js';

/**
 * How a UI shows one status: bilingual label, a colour, and its rank from
 * worst (0) upwards; `rank: null` for "cannot tell" statuses, which roll-ups
 * count as missing, never as a score.
 */
export type StatusLegendEntry = {
  label: { zh: string; en: string };
  colour: string;
  rank: number | null;
};

const GREY = '#8c959f';

/** time-progress statuses, best first (national 14th FYP mid-term evaluation wording, Dec 2023). */
export const timeProgressStatuses = [
  'achieved',
  'ahead',
  'on_track',
  'behind',
  'regressing',
  'no_data',
] as const;
/** A time-progress status (完成进度 vs 时序进度). */
export type TimeProgressStatus = (typeof timeProgressStatuses)[number];

/** open-sdg statuses as sdg-build names them. */
export const openSdgStatuses = [
  'target_achieved',
  'substantial_progress',
  'moderate_progress',
  'limited_progress',
  'deterioration',
  'not_available',
] as const;
/** An open-sdg (sdg-build) status. */
export type OpenSdgStatus = (typeof openSdgStatuses)[number];

/** unsd-2023 statuses: the Progress Chart's own category names (score 3, 2, 1), and "Not assessed" (EUSTAT "No evaluado"). */
export const unsd2023Statuses = [
  'On track or target met',
  'Fair progress, but acceleration needed',
  'Stagnation or regression',
  'Not assessed',
] as const;
/** A UNSD 2023 Progress Chart category, by its English name. */
export type Unsd2023Status = (typeof unsd2023Statuses)[number];

/** weather symbols of the German Sustainable Development Strategy; `not_calculable` below four data points. */
export const weatherStatuses = [
  'sun',
  'slightly_cloudy',
  'cloudy',
  'thunderstorm',
  'not_calculable',
] as const;
/** A German sustainability strategy weather symbol. */
export type WeatherStatus = (typeof weatherStatuses)[number];

/** sdsn trend arrows (SDR): ↑ ➚ → ↓ and • for no trend information. */
export const sdsnStatuses = [
  'on_track',
  'moderately_improving',
  'stagnating',
  'decreasing',
  'trend_unavailable',
] as const;
/** An SDSN trend arrow. */
export type SdsnStatus = (typeof sdsnStatuses)[number];

/** sdsn dashboard colours. */
export const sdsnColours = ['green', 'yellow', 'orange', 'red', 'grey'] as const;
/** An SDSN dashboard colour (`grey`: no data). */
export type SdsnColour = (typeof sdsnColours)[number];

const methodStatusLabels = {
  'time-progress': {
    achieved: {
      label: { zh: '提前实现', en: 'Achieved ahead of schedule' },
      colour: '#116329',
      rank: 4,
    },
    ahead: { label: { zh: '快于预期', en: 'Ahead of schedule' }, colour: '#2da44e', rank: 3 },
    on_track: {
      label: { zh: '基本符合预期', en: 'Broadly on schedule' },
      colour: '#bf8700',
      rank: 2,
    },
    behind: { label: { zh: '滞后', en: 'Behind schedule' }, colour: '#e16f24', rank: 1 },
    regressing: { label: { zh: '倒退', en: 'Regressing' }, colour: '#cf222e', rank: 0 },
    no_data: { label: { zh: '无数据', en: 'No data' }, colour: GREY, rank: null },
  },
  'open-sdg': {
    target_achieved: {
      label: { zh: '已实现目标', en: 'Target achieved' },
      colour: '#116329',
      rank: 4,
    },
    substantial_progress: { label: { zh: '进展顺利', en: 'On track' }, colour: '#2da44e', rank: 3 },
    moderate_progress: {
      label: { zh: '取得进展但需加快', en: 'Progress made but acceleration needed' },
      colour: '#d4a72c',
      rank: 2,
    },
    limited_progress: {
      label: { zh: '进展有限', en: 'Limited progress' },
      colour: '#e16f24',
      rank: 1,
    },
    deterioration: { label: { zh: '恶化', en: 'Deterioration' }, colour: '#cf222e', rank: 0 },
    not_available: { label: { zh: '无法评估', en: 'Unable to assess' }, colour: GREY, rank: null },
  },
  'unsd-2023': {
    'On track or target met': {
      label: { zh: '按期推进或已实现目标', en: 'On track or target met' },
      colour: '#2da44e',
      rank: 2,
    },
    'Fair progress, but acceleration needed': {
      label: { zh: '有一定进展，但需加快', en: 'Fair progress, but acceleration needed' },
      colour: '#d4a72c',
      rank: 1,
    },
    'Stagnation or regression': {
      label: { zh: '停滞或倒退', en: 'Stagnation or regression' },
      colour: '#cf222e',
      rank: 0,
    },
    'Not assessed': { label: { zh: '未评估', en: 'Not assessed' }, colour: GREY, rank: null },
  },
  weather: {
    sun: { label: { zh: '晴', en: 'Sun' }, colour: '#f2b705', rank: 3 },
    slightly_cloudy: {
      label: { zh: '晴间多云', en: 'Slightly cloudy' },
      colour: '#c9a227',
      rank: 2,
    },
    cloudy: { label: { zh: '多云', en: 'Cloudy' }, colour: '#6e7781', rank: 1 },
    thunderstorm: { label: { zh: '雷雨', en: 'Thunderstorm' }, colour: '#4b2e83', rank: 0 },
    not_calculable: { label: { zh: '无法计算', en: 'Not calculable' }, colour: GREY, rank: null },
  },
  sdsn: {
    on_track: {
      label: { zh: '按期推进或保持达标', en: 'On track or maintaining achievement' },
      colour: '#2da44e',
      rank: 3,
    },
    moderately_improving: {
      label: { zh: '温和改善', en: 'Moderately improving' },
      colour: '#d4a72c',
      rank: 2,
    },
    stagnating: { label: { zh: '停滞', en: 'Stagnating' }, colour: '#e16f24', rank: 1 },
    decreasing: { label: { zh: '下降', en: 'Decreasing' }, colour: '#cf222e', rank: 0 },
    trend_unavailable: {
      label: { zh: '无趋势信息', en: 'Trend information unavailable' },
      colour: GREY,
      rank: null,
    },
  },
} as const satisfies Record<Method, Record<string, StatusLegendEntry>>;

/** The tracking statuses (targets, measures, 督办) as legend entries. */
const trackingLegend = /* @__PURE__ */ Object.fromEntries(
  trackingStatuses.map((status) => {
    const { zh, en, colour } = trackingStatusLabels[status];
    return [status, { label: { zh, en }, colour, rank: trackingStatusRanks[status] }];
  }),
) as { readonly [S in TrackingStatus]: StatusLegendEntry };

/**
 * Every status of every method with its bilingual label, colour and rank: data for legends and UIs;
 * and `statusLabels.tracking`, the statuses of implementation tracking. `tracking` is not a method,
 * so it is not enumerable: `Object.keys(statusLabels)` stays the list of the five methods, which
 * the viewer and the CLI read as such.
 */
export const statusLabels: typeof methodStatusLabels & {
  readonly tracking: { readonly [S in TrackingStatus]: StatusLegendEntry };
} = /* @__PURE__ */ Object.defineProperty({ ...methodStatusLabels }, 'tracking', {
  value: trackingLegend,
  enumerable: false,
}) as typeof methodStatusLabels & {
  readonly tracking: { readonly [S in TrackingStatus]: StatusLegendEntry };
};

/** The sdsn dashboard colours with their SDR meaning. */
export const sdsnColourLabels = {
  green: { label: { zh: '已实现', en: 'Achieved' }, colour: '#2da44e', rank: 3 },
  yellow: { label: { zh: '仍有挑战', en: 'Challenges remain' }, colour: '#d4a72c', rank: 2 },
  orange: {
    label: { zh: '仍有较大挑战', en: 'Significant challenges remain' },
    colour: '#e16f24',
    rank: 1,
  },
  red: { label: { zh: '仍有重大挑战', en: 'Major challenges remain' }, colour: '#cf222e', rank: 0 },
  grey: { label: { zh: '无数据', en: 'Information unavailable' }, colour: GREY, rank: null },
} as const satisfies Record<SdsnColour, StatusLegendEntry>;

/** The status of any method. */
export type Status =
  | TimeProgressStatus
  | OpenSdgStatus
  | Unsd2023Status
  | WeatherStatus
  | SdsnStatus;

/** The rank of a status within its method (0 = worst), or null when the status says "cannot tell". */
export function statusRank(method: Method, status: string): number | null {
  const entry = (statusLabels[method] as Record<string, StatusLegendEntry>)[status];
  return entry ? entry.rank : null;
}

/** Milestone statuses, by deadline and as-of date. */
export const milestoneStatuses = ['met', 'on_track', 'due_soon', 'overdue', 'no_data'] as const;
/** The status of a dated milestone target (`milestoneStatus`). */
export type MilestoneStatus = (typeof milestoneStatuses)[number];

/** Every milestone status with its bilingual label, colour and rank, for UIs. */
export const milestoneStatusLabels = {
  met: { label: { zh: '已完成', en: 'Met' }, colour: '#2da44e', rank: 3 },
  on_track: { label: { zh: '按计划推进', en: 'On track' }, colour: '#54aeff', rank: 2 },
  due_soon: { label: { zh: '即将到期', en: 'Due soon' }, colour: '#d4a72c', rank: 1 },
  overdue: { label: { zh: '已逾期', en: 'Overdue' }, colour: '#cf222e', rank: 0 },
  no_data: { label: { zh: '无数据', en: 'No data' }, colour: GREY, rank: null },
} as const satisfies Record<MilestoneStatus, StatusLegendEntry>;
