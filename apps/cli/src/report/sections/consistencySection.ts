import type { ConsistencyFinding } from '@plan/projects';
import { remarkText } from '../reportCells.js';
import type { Cell, Section } from '../reportModel.types.js';
import { type SectionInput, SHEET_ONLY } from './sectionInput.js';

const SEVERITIES = ['high', 'medium', 'low'] as const;
const SEVERITY_COLOUR = { high: '#cf222e', medium: '#d4a72c', low: '#8c959f' } as const;
const KIND_PALETTE = [
  '#0969da',
  '#8250df',
  '#bf3989',
  '#1a7f37',
  '#9a6700',
  '#cf222e',
  '#57606a',
  '#0a3069',
];
const AGREES = '#2da44e';
const DISAGREES = '#cf222e';

/** 五、规划一致性检查: where the plan disagrees with itself, and the checks made. */
export function consistencySection(input: SectionInput): Section {
  const { report, t } = input;
  const { lang } = report;
  const { findings, checks } = report.consistency;
  const agrees = checks.filter((check) => check.outcome === 'agrees').length;
  const kinds = Object.keys(t.kinds) as (keyof typeof t.kinds)[];
  return {
    id: 'consistency',
    heading: t.sections.consistency,
    blocks: [
      { kind: 'paragraph', text: t.consistencyLead(findings.length, checks.length, agrees) },
      { kind: 'heading', level: 3, text: t.findingsTitle },
      {
        kind: 'table',
        table: {
          sheet: t.sheets.consistency,
          columns: [
            { header: 'id', only: SHEET_ONLY, width: 30 },
            { header: t.severity, width: 8 },
            { header: t.kind, width: 16 },
            { header: t.finding, width: 50 },
            { header: t.readings, width: 60 },
            { header: t.explanation, width: 80 },
          ],
          rows: findings.map((finding) => ({
            cells: [
              { text: finding.id },
              {
                text: t.severities[finding.severity],
                colour: SEVERITY_COLOUR[finding.severity],
              },
              { text: t.kinds[finding.kind] },
              { text: finding.title[lang] },
              readingsCell(finding, input),
              { text: remarkText(finding.explanation, lang) },
            ],
          })),
        },
      },
      {
        kind: 'figure',
        caption: t.chartFindings,
        illustrative: false,
        chart: {
          kind: 'stacked',
          width: 760,
          rows: SEVERITIES.map((severity) => ({
            label: t.severities[severity],
            segments: kinds.map((kind, index) => ({
              key: kind,
              label: t.kinds[kind],
              value: findings.filter(
                (finding) => finding.severity === severity && finding.kind === kind,
              ).length,
              colour: KIND_PALETTE[index % KIND_PALETTE.length] as string,
            })),
          })),
        },
      },
      { kind: 'heading', level: 3, text: t.checksTitle },
      {
        kind: 'table',
        table: {
          sheet: t.sheets.checks,
          columns: [
            { header: 'id', only: SHEET_ONLY, width: 30 },
            { header: t.check, width: 60 },
            { header: t.outcome, width: 10 },
            { header: t.explanation, width: 80 },
          ],
          rows: checks.map((check) => ({
            cells: [
              { text: check.id },
              { text: remarkText(check.title, lang) },
              check.outcome === 'agrees'
                ? { text: t.agrees, colour: AGREES }
                : { text: t.disagrees, colour: DISAGREES },
              { text: remarkText(check.detail, lang) },
            ],
          })),
        },
      },
      {
        kind: 'figure',
        caption: t.chartChecks,
        illustrative: false,
        chart: {
          kind: 'bars',
          bars: [
            { label: t.agrees, value: agrees, colour: AGREES },
            { label: t.disagrees, value: checks.length - agrees, colour: DISAGREES },
          ],
        },
      },
    ],
  };
}

/** The plan's words in each place (quoted, with where they stand), or our description of them. */
function readingsCell(finding: ConsistencyFinding, { report, t }: SectionInput): Cell {
  const { lang } = report;
  const cells = finding.readings.map((reading): Cell => {
    if (reading.basis !== 'printed') return { text: reading.description[lang] };
    const detail = [
      reading.label?.[lang] ?? '',
      reading.location.line ? t.line(reading.location.line) : '',
    ].filter((part) => part !== '');
    return { text: `“${reading.text}”`, verbatim: true, ...(detail.length ? { detail } : {}) };
  });
  return { text: cells.map((cell) => cell.text).join('\n'), items: { as: 'list', cells } };
}
