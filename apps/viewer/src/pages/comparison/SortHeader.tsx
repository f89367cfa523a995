import type { ReactNode } from 'react';
import { useComparisonWords } from './comparisonWords.js';

/** A column heading that sorts the matrix by it; `aria-sort` says how it is sorted now. */
export function SortHeader({
  label,
  name,
  active,
  dir,
  onSort,
  className,
  children,
}: {
  /** The column's name, for the button's title */
  label: string;
  /** What shows in the heading (the label unless given) */
  children?: ReactNode;
  name: string;
  active: boolean;
  dir: 'asc' | 'desc';
  onSort: (name: string) => void;
  className?: string;
}) {
  const w = useComparisonWords();
  return (
    <th
      scope="col"
      className={className}
      aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <button
        type="button"
        className="sort-button"
        onClick={() => onSort(name)}
        title={w('sortBy', { column: label })}
      >
        {children ?? label}
        <span aria-hidden="true" className="sort-mark">
          {active ? (dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
