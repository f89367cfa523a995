import {
  type Method,
  type MilestoneStatus,
  milestoneStatusLabels,
  type StatusLegendEntry,
  statusLabels,
} from '@plan/scoring';

/** The five methods, in @plan/scoring's order (time progress first). */
export const methods = Object.keys(statusLabels) as readonly Method[];

export function isMethod(text: string | null | undefined): text is Method {
  return methods.includes(text as Method);
}

/** How a status shows: its label, colour, rank (null: cannot tell) and the icon that says it without colour. */
export type StatusInfo = StatusLegendEntry & {
  status: string;
  icon: StatusIcon;
};

/** Icons by standing, so a status reads without colour. */
export type StatusIcon = 'achieved' | 'up' | 'steady' | 'down' | 'regress' | 'unknown';

// One icon per status of each method; a status added to @plan/scoring fails to compile here.
const icons: { [M in Method]: Record<keyof (typeof statusLabels)[M], StatusIcon> } = {
  'time-progress': {
    achieved: 'achieved',
    ahead: 'up',
    on_track: 'steady',
    behind: 'down',
    regressing: 'regress',
    no_data: 'unknown',
  },
  'open-sdg': {
    target_achieved: 'achieved',
    substantial_progress: 'up',
    moderate_progress: 'steady',
    limited_progress: 'down',
    deterioration: 'regress',
    not_available: 'unknown',
  },
  'unsd-2023': {
    'On track or target met': 'up',
    'Fair progress, but acceleration needed': 'steady',
    'Stagnation or regression': 'regress',
    'Not assessed': 'unknown',
  },
  weather: {
    sun: 'up',
    slightly_cloudy: 'steady',
    cloudy: 'down',
    thunderstorm: 'regress',
    not_calculable: 'unknown',
  },
  sdsn: {
    on_track: 'up',
    moderately_improving: 'steady',
    stagnating: 'down',
    decreasing: 'regress',
    trend_unavailable: 'unknown',
  },
};

/** Every status of a method, best first, with label, colour and icon (from @plan/scoring's statusLabels). */
export function statusesOf(method: Method): StatusInfo[] {
  const entries = Object.entries(statusLabels[method] as Record<string, StatusLegendEntry>);
  const iconsOf = icons[method] as Record<string, StatusIcon>;
  return entries.map(([status, entry]) => ({
    ...entry,
    status,
    icon: iconsOf[status] ?? 'unknown',
  }));
}

const unknownStatus = (status: string): StatusInfo => ({
  status,
  label: { zh: status, en: status },
  colour: '#8c959f',
  rank: null,
  icon: 'unknown',
});

/** The display of one status of a method; an unknown status shows its own name, greyed. */
export function statusInfo(method: Method, status: string): StatusInfo {
  return statusesOf(method).find((entry) => entry.status === status) ?? unknownStatus(status);
}

const milestoneIcons: Record<MilestoneStatus, StatusIcon> = {
  met: 'achieved',
  on_track: 'up',
  due_soon: 'down',
  overdue: 'regress',
  no_data: 'unknown',
};

/** The display of a milestone status (met, on track, due soon, overdue, no data). */
export function milestoneInfo(status: string): StatusInfo {
  const entry = (milestoneStatusLabels as Record<string, StatusLegendEntry>)[status];
  if (!entry) return unknownStatus(status);
  return { ...entry, status, icon: milestoneIcons[status as MilestoneStatus] };
}
