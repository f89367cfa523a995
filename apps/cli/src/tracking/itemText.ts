import type { Project, Target } from '@plan/projects';
import type { Lang } from '../_lib/localize.js';

/**
 * The words of a tracked item: a target's clause as the plan prints it, a
 * measure's paragraph (in English our summary); the id when the plan has no
 * such item.
 */
export function itemText(
  id: string,
  plan: { projects: readonly Project[]; targets: readonly Target[] },
  lang: Lang,
): string {
  const target = plan.targets.find((each) => each.id === id);
  if (target) return target.text;
  for (const project of plan.projects) {
    const measure = project.measures.find((each) => each.id === id);
    if (measure)
      return lang === 'en' ? measure.summary.en : `${measure.number ?? ''}${measure.text}`;
  }
  return id;
}
