import { ordosProjects, ordosTargets } from '@plan/projects';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json } from '../../test/fakeApi.js';
import { renderApp } from '../../test/renderApp.js';
import { isPerDistrict } from '../projects/projectsView.js';
import {
  installTrackingApi,
  signInWith,
  storedReport,
  trackingTokens,
} from './_lib/trackingFakeApi.js';

const measureIds = ordosProjects.flatMap((project) => project.measures.map((m) => m.id));

/** The ids the page shows: every card's item and every target row inside a measure's card. */
function shownIds(): Set<string> {
  const cards = [...document.querySelectorAll('section[data-task]')].map(
    (card) => card.getAttribute('data-task') ?? '',
  );
  const rows = [...document.querySelectorAll('.task-targets > li > .task-text > strong')].map(
    (strong) => strong.textContent ?? '',
  );
  return new Set([...cards, ...rows]);
}

const cardOf = (id: string) => document.querySelector(`section[data-task="${id}"]`) as HTMLElement;

/** Opens a fold (its form is rendered only once opened, on the bureau's page). */
function open(scope: HTMLElement, summary: string) {
  const details = within(scope).getByText(summary).closest('details') as HTMLDetailsElement;
  details.open = true;
  fireEvent(details, new Event('toggle'));
}

async function bureauPage() {
  signInWith(trackingTokens.city);
  renderApp('/tasks');
  await screen.findByText('教育局（全市）', {}, { timeout: 5000 });
}

describe('TasksPage, the bureau’s mode', () => {
  it('shows a city editor without a unit every measure and every target, by project', async () => {
    installTrackingApi();
    await bureauPage();
    expect(
      screen.getByText(`共 ${measureIds.length} 项措施、${ordosTargets.length} 项目标`),
    ).toBeTruthy();
    expect(measureIds).toHaveLength(91);
    const cards = [...document.querySelectorAll('section[data-task]')].map((card) =>
      card.getAttribute('data-task'),
    );
    expect(cards.filter((id) => id && !id.startsWith('T-'))).toEqual(measureIds);
    const shown = shownIds();
    expect(ordosTargets.filter((target) => !shown.has(target.id))).toEqual([]);
    expect(ordosTargets).toHaveLength(150);
    // Grouped under their project's heading, with who answers for each.
    const project5 = screen.getByRole('heading', { level: 2, name: /^项目5 · / });
    const section = project5.closest('section') as HTMLElement;
    expect(section.querySelector('section[data-task="P05-M1"]')).toBeTruthy();
    await waitFor(() =>
      expect(cardOf('P05-M1').querySelector('.owner-line')?.textContent).toContain('测试单位甲'),
    );
    expect(within(cardOf('P01-M1')).getByText('未指定')).toBeTruthy();
    // Forms are built only when opened.
    expect(within(cardOf('P01-M1')).queryByLabelText('进展说明')).toBeNull();
    // The page's explanation for a token without a unit is not shown to the bureau.
    expect(screen.queryByText(/此令牌不属于任何责任单位/)).toBeNull();
  });

  it('sends the bureau’s report on a measure no unit owns', async () => {
    const calls = installTrackingApi({
      'POST /api/v1/measures/P01-M1/reports': ({ init }) =>
        json({ ...storedReport('P01-M1', JSON.parse(String(init?.body))), unit: null }, 201),
    });
    await bureauPage();
    const card = cardOf('P01-M1');
    expect(within(card).getByText('待报告：2023，2024-01-30 前')).toBeTruthy();
    open(card, '提交进展报告：P01-M1');
    fireEvent.change(within(card).getByLabelText('报告期'), { target: { value: '2023' } });
    fireEvent.change(within(card).getByLabelText('进展状态'), { target: { value: 'at_risk' } });
    fireEvent.change(within(card).getByLabelText('进展说明'), {
      target: { value: '市教育局汇总：部分旗区进度滞后。' },
    });
    fireEvent.click(within(card).getByRole('button', { name: '提交报告' }));
    expect(await within(card).findByText('已提交 P01-M1 2023 的进展报告。')).toBeTruthy();
    const report = calls.find(
      (call) => call.method === 'POST' && call.url.pathname === '/api/v1/measures/P01-M1/reports',
    );
    const body = JSON.parse(String(report?.init?.body));
    expect(body).toMatchObject({
      period: '2023',
      status: 'at_risk',
      narrative: '市教育局汇总：部分旗区进度滞后。',
    });
    expect(body).not.toHaveProperty('unit');
    expect(new Headers(report?.init?.headers).get('authorization')).toBe(
      `Bearer ${trackingTokens.city.token}`,
    );
  });

  it('sends a figure for a target in the plan’s text, and sends linked targets to data entry', async () => {
    const own = ordosTargets.find(
      (target) => !target.location.measure && !target.indicatorId && !isPerDistrict(target),
    );
    const linked = ordosTargets.find((target) => target.indicatorId);
    if (!own || !linked) throw new Error('fixture: no such targets');
    const calls = installTrackingApi({
      'POST /api/v1/observations': ({ init }) => {
        const body = JSON.parse(String(init?.body));
        return json({ ...body, id: 'o-1', indicatorId: body.targetId, approval: 'approved' }, 201);
      },
    });
    await bureauPage();
    open(document.body, `填报数值：${own.id}`);
    const form = screen
      .getByRole('heading', { name: `填报数值：${own.id}` })
      .closest('form') as HTMLElement;
    expect(
      [...(within(form).getByLabelText('地区') as HTMLSelectElement).options].map(
        (option) => option.value,
      ),
    ).toEqual(['ordos']);
    fireEvent.change(within(form).getByLabelText(/^数值/), { target: { value: '12' } });
    fireEvent.click(within(form).getByRole('button', { name: '保存数值' }));
    expect(await within(form).findByText(new RegExp(`已保存：${own.id} = 12`))).toBeTruthy();
    const posted = calls.find(
      (call) => call.method === 'POST' && call.url.pathname === '/api/v1/observations',
    );
    expect(JSON.parse(String(posted?.init?.body))).toEqual({
      targetId: own.id,
      region: 'ordos',
      date: '2024-06-30',
      value: 12,
    });
    const row = [...document.querySelectorAll('.task-text > strong')].find(
      (strong) => strong.textContent === linked.id,
    )?.parentElement?.parentElement as HTMLElement;
    expect(within(row).getByRole('link', { name: '数据录入' })).toBeTruthy();
  });

  it('filters by status and by project, in the URL', async () => {
    installTrackingApi();
    await bureauPage();
    fireEvent.change(screen.getByLabelText('状态'), { target: { value: 'at_risk' } });
    expect(await screen.findByText('显示 1 项')).toBeTruthy();
    // The at-risk measure, with its targets inside its card.
    expect([...shownIds()]).toEqual(['P06-M3', 'T-P06-M3-1', 'T-P06-M3-2']);
    fireEvent.change(screen.getByLabelText('状态'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('项目'), { target: { value: '5' } });
    const project5 = ordosProjects.find((project) => project.number === 5);
    const prose = ordosTargets.filter((t) => t.location.box === 5 && !t.location.measure);
    const count = (project5?.measures.length ?? 0) + prose.length;
    expect(await screen.findByText(`显示 ${count} 项`)).toBeTruthy();
    const sections = [...document.querySelectorAll('section[data-project]')];
    expect(sections.map((section) => section.getAttribute('data-project'))).toEqual(['5']);
    fireEvent.change(screen.getByLabelText('状态'), { target: { value: 'done' } });
    expect(await screen.findByText('没有符合筛选条件的事项。')).toBeTruthy();
  });

  it('keeps the explanation for a district’s token without a unit', async () => {
    installTrackingApi();
    signInWith(trackingTokens.district);
    renderApp('/tasks');
    expect(await screen.findByText(/此令牌不属于任何责任单位/)).toBeTruthy();
    expect(screen.queryByText('教育局（全市）')).toBeNull();
    expect(document.querySelector('section[data-task]')).toBeNull();
  });
});
