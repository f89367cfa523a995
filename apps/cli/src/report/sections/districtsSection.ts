import type { Indicator, Region } from '@plan/indicators';
import type { MatrixCell } from '@plan/scoring';
import { formatNumber, formatShare } from '../../_lib/formatNumbers.js';
import type { Lang } from '../../_lib/localize.js';
import { indicatorName } from '../../assessment/indicatorName.js';
import { methodName, statusEntry } from '../../assessment/statusLegend.js';
import type { DistrictReport, FigureBasis } from '../districtComparison.js';
import { statusCell } from '../reportCells.js';
import type { Block, Cell, Column, Row, Section, Table } from '../reportModel.types.js';
import type { ReportText } from '../reportText.js';
import {
  countCell,
  DOCUMENTS_ONLY,
  illustrativeColumn,
  type SectionInput,
  SHEET_ONLY,
  yesNo,
} from './sectionInput.js';

const NO_BASIS: FigureBasis = { illustrative: false, submitted: false };

/** A share for a page and the number for a spreadsheet; an empty cell where there is none. */
const shareCell = (share: number | null): Cell => ({ text: formatShare(share), value: share });

/** A figure for a page and the number for a spreadsheet; an empty cell where there is none. */
const numberCell = (value: number | null, illustrative = false): Cell => ({
  text: formatNumber(value),
  value,
  ...(illustrative ? { illustrative } : {}),
});

/** A change with its sign: +1.2, −0.5. */
const signed = (change: number) => `${change > 0 ? '+' : ''}${formatNumber(change)}`;

/**
 * 区域比较 (plan report --by-region): the regions under the plan's subject
 * region compared, from @plan/scoring's compareRegions: the region ×
 * indicator matrix (status, value, completion against time), the ranking
 * with its method, weights and coverage, reporting completeness per region
 * and year, values off their own trend, and the checks of counts that add
 * up. Figures from demo data are marked †, figures not yet approved ‡.
 */
export function districtsSection({ report, t }: SectionInput): Section {
  const districts = report.districts;
  const heading = { id: 'districts', heading: t.districtsHeading } as const;
  if (!districts || districts.regions.length === 0)
    return { ...heading, blocks: [{ kind: 'paragraph', text: t.noDistricts }] };
  const { lang, plan } = report;
  const indicators = new Map(plan.indicators.map((indicator) => [indicator.id, indicator]));
  const nameOf = (id: string) => {
    const indicator = indicators.get(id);
    return indicator ? indicatorName(indicator, lang) : id;
  };
  const regionName = (id: string) =>
    districts.regions.find((region) => region.id === id)?.name[lang] ?? id;
  const subject = plan.regions.find((region) => region.id === plan.subjectRegion);
  const demo = districts.showsIllustrative;
  const words: Words = { lang, t, nameOf, regionName, indicators, demo };
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: t.districtsLead(
        subject?.name[lang] ?? plan.subjectRegion,
        districts.regions.map((region) => region.name[lang]).join(t.listSeparator),
        methodName('time-progress', lang),
      ),
    },
    {
      kind: 'paragraph',
      text: districts.includeSubmitted ? t.districtsSubmitted : t.districtsApproved,
    },
    ...[matrixBlocks, rankingBlocks, completenessBlocks, outlierBlocks, additiveBlocks].flatMap(
      (part) => part(districts, words),
    ),
  ];
  return { ...heading, blocks };
}

/** What every part of the section reads besides the comparison: the words and the names. */
type Words = {
  lang: Lang;
  t: ReportText;
  nameOf: (id: string) => string;
  regionName: (id: string) => string;
  indicators: ReadonlyMap<string, Indicator>;
  /** Any figure behind the section is demo data. */
  demo: boolean;
};

function matrixBlocks(districts: DistrictReport, input: Words): Block[] {
  const { lang, t, nameOf, indicators } = input;
  const { comparison, regions, figures } = districts;
  const cellsOf = (region: Region) =>
    new Map(
      (comparison.matrix.find((row) => row.region === region.id)?.cells ?? []).map((cell) => [
        cell.indicatorId,
        cell,
      ]),
    );
  const byRegion = regions.map((region) => ({ region, cells: cellsOf(region) }));
  const subjectOnly = comparison.indicators.filter((id) =>
    byRegion.some(({ cells }) => cells.get(id)?.notJudged === 'subject-only'),
  );
  const judged = comparison.indicators.filter((id) => !subjectOnly.includes(id));
  const basisOf = (indicatorId: string, region: string) =>
    figures[indicatorId]?.[region] ?? NO_BASIS;

  const page: Table = {
    only: DOCUMENTS_ONLY,
    columns: [
      { header: t.indicator },
      ...regions.map((region): Column => ({ header: region.name[lang] })),
    ],
    rows: judged.map((id): Row => {
      const cells = byRegion.map(({ region, cells }) =>
        matrixCell(cells.get(id), basisOf(id, region.id), districts, lang, t),
      );
      return {
        ...(cells.some((cell) => cell.illustrative) ? { illustrative: true } : {}),
        cells: [
          {
            text: nameOf(id),
            ...(lang === 'en' && indicators.get(id)
              ? { original: indicators.get(id)?.printed }
              : {}),
          },
          ...cells,
        ],
      };
    }),
  };
  const sheet: Table = {
    sheet: t.districtSheets.matrix,
    only: SHEET_ONLY,
    columns: [
      { header: t.regionId, width: 12 },
      { header: t.regionColumn, width: 14 },
      { header: t.indicatorId, width: 28 },
      { header: t.indicator, width: 40 },
      { header: t.status, width: 14 },
      { header: t.latest, numeric: true, width: 12 },
      { header: t.date, width: 12 },
      { header: t.completion, numeric: true, percent: true, width: 12 },
      { header: t.timeProgress, numeric: true, percent: true, width: 12 },
      { header: t.targetBasis, width: 14 },
      { header: t.change, numeric: true, width: 12 },
      illustrativeColumn(t, 10),
      { header: t.submittedTag, width: 10 },
    ],
    rows: byRegion.flatMap(({ region, cells }) =>
      comparison.indicators.flatMap((id): Row[] => {
        const cell = cells.get(id);
        if (!cell) return [];
        const basis = basisOf(id, region.id);
        return [
          {
            ...(basis.illustrative ? { illustrative: true } : {}),
            cells: [
              { text: region.id },
              { text: region.name[lang] },
              { text: id },
              { text: nameOf(id) },
              { text: statusText(cell, lang, t) },
              { text: formatNumber(cell.value), value: cell.value },
              { text: cell.date ?? '' },
              shareCell(cell.notJudged ? null : cell.completion),
              shareCell(cell.notJudged ? null : cell.timeElapsed),
              { text: cell.notJudged ? '' : t.targetBases[cell.target] },
              { text: formatNumber(cell.change), value: cell.change },
              yesNo(basis.illustrative, t),
              yesNo(basis.submitted, t),
            ],
          },
        ];
      }),
    ),
  };
  const blocks: Block[] = [
    { kind: 'heading', level: 3, text: t.matrixTitle },
    { kind: 'paragraph', text: t.matrixLead, muted: true },
    { kind: 'table', table: page },
    { kind: 'table', table: sheet },
  ];
  if (subjectOnly.length > 0)
    blocks.push({
      kind: 'paragraph',
      text: t.subjectOnly(subjectOnly.map(nameOf).join(t.itemSeparator)),
    });
  return blocks;
}

/** A status's words, or why the cell is not judged. */
function statusText(cell: MatrixCell, lang: Lang, t: ReportText): string {
  if (cell.notJudged === 'subject-only') return t.notJudgedSubjectOnly;
  return cell.label[lang];
}

/** One cell of the matrix: the status chip, under it the value, completion against time, the target and the change. */
function matrixCell(
  cell: MatrixCell | undefined,
  basis: FigureBasis,
  districts: DistrictReport,
  lang: Lang,
  t: ReportText,
): Cell {
  if (!cell) return { text: '—', muted: true };
  if (cell.notJudged) return { text: t.notJudgedSubjectOnly, muted: true };
  const detail = [
    ...(cell.value !== null
      ? [`${formatNumber(cell.value)}${cell.date ? ` (${cell.date.slice(0, 4)})` : ''}`]
      : []),
    ...(cell.completion !== null
      ? [`${formatShare(cell.completion)} / ${formatShare(cell.timeElapsed)}`]
      : []),
    ...(cell.baseline === 'missing' ? [t.noDistrictBaseline] : []),
    ...(cell.target === 'region-target' ? [t.targetBases['region-target']] : []),
    ...(cell.change !== null && cell.change !== 0
      ? [t.changeSince(signed(cell.change), districts.comparison.previousAsOf ?? '')]
      : []),
    ...(basis.submitted ? [`‡ ${t.submittedTag}`] : []),
  ];
  return statusCell(
    { ...statusEntry(districts.comparison.method, cell.status), label: cell.label },
    lang,
    {
      ...(detail.length > 0 ? { detail } : {}),
      hint: t.targetBases[cell.target],
      ...(basis.illustrative ? { illustrative: true } : {}),
    },
  );
}

function rankingBlocks(districts: DistrictReport, input: Words): Block[] {
  const { lang, t, nameOf, regionName, demo } = input;
  const { ranking } = districts.comparison;
  const rows = [...ranking.rows].sort(
    (a, b) =>
      (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) ||
      b.coverage - a.coverage,
  );
  const weights = Object.entries(ranking.weights);
  const uniform = weights.length > 0 && weights.every(([, weight]) => weight === weights[0]?.[1]);
  const weightsTable: Table = {
    sheet: t.districtSheets.weights,
    ...(uniform ? { only: SHEET_ONLY } : {}),
    columns: [
      { header: t.indicatorId, width: 28, only: SHEET_ONLY },
      { header: t.indicator, width: 40 },
      { header: t.weight, numeric: true },
    ],
    rows: weights.map(([id, weight]) => ({
      cells: [{ text: id }, { text: nameOf(id) }, numberCell(weight)],
    })),
  };
  const blocks: Block[] = [
    { kind: 'heading', level: 3, text: t.rankingTitle },
    { kind: 'paragraph', text: ranking.method[lang] },
    {
      kind: 'table',
      table: {
        sheet: t.districtSheets.ranking,
        columns: [
          { header: t.rank, numeric: true },
          { header: t.regionColumn, width: 14 },
          { header: t.score, numeric: true },
          { header: t.judgedCount, numeric: true },
          { header: t.missingCount, numeric: true },
          { header: t.coverage, numeric: true, percent: true },
          { header: t.rankNote, width: 48 },
        ],
        rows: rows.map((row) => ({
          cells: [
            row.rank === null ? { text: '—', value: null } : countCell(row.rank, demo),
            { text: regionName(row.region) },
            numberCell(row.score, demo && row.score !== null),
            countCell(row.judged),
            countCell(row.missing),
            shareCell(row.coverage),
            row.rank === null
              ? {
                  text: row.unranked?.[lang] ?? t.unranked(formatShare(row.coverage), row.missing),
                  muted: true,
                }
              : { text: '' },
          ],
        })),
      },
    },
  ];
  if (uniform && weights[0])
    blocks.push({
      kind: 'paragraph',
      text: t.weightsEqual(formatNumber(weights[0][1], 4), weights.length),
    });
  else if (weights.length > 0) blocks.push({ kind: 'heading', level: 4, text: t.weightsTitle });
  blocks.push({ kind: 'table', table: weightsTable });
  const ranked = rows.filter((row) => row.rank !== null && row.score !== null);
  if (ranked.length > 0)
    blocks.push({
      kind: 'figure',
      caption: t.chartRanking,
      illustrative: demo,
      chart: {
        kind: 'bars',
        bars: ranked.map((row) => ({
          label: `${row.rank}. ${regionName(row.region)}`,
          value: row.score ?? 0,
          colour: '#0969da',
        })),
      },
    });
  return blocks;
}

function completenessBlocks(districts: DistrictReport, input: Words): Block[] {
  const { lang, t, regionName, demo } = input;
  const { periods, rows } = districts.comparison.completeness;
  return [
    { kind: 'heading', level: 3, text: t.completenessTitle },
    {
      kind: 'paragraph',
      text: `${districts.comparison.completeness.rule[lang]} ${t.completenessCells}`,
      muted: true,
    },
    {
      kind: 'table',
      table: {
        sheet: t.districtSheets.completeness,
        columns: [
          { header: t.regionColumn, width: 14 },
          ...periods.map(
            (year): Column => ({ header: String(year), numeric: true, percent: true }),
          ),
          { header: t.overallRate, numeric: true, percent: true },
        ],
        rows: rows.map((row) => ({
          cells: [
            { text: regionName(row.region) },
            ...periods.map((year): Cell => {
              const entry = row.byYear.find((each) => each.year === year);
              if (!entry) return { text: '—', value: null };
              return {
                text: `${entry.reported}/${entry.expected}`,
                value: entry.rate,
                ...(demo && entry.reported > 0 ? { illustrative: true } : {}),
              };
            }),
            shareCell(row.rate),
          ],
        })),
      },
    },
  ];
}

function outlierBlocks(districts: DistrictReport, input: Words): Block[] {
  const { lang, t, nameOf, regionName } = input;
  const { outliers } = districts.comparison;
  const table: Table = {
    sheet: t.districtSheets.outliers,
    columns: [
      { header: t.regionColumn, width: 14 },
      { header: t.indicator, width: 40 },
      { header: t.date, width: 12 },
      { header: t.latest, numeric: true },
      { header: t.expectedValue, numeric: true },
      { header: t.explanation, width: 60 },
    ],
    rows: outliers.map((outlier) => {
      const basis = districts.figures[outlier.indicatorId]?.[outlier.region] ?? NO_BASIS;
      return {
        cells: [
          { text: regionName(outlier.region) },
          { text: nameOf(outlier.indicatorId) },
          { text: outlier.date },
          numberCell(outlier.value, basis.illustrative),
          numberCell(outlier.expected),
          { text: outlier.reason[lang] },
        ],
      };
    }),
  };
  return [
    { kind: 'heading', level: 3, text: t.outliersTitle },
    outliers.length > 0
      ? {
          kind: 'paragraph',
          text: `${districts.comparison.outlierRule[lang]} ${t.outliersLead}`,
          muted: true,
        }
      : { kind: 'paragraph', text: t.noOutliers },
    outliers.length > 0
      ? { kind: 'table', table }
      : { kind: 'table', table: { ...table, only: SHEET_ONLY } },
  ];
}

function additiveBlocks(districts: DistrictReport, input: Words): Block[] {
  const { t, nameOf } = input;
  const checks = districts.comparison.additiveChecks;
  const table: Table = {
    sheet: t.districtSheets.additive,
    columns: [
      { header: t.indicator, width: 40 },
      { header: t.date, width: 12 },
      { header: t.derived, numeric: true },
      { header: t.reported, numeric: true },
      { header: t.regionsReported, numeric: true },
      { header: t.outcome, width: 16 },
    ],
    rows: checks.map((check) => ({
      cells: [
        { text: nameOf(check.indicatorId) },
        { text: check.date },
        numberCell(check.derived, districts.showsIllustrative),
        numberCell(check.reported),
        { text: `${check.regionsReported}/${check.regionsExpected}` },
        {
          text: t.additiveStatuses[check.status],
          ...(check.status === 'match' ? {} : { muted: check.status !== 'mismatch' }),
        },
      ],
    })),
  };
  return [
    { kind: 'heading', level: 3, text: t.additiveTitle },
    checks.length > 0
      ? { kind: 'paragraph', text: t.additiveLead, muted: true }
      : { kind: 'paragraph', text: t.noAdditive },
    checks.length > 0
      ? { kind: 'table', table }
      : { kind: 'table', table: { ...table, only: SHEET_ONLY } },
  ];
}
