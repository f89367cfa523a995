import type { Owner, Unit } from '../../api/tracking.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import { ownerNames } from './projectsView.js';
import { useProjectsWords } from './projectsWords.js';

/**
 * Who answers for an item: the lead unit and the cooperating units the bureau set,
 * by name; 未指定 where it set none. The plan names no units: nothing is filled in.
 */
export function OwnerLine({
  owner,
  units,
}: {
  owner: Owner | null | undefined;
  units: ReadonlyMap<string, Unit>;
}) {
  const { locale } = useLocale();
  const w = useProjectsWords();
  const names = ownerNames(owner, units, locale);
  if (!names.lead && names.cooperating.length === 0) {
    return (
      <p className="small owner-line" data-owner="none">
        {w('owner')}
        {w('colon')}
        <span className="unassigned" title={w('unassignedNote')}>
          {w('unassigned')}
        </span>
      </p>
    );
  }
  return (
    <p className="small owner-line" data-owner={owner?.lead ?? ''}>
      {w('lead')}
      {w('colon')}
      {names.lead ?? <span className="unassigned">{w('unassigned')}</span>}
      {names.cooperating.length > 0 ? (
        <>
          {' · '}
          {w('cooperating')}
          {w('colon')}
          {names.cooperating.join(locale === 'zh' ? '、' : ', ')}
        </>
      ) : null}
    </p>
  );
}
