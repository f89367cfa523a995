import type { Lang } from '../../_lib/localize.js';
import { itemText } from '../../tracking/itemText.js';
import type { SupervisionItem } from '../../tracking/planTracking.types.js';
import type { ReportTracking } from '../../tracking/reportTracking.js';
import { supervisionByUnit } from '../../tracking/supervisionByUnit.js';
import { REASON_LABELS, UNASSIGNED, unitName } from '../../tracking/trackingWords.js';
import type { Block, Cell, Row, Section } from '../reportModel.types.js';
import { countCell, optionalCell, type SectionInput } from './sectionInput.js';
import { excerpt, projectName, trackingStatusCell } from './trackingCells.js';
import { type TrackingText, trackingText } from './trackingText.js';

/**
 * 督办清单: what is overdue, at risk or not updated within its reporting
 * cycle, with why, since when and whose it is, grouped by lead unit (the
 * unassigned under 未指定, last); a count per unit first.
 */
export function supervisionSection({ report }: SectionInput): Section {
  const tracking = report.tracking as ReportTracking;
  const { lang } = report;
  const t = trackingText(lang);
  const items = tracking.tracking.supervision;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text:
        items.length === 0
          ? t.supervisionEmpty
          : t.supervisionLead(items.length, t.cycles[tracking.tracking.cycle]),
    },
  ];
  if (items.length > 0) {
    const groups = supervisionByUnit(items);
    const unitLabel = (unit: string | null) =>
      unit === null ? UNASSIGNED[lang] : unitName(unit, tracking.units, lang);
    blocks.push(
      { kind: 'heading', level: 3, text: t.byUnit },
      {
        kind: 'table',
        table: {
          columns: [
            { header: t.unit },
            { header: REASON_LABELS.overdue[lang], numeric: true },
            { header: REASON_LABELS.at_risk[lang], numeric: true },
            { header: REASON_LABELS.not_updated[lang], numeric: true },
            { header: t.total, numeric: true },
          ],
          rows: groups.map((group) => ({
            cells: [
              { text: unitLabel(group.unit) },
              ...(['overdue', 'at_risk', 'not_updated'] as const).map((reason) =>
                countCell(group.items.filter((item) => item.reasons.includes(reason)).length),
              ),
              countCell(group.items.length),
            ],
          })),
        },
      },
      {
        kind: 'table',
        table: {
          sheet: t.sheets.supervision,
          columns: [
            { header: t.unit, width: 20 },
            { header: t.item, width: 60 },
            { header: t.kind, width: 8 },
            { header: t.where, width: 30 },
            { header: t.reasons, width: 24 },
            { header: t.status, width: 12 },
            { header: t.since, width: 12 },
            { header: t.owner, width: 36 },
            { header: t.region, width: 12 },
            { header: t.lastUpdate, width: 12 },
            { header: t.explanation, width: 60, only: ['xlsx'] },
          ],
          rows: groups.flatMap((group) =>
            group.items.map((item) => itemRow(item, unitLabel(group.unit), tracking, lang, t)),
          ),
        },
      },
    );
  }
  return { id: 'supervision', heading: t.supervisionHeading, blocks };
}

function itemRow(
  item: SupervisionItem,
  unit: string,
  tracking: ReportTracking,
  lang: Lang,
  t: TrackingText,
): Row {
  const text = itemText(item.id, tracking, lang);
  const project = tracking.projects.find((each) => each.number === item.projectNumber);
  const cooperating = item.cooperatingUnits.map((id) => unitName(id, tracking.units, lang));
  const owner: Cell =
    item.leadUnit === null
      ? { text: UNASSIGNED[lang], muted: true }
      : {
          text: unitName(item.leadUnit, tracking.units, lang),
          ...(cooperating.length > 0
            ? { detail: [`${t.cooperating}: ${cooperating.join('、')}`] }
            : {}),
        };
  return {
    cells: [
      { text: unit },
      { text: `${item.id} ${excerpt(text, 60)}`, hint: text },
      { text: item.kind === 'target' ? t.kindTarget : t.kindMeasure },
      { text: projectName(project, lang, t) },
      { text: item.reasons.map((reason) => REASON_LABELS[reason][lang]).join('、') },
      trackingStatusCell(item.status, lang, [item.explanation[lang]]),
      optionalCell(item.since),
      owner,
      optionalCell(item.region),
      optionalCell(item.lastUpdate),
      { text: item.explanation[lang] },
    ],
  };
}
