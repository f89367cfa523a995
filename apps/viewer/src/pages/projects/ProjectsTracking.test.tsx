import { ordosPlan } from '@plan/indicators';
import { ordosProjects, ordosTargets } from '@plan/projects';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi } from '../../test/fakeApi.js';
import { sampleObservations } from '../../test/fixtures.js';
import { renderApp } from '../../test/renderApp.js';
import {
  fixtureByRegion,
  fixtureMeasures,
  fixtureTargets,
  trackingHandlers,
} from './trackingFixture.js';

async function openProject(number: number, options: { locale?: 'zh' | 'en' } = {}) {
  installFakeApi(sampleObservations(), trackingHandlers());
  renderApp(`/projects?asOf=2024-06-30#project-${number}`, options);
  const name = ordosProjects[number - 1]?.name[options.locale ?? 'zh'] ?? '';
  const project = (await screen.findAllByText(name))
    .map((element) => element.closest('details'))
    .find(Boolean) as HTMLElement;
  // The tracking reads arrive after the plan's: wait for the measures' badges.
  await waitFor(() => expect(project.querySelector('[data-measure] [data-tracking]')).toBeTruthy());
  return project;
}

describe('ProjectsPage: implementation tracking', () => {
  it('shows each measure with one status, its owner by name, its latest report and evidence', async () => {
    const project = await openProject(8);
    const measure = project.querySelector('[data-measure="P08-M1"]') as HTMLElement;
    expect(measure.querySelector('.measure-tracking > p [data-tracking]')?.textContent).toBe(
      '按计划推进',
    );
    expect(within(measure).getByText(/市教育局基础教育科/)).toBeTruthy();
    expect(within(measure).getByText(/市财政局/)).toBeTruthy();
    // The report: period, an excerpt of the narrative, the reporter and the date.
    expect(within(measure).getByText(/最新进展（2023）/)).toBeTruthy();
    const narrative = measure.querySelector('.measure-narrative') as HTMLElement;
    expect(narrative.textContent?.startsWith('全市新建改扩建公办幼儿园12所')).toBe(true);
    expect(narrative.textContent?.endsWith('…')).toBe(true);
    expect(within(measure).getByText('基础教育科张三，2024-01-15')).toBeTruthy();
    expect(within(measure).getByText(/完成 60%/)).toBeTruthy();
    const file = within(measure).getByRole('link', { name: '2023年学前教育工作总结.pdf' });
    expect(file.getAttribute('href')).toBe('/api/v1/evidence/ev-file-1');
    const link = within(measure).getByRole('link', { name: '市政府公告' });
    expect(link.getAttribute('href')).toBe('https://example.org/notice');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('says 未指定 where the bureau set no unit, and never names one', async () => {
    const project = await openProject(8);
    const measure = project.querySelector('[data-measure="P08-M3"]') as HTMLElement;
    expect(measure.querySelector('[data-owner="none"]')?.textContent).toBe('责任单位：未指定');
    expect(within(measure).getByText('尚无进展报告')).toBeTruthy();
    expect(measure.querySelector('[data-tracking]')?.textContent).toBe('未报告');
    expect(within(measure).getByText(/需报告：提交本期进展报告/)).toBeTruthy();
  });

  it('flags a reported status that contradicts the targets, with both readings', async () => {
    const project = await openProject(8);
    const conflict = project.querySelector('[data-conflict="P08-M2"]') as HTMLElement;
    expect(conflict.textContent).toContain('上报状态与目标不符');
    expect(conflict.textContent).toContain('上报为已完成，但目标“通过国家评估认定”尚未达到');
    expect(conflict.querySelector('[data-tracking="done"]')).toBeTruthy();
    const measure = project.querySelector('[data-measure="P08-M2"]') as HTMLElement;
    expect(measure.querySelector('.measure-tracking > p [data-tracking]')?.textContent).toBe(
      '存在风险',
    );
  });

  it('gives every target row exactly one status, and what to report where none was', async () => {
    const project = await openProject(8);
    const rows = [...project.querySelectorAll('tr[data-target]')];
    expect(rows.map((row) => row.getAttribute('data-target'))).toEqual([
      'T-P08-M1-1',
      'T-P08-M1-2',
      'T-P08-M2-1',
    ]);
    for (const row of rows) {
      expect(row.querySelectorAll('[data-tracking]')).toHaveLength(1);
      expect(row.querySelector('[data-milestone]')).toBeNull();
      expect(row.textContent).not.toMatch(/无数据/);
    }
    expect(rows[0]?.querySelector('[data-tracking]')?.textContent).toBe('按计划推进');
    expect(rows[1]?.querySelector('[data-tracking]')?.textContent).toBe('存在风险');
    // A target of its own figures, not reported: what to report, in its printed unit.
    expect(rows[2]?.textContent).toMatch(/需报告：报告通过国家评估认定的当前值/);
    // A target linked to an indicator: report the indicator.
    expect(rows[0]?.textContent).not.toMatch(/需报告/);
  });

  it('rolls up the measures and targets of each project and of the whole plan', async () => {
    const project = await openProject(8);
    const measures = project.querySelector('[data-rollup="工作举措"]') as HTMLElement;
    expect(measures.textContent).toContain('共 3 项');
    expect(measures.querySelector('[data-count="on_track"]')?.textContent).toContain('1');
    expect(measures.querySelector('[data-count="at_risk"]')?.textContent).toContain('1');
    expect(measures.querySelector('[data-count="not_reported"]')?.textContent).toContain('1');
    expect(measures.querySelector('[data-count="done"]')?.textContent).toContain('0');
    const plan = screen.getByRole('region', { name: '全市规划进展' });
    const all = fixtureMeasures();
    const planMeasures = plan.querySelector('[data-rollup="工作举措"]') as HTMLElement;
    expect(planMeasures.textContent).toContain(`共 ${all.length} 项`);
    expect(planMeasures.querySelector('[data-count="not_reported"]')?.textContent).toContain(
      String(all.filter((item) => item.status === 'not_reported').length),
    );
    const planTargets = plan.querySelector('[data-rollup="目标"]') as HTMLElement;
    expect(planTargets.textContent).toContain(`共 ${ordosTargets.length} 项`);
    const overdue = fixtureTargets().filter((item) => item.status === 'overdue').length;
    expect(overdue).toBeGreaterThan(0);
    expect(planTargets.querySelector('[data-count="overdue"]')?.textContent).toContain(
      String(overdue),
    );
  });

  it('reads the tracking as of the chosen date', async () => {
    const calls = installFakeApi(sampleObservations(), trackingHandlers());
    renderApp('/projects?asOf=2023-03-31');
    await screen.findByRole('region', { name: '全市规划进展' });
    const reads = calls.filter((call) =>
      ['/api/v1/measures', '/api/v1/targets'].includes(call.url.pathname),
    );
    expect(reads.some((call) => call.url.searchParams.get('asOf') === '2023-03-31')).toBe(true);
    expect(
      reads
        .filter((call) => call.url.pathname === '/api/v1/measures')
        .map((call) => call.url.search),
    ).toEqual(['?asOf=2023-03-31']);
  });

  it('speaks English beside the Chinese: status words, owner and unassigned', async () => {
    const project = await openProject(8, { locale: 'en' });
    const measure = project.querySelector('[data-measure="P08-M1"]') as HTMLElement;
    expect(measure.querySelector('[data-tracking]')?.textContent).toBe('On track');
    expect(within(measure).getByText(/Basic Education Section/)).toBeTruthy();
    // A unit without an English name keeps its Chinese one.
    expect(within(measure).getByText(/市财政局/)).toBeTruthy();
    const other = project.querySelector('[data-measure="P08-M3"]') as HTMLElement;
    expect(other.querySelector('[data-owner="none"]')?.textContent).toContain('Not assigned');
  });

  it('keeps the deadline reading when the API has no tracking yet', async () => {
    installFakeApi(sampleObservations());
    renderApp('/projects?asOf=2024-06-30#project-7');
    const project = (await screen.findByText('体美劳教育提升工程')).closest(
      'details',
    ) as HTMLElement;
    await waitFor(() => expect(project.querySelector('[data-milestone]')).toBeTruthy());
    expect(project.querySelector('[data-tracking]')).toBeNull();
    expect(screen.queryByRole('region', { name: '全市规划进展' })).toBeNull();
  });
});

describe('ProjectsPage: per-旗区 targets and a target’s own owner', () => {
  it('names the districts that do not meet a per-旗区 target or have not reported', async () => {
    const project = await openProject(1);
    const row = project.querySelector('tr[data-target="T-P01-M4-1"]') as HTMLElement;
    const byRegion = row.querySelector('[data-by-region]') as HTMLElement;
    const districts = fixtureByRegion();
    expect(byRegion.textContent).toContain(`达标 3/${districts.length}`);
    const names = ordosPlan.regions.filter((region) => region.parent === ordosPlan.subjectRegion);
    // The fourth fell short, the rest did not report: all named; the first three not.
    expect(byRegion.textContent).toContain(names[3]?.name.zh);
    expect(byRegion.textContent).toContain(names[names.length - 1]?.name.zh);
    expect(byRegion.textContent).not.toContain(names[0]?.name.zh);
  });

  it('names a target’s own responsible unit where it differs from its measure’s', async () => {
    const project = await openProject(8);
    const own = project.querySelector('tr[data-target="T-P08-M2-1"]') as HTMLElement;
    expect(within(own).getByText(/牵头单位：市财政局/)).toBeTruthy();
    const inherited = project.querySelector('tr[data-target="T-P08-M1-1"]') as HTMLElement;
    expect(inherited.querySelector('.owner-line')).toBeNull();
  });
});
