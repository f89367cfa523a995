import type { Plan } from '@plan/indicators';
import type { Principal } from '@plan/store';
import type { Bilingual } from '../i18n/requestLanguage.js';
import { isCityScoped } from './tokenScope.js';

/** Who asks: a token's name, role and scope (unit, regions); undefined when no token is sent. */
type ReportReader = Pick<Principal, 'name' | 'role' | 'scope'> | undefined;

/** A measure report as far as access needs: the unit it is for (null: the bureau's) and whether it was withdrawn. */
export type ReportAccessFacts = { unit: string | null; withdrawn: boolean };

/**
 * Whether `reader` may read a report, and so download its evidence. The rule is the one the
 * reports' list already follows: measure reports are public (GET …/reports answers anyone, with
 * each report's evidence), so a live report is read by anyone, signed in or not, whatever its
 * unit. A withdrawn report is no longer read as a report: only an admin reads it (its history
 * and its evidence), so the author's mistake is not served once taken back.
 */
export function mayReadReport(reader: ReportReader, report: ReportAccessFacts): boolean {
  return !report.withdrawn || reader?.role === 'admin';
}

/**
 * Why `writer` may not replace or withdraw a report (or read its history), or undefined when it
 * may: the report's author's scope may — a unit's token its unit's reports, the bureau (a
 * city-scoped editor without a unit) the bureau's own — and an admin any report. A unit's token
 * does not change another unit's report, nor the bureau's; a district's token none.
 */
export function reportChangeRefusal(
  writer: ReportReader,
  plan: Plan,
  report: ReportAccessFacts,
): Bilingual | undefined {
  if (writer?.role === 'admin') return undefined;
  const name = writer?.name ?? '';
  const unit = writer?.scope?.unit;
  if (report.unit !== null) {
    if (unit === report.unit) return undefined;
    return {
      zh: `该报告由责任单位 ${report.unit} 报送，令牌“${name}”${unit === undefined ? '不代表该单位' : `代表单位 ${unit}`}，不能修改或撤回它。`,
      en: `The report is unit ${report.unit}'s; the token "${name}" ${unit === undefined ? 'does not report for it' : `reports for unit ${unit}`}, so it may not change or withdraw it.`,
    };
  }
  if (unit === undefined && isCityScoped(writer, plan)) return undefined;
  return {
    zh: `该报告由市局报送，令牌“${name}”${unit === undefined ? '只限于其所辖地区' : `代表单位 ${unit}`}，不能修改或撤回它。`,
    en: `The report is the city bureau's; the token "${name}" ${unit === undefined ? 'is confined to its regions' : `reports for unit ${unit}`}, so it may not change or withdraw it.`,
  };
}
