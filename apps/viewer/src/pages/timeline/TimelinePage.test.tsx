import { ordosTargets } from '@plan/projects';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi } from '../../test/fakeApi.js';
import { sampleObservations } from '../../test/fixtures.js';
import { renderWithProviders } from '../../test/renderApp.js';
import { fixtureTargets, trackingHandlers } from '../projects/trackingFixture.js';
import TimelinePage from './TimelinePage.js';

function projectRow(number: number) {
  return document.querySelector(`tr[data-project="${number}"]`) as HTMLElement;
}

function cell(number: number, year: number) {
  return projectRow(number).querySelector(`td[data-year="${year}"]`) as HTMLElement;
}

async function showTimeline(options: { tracking?: boolean; locale?: 'zh' | 'en' } = {}) {
  installFakeApi(sampleObservations(), options.tracking === false ? {} : trackingHandlers());
  renderWithProviders(<TimelinePage />, {
    path: '/timeline?asOf=2024-06-30',
    ...(options.locale ? { locale: options.locale } : {}),
  });
  await screen.findByRole('table', {
    name: options.locale === 'en' ? 'Timeline of deadlines' : '任务时间轴',
  });
  if (options.tracking !== false)
    await waitFor(() => expect(document.querySelector('[data-status="on_track"]')).toBeTruthy());
}

describe('TimelinePage', () => {
  it('lays the 20 projects over the years 2021–2025', async () => {
    await showTimeline();
    const table = screen.getByRole('table', { name: '任务时间轴' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers).toEqual(['项目', '2021年', '2022年', '2023年', '2024年', '2025年']);
    expect(table.querySelectorAll('tbody > tr')).toHaveLength(20);
  });

  it('puts every target of the projects on its deadline year, with its status', async () => {
    await showTimeline();
    const inBoxes = ordosTargets.filter((target) => target.location.measure !== undefined);
    expect(document.querySelectorAll('.timeline-target')).toHaveLength(inBoxes.length);
    for (const target of inBoxes.slice(0, 10)) {
      const entry = document.querySelector(`[data-entry="${target.id}"]`) as HTMLElement;
      expect(entry.closest('td')?.getAttribute('data-year')).toBe(String(target.deadline.year));
    }
    const onTrack = document.querySelector('[data-entry="T-P08-M1-1"]') as HTMLElement;
    expect(onTrack.getAttribute('data-status')).toBe('on_track');
    expect(onTrack.textContent).toContain('按计划推进');
  });

  it('marks what is overdue, and counts it per project', async () => {
    await showTimeline();
    const overdue = fixtureTargets().filter(
      (target) => target.status === 'overdue' && target.location.box === 7,
    );
    expect(overdue.length).toBeGreaterThan(0);
    const first = overdue[0];
    const entry = document.querySelector(`[data-entry="${first?.id}"]`) as HTMLElement;
    expect(entry.className).toContain('is-overdue');
    expect(entry.textContent).toContain('逾期');
    expect(within(projectRow(7)).getByText(`逾期 ${overdue.length} 项`)).toBeTruthy();
    // Not overdue: no mark.
    expect(document.querySelector('[data-entry="T-P08-M1-1"]')?.textContent).not.toContain('逾期');
  });

  it('places a measure without targets at the end of the plan, marked inferred', async () => {
    await showTimeline();
    const measure = cell(8, 2025).querySelector('[data-entry="P08-M3"]') as HTMLElement;
    expect(measure.textContent).toContain('举措');
    expect(measure.textContent).toContain('（推定）');
    // A measure with targets takes their latest deadline, stated.
    expect(cell(8, 2025).querySelector('[data-entry="P08-M1"]')?.textContent).not.toContain('推定');
  });

  it('links each entry to its project', async () => {
    await showTimeline();
    const link = within(document.querySelector('[data-entry="P08-M1"]') as HTMLElement).getByRole(
      'link',
    );
    expect(link.getAttribute('href')).toMatch(/^\/projects\?.*#project-8$|^\/projects#project-8$/);
  });

  it('shows only overdue and at-risk items on request', async () => {
    await showTimeline();
    fireEvent.click(screen.getByLabelText('只看逾期与存在风险的事项'));
    expect(document.querySelector('[data-entry="T-P08-M1-1"]')).toBeNull();
    expect(document.querySelector('[data-entry="T-P08-M1-2"]')).toBeTruthy();
    const statuses = [...document.querySelectorAll('[data-entry]')].map((entry) =>
      entry.getAttribute('data-status'),
    );
    expect(new Set(statuses)).toEqual(new Set(['overdue', 'at_risk']));
  });

  it('without tracking marks passed deadlines only, never calling them overdue', async () => {
    await showTimeline({ tracking: false });
    await screen.findByText(/暂时读不到落实情况/);
    expect(document.querySelector('.is-overdue')).toBeNull();
    expect(within(cell(7, 2022)).getAllByText('已到期').length).toBeGreaterThan(0);
    expect(within(cell(8, 2025)).queryAllByText('已到期')).toHaveLength(0);
  });

  it('speaks English', async () => {
    await showTimeline({ locale: 'en' });
    expect(screen.getByRole('heading', { name: 'Timeline of deadlines' })).toBeTruthy();
    expect(document.querySelector('[data-entry="T-P08-M1-1"]')?.textContent).toContain('On track');
  });
});
