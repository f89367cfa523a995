/** The comparator of a target as a reader writes it before the number. */
export function comparatorMark(comparator: string): string {
  switch (comparator) {
    case 'gte':
      return '≥';
    case 'gt':
      return '>';
    case 'lte':
      return '≤';
    case 'lt':
      return '<';
    case 'about':
      return '≈';
    default:
      return '';
  }
}
