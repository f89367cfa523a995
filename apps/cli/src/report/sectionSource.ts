import type { Lang } from '../_lib/localize.js';
import type { Report } from './buildReport.js';
import type { Section } from './reportModel.types.js';
import type { ReportText } from './reportText.js';

/** A source as readers know it: 示例数据 for the demo figures, else its name as imported. */
function sourceName(source: string, t: ReportText): string {
  return t.sourceNames[source] ?? source;
}

/** The list separator of a language between source names. */
const joined = (names: readonly string[], lang: Lang) => names.join(lang === 'zh' ? '、' : ', ');

/**
 * What the tables and figures of a section rest on, for the 数据来源 line under
 * each: the plan's tables and the sources of the observations used (by name),
 * the plan's projects, the tracking records, or the plan text.
 */
export function sectionSource(report: Report, t: ReportText): (section: Section) => string {
  const { lang } = report;
  const names = report.sources.map((source) => sourceName(source.source, t));
  const observed =
    names.length > 0
      ? t.sourcesOf.observations(joined([...new Set(names)], lang))
      : t.sourcesOf.noObservations;
  const figures = joined([t.sourcesOf.planTables, observed], lang);
  return (section) => {
    switch (section.id) {
      case 'districts':
        return joined([figures, t.sourcesOf.districtTargets], lang);
      case 'methods':
        return joined([t.sourcesOf.planTables, t.sourcesOf.methods], lang);
      case 'projects':
        return joined([t.sourcesOf.projects, observed], lang);
      case 'progress':
      case 'supervision':
        return t.sourcesOf.tracking;
      case 'consistency':
        return t.sourcesOf.consistency;
      case 'data':
        return observed;
      default:
        return figures;
    }
  };
}
