import { Link } from 'react-router';
import { useProjects, useTargets } from '../../api/queries.js';
import type { Target } from '../../api/types.js';
import { ErrorNotice, Loading } from '../../components/QueryState.js';
import { useLocale } from '../../i18n/LocaleProvider.js';
import { useSettingsSearch } from '../../lib/useSettings.js';

/** The targets of the plan's text linked to the indicator, quoting the text, with their 专栏. */
function LinkedTargets({ targets }: { targets: readonly Target[] }) {
  const { t, pick, locale } = useLocale();
  const projects = useProjects();
  const search = useSettingsSearch();
  if (targets.length === 0) return <p className="muted">{t('detail.noProjects')}</p>;
  const projectOf = (target: Target) =>
    target.location.box !== undefined
      ? projects.data?.find((project) => project.number === target.location.box)
      : undefined;
  return (
    <ul className="linked-targets">
      {targets.map((target) => {
        const project = projectOf(target);
        return (
          <li key={target.id}>
            <div className="linked-target-head">
              <strong>{pick(target.metric)}</strong>
              <span>
                {target.printedValue} {pick(target.unit)}
              </span>
              <span className="muted small">
                {t('projects.deadline')} {target.deadline.year}
                {target.deadline.inferred ? t('projects.inferred') : ''}
              </span>
            </div>
            <blockquote lang="zh-CN">{target.text}</blockquote>
            <p className="small muted">
              {project ? (
                <Link to={`/projects${search}#project-${project.number}`}>
                  {t('projects.box')} {project.number} · {pick(project.name)}
                </Link>
              ) : (
                <span>{target.id}</span>
              )}
              {target.location.measure ? ` · ${target.location.measure}` : ''}
              {locale === 'en' && target.note ? ` · ${target.note.en}` : ''}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

/** The section of project targets linked to one indicator. */
export function LinkedTargetsSection({ indicatorId }: { indicatorId: string }) {
  const { t } = useLocale();
  const targets = useTargets();
  const linked = (targets.data ?? []).filter((target) => target.indicatorId === indicatorId);
  return (
    <section aria-labelledby="projects-heading">
      <h2 id="projects-heading">{t('detail.projects')}</h2>
      {targets.isError ? <ErrorNotice error={targets.error} /> : null}
      {targets.data ? <LinkedTargets targets={linked} /> : targets.isPending ? <Loading /> : null}
    </section>
  );
}
