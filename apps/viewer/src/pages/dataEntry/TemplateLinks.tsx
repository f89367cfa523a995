import { useId, useState } from 'react';
import { withQuery } from '../../api/client.js';
import { apiPath, usePlanId } from '../../api/planScope.js';
import type { Region } from '../../api/types.js';
import { useLocale } from '../../i18n/LocaleProvider.js';

const FORMATS = ['xlsx', 'csv-utf8', 'csv-gb18030'] as const;

/**
 * The import template to download (GET /api/v1/observations/template): XLSX with drop-down
 * lists, or CSV in UTF-8 or GBK, prefilled with a row per indicator of the chosen region.
 */
export function TemplateLinks({ regions }: { regions: readonly Pick<Region, 'id' | 'name'>[] }) {
  const { t, pick } = useLocale();
  const planId = usePlanId();
  const id = useId();
  const [region, setRegion] = useState(regions[0]?.id ?? '');
  const chosen = regions.some((candidate) => candidate.id === region) ? region : regions[0]?.id;
  return (
    <div className="template-links" data-testid="template-links">
      <p className="small">{t('entry.template.help')}</p>
      <div className="control-row">
        {regions.length > 1 ? (
          <div className="control">
            <label htmlFor={`${id}-region`}>{t('entry.template.region')}</label>
            <select
              id={`${id}-region`}
              value={chosen}
              onChange={(event) => setRegion(event.target.value)}
            >
              {regions.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {pick(candidate.name)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <ul className="template-formats">
          {FORMATS.map((format) => (
            <li key={format}>
              <a
                href={withQuery(apiPath(planId, '/observations/template'), {
                  format,
                  region: chosen,
                })}
                download
              >
                {t(`entry.template.${format}`)}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
