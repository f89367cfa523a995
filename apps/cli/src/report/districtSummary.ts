import type { Lang } from '../_lib/localize.js';
import type { DistrictReport } from './districtComparison.js';
import { REPORT_TEXT } from './reportText.js';

/** The district section in figures, for `plan report --by-region --json`. */
export function districtSummary({ comparison }: DistrictReport) {
  return {
    regions: comparison.regions.length,
    ranked: comparison.ranking.rows.filter((row) => row.rank !== null).length,
    unranked: comparison.ranking.rows.filter((row) => row.rank === null).length,
    outliers: comparison.outliers.length,
    mismatches: comparison.additiveChecks.filter((check) => check.status === 'mismatch').length,
  };
}

/** The same in one line of text, after the line that says what was written. */
export function districtSummaryText(districts: DistrictReport, lang: Lang): string {
  return REPORT_TEXT.districtsSummary[lang](districtSummary(districts));
}
