import type { StatusIcon as Icon } from '../lib/statuses.js';

const paths: Record<Icon, string> = {
  // ✓ in a circle, twice: achieved
  achieved: 'M4 8.5l2.5 2.5L12 5.5M1 8a7 7 0 1 0 14 0A7 7 0 0 0 1 8',
  up: 'M8 13V3M3.5 7.5L8 3l4.5 4.5',
  steady: 'M2.5 8h11M9.5 4l4 4-4 4',
  down: 'M8 3v10M3.5 8.5L8 13l4.5-4.5',
  regress: 'M4 4l8 8M12 4l-8 8',
  unknown: 'M5.8 6a2.3 2.3 0 1 1 3.2 2.1c-.6.3-1 .8-1 1.5v.6M8 12.4v.1',
};

/**
 * The icon of a status, drawn in the current text colour. Decorative: the
 * status text beside it is what a screen reader reads.
 */
export function StatusIcon({ icon, size = 16 }: { icon: Icon; size?: number }) {
  return (
    <svg
      className="status-icon"
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth={icon === 'achieved' ? 1.6 : 2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[icon]} />
    </svg>
  );
}
