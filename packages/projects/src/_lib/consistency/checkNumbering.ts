import type { PrintedReading } from '../../schema/consistencyFinding.js';
import type { CheckResult, Context, Draft } from './context.js';
import { derived } from './readings.js';

/** Each box should print （1）, （2）… on its measures in order; a finding per box that does not. */
export function checkMeasureNumbering({ projects, locate }: Context): CheckResult {
  const measures = projects.flatMap((project) => project.measures);
  const numbered = measures.filter((measure) => measure.number !== null).length;
  const findings = projects.flatMap((project): Draft[] => {
    const irregular = project.measures.filter(
      (measure) => measure.number !== `（${measure.position}）`,
    );
    if (irregular.length === 0) return [];
    const printed = project.measures.flatMap((measure) => (measure.number ? [measure.number] : []));
    // A missing number is "skipped" when a later paragraph of the box is numbered again.
    const skipped = project.measures
      .filter(
        (measure) =>
          measure.number === null &&
          project.measures.some(
            (later) => later.position > measure.position && later.number !== null,
          ),
      )
      .map((measure) => `（${measure.position}）`);
    const total = project.measures.length;
    return [
      {
        id: `F-numbering-box-${project.number}`,
        kind: 'numbering',
        severity: 'low',
        title: {
          zh: `专栏${project.number}：${total}段中${irregular.length}段未印序号`,
          en: `专栏${project.number}: ${irregular.length} of ${total} paragraphs ${irregular.length === 1 ? 'has' : 'have'} no printed number`,
        },
        readings: [
          ...irregular.map(
            (measure): PrintedReading => ({
              basis: 'printed',
              text: measure.text,
              label: { zh: `${measure.id}（未印序号）`, en: `${measure.id} (no printed number)` },
              location: locate(measure.lines.start),
            }),
          ),
          derived(
            `印有序号：${printed.join('') || '无'}；共${total}段`,
            `Printed numbers: ${printed.join(' ') || 'none'}; ${total} paragraphs`,
            total,
          ),
        ],
        explanation: {
          zh: `工作举措按其在专栏中的位置计数，因此${irregular.map((measure) => `第${measure.position}段`).join('、')}虽未印序号也计入。${skipped.length > 0 ? `印出的序号跳过了${skipped.join('、')}。` : ''}`,
          en: `Measures are counted by their place in the box, so ${irregular.map((measure) => measure.id).join(', ')} ${irregular.length === 1 ? 'is' : 'are'} counted although unnumbered.${skipped.length > 0 ? ` The printed numbers skip ${skipped.join(', ')}.` : ''}`,
        },
        indicatorIds: [],
        targetIds: [],
        projects: [project.number],
      },
    ];
  });
  return {
    check: {
      id: 'C-measure-numbering',
      title: {
        zh: '各专栏的工作举措按（1）（2）…依次编号',
        en: 'Each box numbers its measures （1）, （2）… in order',
      },
      detail: {
        zh: `${measures.length}项工作举措中${numbered}项印有序号。`,
        en: `${numbered} of ${measures.length} measures carry their printed number.`,
      },
    },
    findings,
  };
}

/** Chapters and sections the plan prints without their number (第三章 prints only 第四节). */
export function checkHeadingNumbering({ sources, locate }: Context): CheckResult {
  const unnumbered = sources.outline.chapters.flatMap((chapter) => [
    ...(chapter.numberPrinted ? [] : [{ heading: chapter, place: `${chapter.number}` }]),
    ...chapter.sections
      .filter((section) => !section.numberPrinted)
      .map((section) => ({ heading: section, place: `${chapter.number}.${section.number}` })),
  ]);
  const places = unnumbered.map(({ place }) => place).join(', ');
  return {
    check: {
      id: 'C-heading-numbering',
      title: { zh: '各章节标题印有序号', en: 'Chapters and sections carry their printed numbers' },
      detail: {
        zh: `${unnumbered.length}个章节标题未印序号。`,
        en: `${unnumbered.length} headings are printed without a number.`,
      },
    },
    findings:
      unnumbered.length === 0
        ? []
        : [
            {
              id: 'F-numbering-headings',
              kind: 'numbering',
              severity: 'low',
              title: {
                zh: `${unnumbered.length}个章节标题未印序号`,
                en: `${unnumbered.length} chapter and section headings are printed without a number`,
              },
              readings: [
                ...unnumbered.map(
                  ({ heading }): PrintedReading => ({
                    basis: 'printed',
                    text: heading.printed,
                    location: locate(heading.line),
                  }),
                ),
                derived(
                  `按所在位置读作（章.节）：${places}`,
                  `Read by their place (chapter.section): ${places}`,
                ),
              ],
              explanation: {
                zh: '这些章节标题未印序号，此处按其所在位置编号。',
                en: 'Chapters and sections are numbered here by their place (see the outline, numberPrinted: false).',
              },
              indicatorIds: [],
              targetIds: [],
              projects: [],
            },
          ],
  };
}

/** Each 专栏 title against the name 附表1 gives its project. */
export function checkBoxTitles({ projects, locate }: Context): CheckResult {
  return {
    check: {
      id: 'C-box-titles-match-annex',
      title: {
        zh: '各专栏标题与附表1中的项目名称一致',
        en: 'Each 专栏 title is the name 附表1 gives its project',
      },
      detail: {
        zh: `${projects.length}个专栏标题与附表1核对（去掉首尾空白）。`,
        en: `${projects.length} box titles compared with 附表1 (names trimmed).`,
      },
    },
    findings: projects
      .filter((project) => project.box.title.zh !== project.name.zh)
      .map(
        (project): Draft => ({
          id: `F-name-box-${project.number}`,
          kind: 'name-mismatch',
          severity: 'low',
          title: {
            zh: `专栏${project.number}标题与附表1名称不同`,
            en: `专栏${project.number}’s title differs from its name in 附表1`,
          },
          readings: [
            { basis: 'printed', text: project.box.title.zh, location: locate(project.box.line) },
            { basis: 'printed', text: project.name.zh, location: locate(project.annexLine) },
          ],
          explanation: {
            zh: `专栏标题为“${project.box.title.zh}”，附表1中的名称为“${project.name.zh}”，两处写法不同。`,
            en: 'The box and 附表1 name the project differently.',
          },
          indicatorIds: [],
          targetIds: [],
          projects: [project.number],
        }),
      ),
  };
}
