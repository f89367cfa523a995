/**
 * One line of a progress bar: `[██████░░░░░░░░░░░░░░]  30%  3000/10000 rows`.
 * The bar fits `width` characters in all; a total of 0 shows as complete.
 *
 * @example
 *   renderProgressBar(1, 4, { width: 40, label: 'rows' }); // '[███████░░░░░░░░░░░░░░░░░░]  25%  1/4 rows'
 */
export function renderProgressBar(
  done: number,
  total: number,
  options: { width?: number; label?: string } = {},
): string {
  const share = total <= 0 ? 1 : Math.min(1, Math.max(0, done / total));
  const percent = `${Math.floor(share * 100)}%`.padStart(4);
  const counts = `${done}/${total}${options.label ? ` ${options.label}` : ''}`;
  const tail = ` ${percent}  ${counts}`;
  const barWidth = Math.max(10, (options.width ?? 60) - tail.length - 2);
  const filled = Math.round(share * barWidth);
  return `[${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}]${tail}`;
}
