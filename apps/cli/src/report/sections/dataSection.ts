import { formatNumber } from '../../_lib/formatNumbers.js';
import type { Block, Section, Table } from '../reportModel.types.js';
import { countCell, type SectionInput, SHEET_ONLY, yesNo } from './sectionInput.js';

/** 六、数据时效与来源: the sources of the figures used, and the year of each indicator's latest figure. */
export function dataSection({ report, t }: SectionInput): Section {
  const demo = report.showsIllustrative;
  const sources: Table = {
    sheet: t.sheets.sources,
    columns: [
      { header: t.source, width: 24 },
      { header: t.observations, numeric: true, width: 14 },
      { header: t.indicatorsCovered, numeric: true, width: 14 },
      { header: t.years, width: 16 },
      { header: t.illustrative, width: 10 },
    ],
    rows: report.sources.map((source) => ({
      illustrative: source.illustrative,
      cells: [
        { text: source.source, ...(source.illustrative ? { illustrative: true } : {}) },
        countCell(source.observations),
        countCell(source.indicators),
        { text: `${source.firstTime}–${source.lastTime}` },
        yesNo(source.illustrative, t),
      ],
    })),
  };
  const blocks: Block[] = [
    { kind: 'paragraph', text: t.dataLead(report.plan.baselineYear) },
    { kind: 'heading', level: 3, text: t.sourcesTitle },
  ];
  if (report.sources.length > 0) {
    blocks.push(
      { kind: 'table', table: sources },
      {
        kind: 'figure',
        caption: t.chartSources,
        illustrative: demo,
        chart: {
          kind: 'bars',
          bars: report.sources.map((source) => ({
            label: source.source,
            value: source.observations,
            colour: source.illustrative ? '#9a3412' : '#0969da',
            ...(source.illustrative ? { note: `† ${t.illustrativeTag}` } : {}),
          })),
        },
      },
    );
  } else {
    // The workbook keeps its (empty) sheet of sources.
    blocks.push(
      { kind: 'table', table: { ...sources, only: SHEET_ONLY } },
      { kind: 'paragraph', text: t.noFigures },
    );
  }
  if (report.setAside > 0) blocks.push({ kind: 'paragraph', text: t.setAside(report.setAside) });
  blocks.push(
    { kind: 'heading', level: 3, text: t.ageTitle },
    {
      kind: 'table',
      table: {
        sheet: t.sheets.age,
        columns: [{ header: t.latestYear }, { header: t.indicatorsCount, numeric: true }],
        rows: report.age.byLatestYear.map((entry) => ({
          cells: [
            entry.year === null
              ? { text: t.none }
              : { text: String(entry.year), value: entry.year },
            countCell(entry.indicators, entry.illustrative > 0),
          ],
        })),
      },
    },
  );
  if (report.age.meanAgeYears !== null)
    blocks.push({
      kind: 'paragraph',
      text: t.meanAge(formatNumber(report.age.meanAgeYears, 1)),
      illustrative: demo,
    });
  blocks.push({
    kind: 'figure',
    caption: t.chartAge,
    illustrative: demo,
    chart: {
      kind: 'bars',
      bars: report.age.byLatestYear.map((entry) => ({
        label: entry.year === null ? t.none : String(entry.year),
        value: entry.indicators,
        colour: entry.year === null ? '#8c959f' : '#0969da',
      })),
    },
  });
  return { id: 'data', heading: t.sections.data, blocks };
}
