import { apiPath, usePlanId } from '../api/planScope.js';
import { useLocale } from '../i18n/LocaleProvider.js';

/** The documents GET /api/v1/report writes, in the order offered. */
const DOCUMENTS = [
  { format: 'docx', zh: 'Word 文档', en: 'Word' },
  { format: 'pdf', zh: 'PDF', en: 'PDF' },
  { format: 'xlsx', zh: 'Excel 表格', en: 'Excel' },
  { format: 'md', zh: 'Markdown', en: 'Markdown' },
] as const;

/**
 * Links to the report as documents to file, for the page's as-of day, in the
 * page's language, with or without demo figures as the page shows them. The
 * server picks the kind from the day (总结评估 once the plan has ended, else
 * 年度监测); the cover's reporting unit is left （未填写） for the author.
 */
export function ReportPageDownloads({
  asOf,
  illustrative,
}: {
  asOf: string;
  illustrative: boolean;
}) {
  const { locale } = useLocale();
  const planId = usePlanId();
  const href = (format: string) => {
    const query = new URLSearchParams({
      format,
      asOf,
      lang: locale,
      ...(illustrative ? { includeIllustrative: 'true' } : {}),
    });
    return `${apiPath(planId, '/report')}?${query}`;
  };
  return (
    <nav
      className="report-downloads no-print"
      aria-label={locale === 'zh' ? '下载报告' : 'Download the report'}
    >
      <span>{locale === 'zh' ? '下载报告：' : 'Download: '}</span>
      {DOCUMENTS.map((document, index) => (
        <span key={document.format}>
          {index > 0 ? ' · ' : null}
          <a href={href(document.format)} download data-format={document.format}>
            {document[locale]}
          </a>
        </span>
      ))}
    </nav>
  );
}
