import { ordosProjects, ordosTargets } from '@plan/projects';
import { milestoneStatus } from '@plan/scoring';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi } from '../test/fakeApi.js';
import { sampleObservations } from '../test/fixtures.js';
import { renderApp } from '../test/renderApp.js';

describe('ProjectsPage', () => {
  it('lists the 20 projects by their names in 附表1', async () => {
    installFakeApi(sampleObservations());
    renderApp('/projects');
    await screen.findByRole('heading', { name: '重大项目工程' });
    const summaries = document.querySelectorAll('details.project > summary');
    expect(summaries).toHaveLength(20);
    expect(summaries[0]?.textContent).toContain(ordosProjects[0]?.name.zh);
  });

  it('opens the project a link points at, with its measures verbatim and its targets', async () => {
    installFakeApi(sampleObservations());
    renderApp('/projects?asOf=2024-06-30#project-6');
    const project = (await screen.findByText('儿童青少年健康素养提升项目')).closest(
      'details',
    ) as HTMLElement;
    expect(project.hasAttribute('open')).toBe(true);
    const measure = ordosProjects[5]?.measures[0];
    expect(within(project).getByText(measure?.text ?? '')).toBeTruthy();
    const milestones = within(project).getByRole('table');
    expect(within(milestones).getByRole('link', { name: '中小学生近视眼率' })).toBeTruthy();
  });

  it('shows each target’s status by its deadline, as the API judges it', async () => {
    installFakeApi(sampleObservations());
    renderApp('/projects?asOf=2024-06-30#project-7');
    const project = (await screen.findByText('体美劳教育提升工程')).closest(
      'details',
    ) as HTMLElement;
    const rows = within(within(project).getByRole('table')).getAllByRole('row').slice(1);
    await waitFor(() =>
      expect(project.querySelectorAll('[data-milestone]').length).toBe(rows.length),
    );
    expect(project.querySelector('[data-milestone]')?.textContent).toMatch(
      /无数据|已逾期|即将到期|按计划推进|已完成/,
    );
  });

  it('shows the amended value a target is judged against beside the printed one (规划调整)', async () => {
    const amended = ordosTargets.find((target) => target.location.box === 6);
    if (!amended) throw new Error('专栏6 has targets');
    installFakeApi(sampleObservations(), {
      'GET /api/v1/milestones': () => ({
        asOf: '2024-06-30',
        region: 'ordos',
        items: ordosTargets.map((target) => ({
          target,
          assessment: milestoneStatus(target, [], { asOf: '2024-06-30' }),
          valuesUsed: 0,
          judged: true,
          ...(target.id === amended.id
            ? {
                amendment: {
                  id: 'test-amendment',
                  effectiveDate: '2024-01-01',
                  printed: '≥99',
                  inForce: { comparator: 'gte', value: 99 },
                },
              }
            : {}),
        })),
        illustrative: false,
        dataVersion: 1,
        observationsUsed: 0,
        setAside: [],
      }),
    });
    renderApp('/projects?asOf=2024-06-30#project-6');
    const project = (await screen.findByText('儿童青少年健康素养提升项目')).closest(
      'details',
    ) as HTMLElement;
    expect(await within(project).findByText(/规划调整：自2024-01-01起按≥99评估/)).toBeTruthy();
    expect(within(project).getAllByText(/规划调整/)).toHaveLength(1);
  });

  it('tells a deadline passed from one not yet due, on the as-of date', async () => {
    installFakeApi(sampleObservations());
    renderApp('/projects?asOf=2022-01-01');
    await screen.findByRole('heading', { name: '重大项目工程' });
    expect(screen.getAllByText('未到期').length).toBeGreaterThan(10);
    expect(screen.queryAllByText('已到期').length).toBeLessThan(
      screen.getAllByText('未到期').length,
    );
  });

  it('shows the consistency report, the most severe findings first, with every reading', async () => {
    installFakeApi(sampleObservations());
    renderApp('/projects');
    const section = (await screen.findByRole('heading', { name: '规划一致性检查' }))
      .parentElement as HTMLElement;
    const findings = section.querySelectorAll('li.finding');
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0]?.className).toContain('severity-high');
    expect(findings[findings.length - 1]?.className).not.toContain('severity-high');
    expect(findings[0]?.querySelectorAll('.readings > li').length).toBeGreaterThanOrEqual(2);
  });
});
