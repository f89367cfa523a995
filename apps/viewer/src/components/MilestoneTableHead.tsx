import { useLocale } from '../i18n/LocaleProvider.js';

/** The header row of a table of milestones; `box` adds the 专栏 column first. */
export function MilestoneTableHead({ box = false }: { box?: boolean }) {
  const { t } = useLocale();
  return (
    <thead>
      <tr>
        {box ? <th scope="col">{t('projects.box')}</th> : null}
        <th scope="col">{t('projects.milestones')}</th>
        <th scope="col">{t('projects.deadline')}</th>
        <th scope="col">{t('col.status')}</th>
        <th scope="col">{t('projects.indicator')}</th>
      </tr>
    </thead>
  );
}
