import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json } from '../../test/fakeApi.js';
import { renderApp } from '../../test/renderApp.js';
import {
  installTrackingApi,
  signInWith,
  storedReport,
  trackingTokens,
} from './_lib/trackingFakeApi.js';

const card = async (heading: string) =>
  (await screen.findByRole('heading', { name: new RegExp(heading) })).closest(
    'section',
  ) as HTMLElement;

function fill(scope: HTMLElement, label: string, value: string) {
  fireEvent.change(within(scope).getByLabelText(label), { target: { value } });
}

describe('TasksPage', () => {
  it('asks a signed-out reader for a token', async () => {
    installTrackingApi();
    renderApp('/tasks');
    expect(await screen.findByRole('heading', { name: '我的任务', level: 1 })).toBeTruthy();
    expect(await screen.findByLabelText('访问令牌')).toBeTruthy();
  });

  it('tells a district’s token without a unit why it has no tasks, without failing', async () => {
    installTrackingApi();
    signInWith(trackingTokens.district);
    renderApp('/tasks');
    expect(await screen.findByText(/此令牌不属于任何责任单位/)).toBeTruthy();
    const notice = screen.getByText(/此令牌不属于任何责任单位/).closest('div') as HTMLElement;
    expect(within(notice).getByRole('link', { name: '督办清单' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('lists the unit’s items with status, role, what is due next and the latest report', async () => {
    installTrackingApi();
    signInWith(trackingTokens.unit);
    renderApp('/tasks');
    expect(await screen.findByText('责任单位：测试单位甲')).toBeTruthy();
    expect(screen.getByText('共 3 项')).toBeTruthy();
    const first = await card('措施 P05-M1');
    const firstHeading = within(first).getByRole('heading', { level: 2 });
    expect(within(firstHeading).getByText('未报告')).toBeTruthy();
    expect(within(firstHeading).getByText('牵头')).toBeTruthy();
    expect(within(first).getByText('待报告：2023，2024-01-30 前')).toBeTruthy();
    expect(within(first).getByText('完成期限：2025-12-31')).toBeTruthy();
    expect(within(first).getByText('已列入督办清单')).toBeTruthy();
    expect(within(first).getByText('尚未报告')).toBeTruthy();
    // A measure without targets is judged by its deliverable: the form asks for it.
    expect(within(first).getByLabelText('文件名称或文号')).toBeTruthy();
    const second = await card('措施 P06-M3');
    const secondHeading = within(second).getByRole('heading', { level: 2 });
    expect(within(secondHeading).getByText('存在风险')).toBeTruthy();
    expect(within(secondHeading).getByText('配合')).toBeTruthy();
    expect(within(second).getByText(/最近报告：2022 · 按计划推进/)).toBeTruthy();
    expect(within(second).getByText('2023 已报告')).toBeTruthy();
    expect(within(second).queryByLabelText('文件名称或文号')).toBeNull();
    expect(within(second).getByText('T-P06-M3-1')).toBeTruthy();
    expect(within(second).getByText('最新数值：3（2023-12-31）')).toBeTruthy();
    // The target the API lists on its own shows only inside its measure's card.
    expect(document.querySelector('section[data-task="T-P06-M3-1"]')).toBeNull();
  });

  it('sends a report with its deliverable, then its file, and says so', async () => {
    const calls = installTrackingApi({
      'POST /api/v1/measures/P05-M1/reports': ({ init }) =>
        json(storedReport('P05-M1', JSON.parse(String(init?.body))), 201),
      'POST /api/v1/measures/P05-M1/reports/report-1/evidence': () =>
        json({ id: 'evidence-1', kind: 'file', name: '方案.pdf' }, 201),
    });
    signInWith(trackingTokens.unit);
    renderApp('/tasks');
    const first = await card('措施 P05-M1');
    expect((within(first).getByLabelText('报告期') as HTMLSelectElement).value).toBe('2023');
    fireEvent.change(within(first).getByLabelText('进展状态'), { target: { value: 'done' } });
    fill(first, '完成比例（%，可不填）', '100');
    fill(first, '进展说明', '已印发《鄂尔多斯市家校社共育实施方案》。');
    fireEvent.click(within(first).getByLabelText('已完成（已出台 / 已印发）'));
    fill(first, '完成日期', '2023-09-01');
    fill(first, '文件名称或文号', '鄂教发〔2023〕12号');
    fireEvent.click(within(first).getByLabelText('上传文件'));
    const file = new File(['%PDF-1.4 test'], '方案.pdf', { type: '' });
    fireEvent.change(within(first).getByLabelText('文件'), { target: { files: [file] } });
    fireEvent.click(within(first).getByRole('button', { name: '提交报告' }));
    expect(
      await within(first).findByText('已提交 P05-M1 2023 的进展报告，佐证材料“方案.pdf”已上传。'),
    ).toBeTruthy();
    const report = calls.find((call) => call.url.pathname.endsWith('/reports'));
    expect(JSON.parse(String(report?.init?.body))).toEqual({
      period: '2023',
      status: 'done',
      percent: 100,
      narrative: '已印发《鄂尔多斯市家校社共育实施方案》。',
      deliverable: { done: true, date: '2023-09-01', document: '鄂教发〔2023〕12号' },
    });
    expect(new Headers(report?.init?.headers).get('authorization')).toBe(
      `Bearer ${trackingTokens.unit.token}`,
    );
    const upload = calls.find((call) => call.url.pathname.endsWith('/evidence'));
    expect(upload?.url.searchParams.get('name')).toBe('方案.pdf');
    expect(new Headers(upload?.init?.headers).get('content-type')).toBe('application/pdf');
  });

  it('refuses a file of the wrong kind before anything is sent', async () => {
    const calls = installTrackingApi();
    signInWith(trackingTokens.unit);
    renderApp('/tasks');
    const first = await card('措施 P05-M1');
    fill(first, '进展说明', '推进中。');
    fireEvent.click(within(first).getByLabelText('上传文件'));
    fireEvent.change(within(first).getByLabelText('文件'), {
      target: { files: [new File(['MZ'], 'setup.exe')] },
    });
    fireEvent.click(within(first).getByRole('button', { name: '提交报告' }));
    expect(await within(first).findByText(/不接受此类文件（\.exe）/)).toBeTruthy();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
  });

  it('shows the API’s problem when it refuses the report', async () => {
    installTrackingApi({
      'POST /api/v1/measures/P05-M1/reports': () =>
        json(
          {
            title: 'Forbidden',
            status: 403,
            detail: 'P05-M1 is not an item of test-unit-a.',
          },
          403,
        ),
    });
    signInWith(trackingTokens.unit);
    renderApp('/tasks');
    const first = await card('措施 P05-M1');
    fill(first, '进展说明', '推进中。');
    fireEvent.click(within(first).getByRole('button', { name: '提交报告' }));
    expect((await within(first).findByRole('alert')).textContent).toBe(
      '未能保存：P05-M1 is not an item of test-unit-a.',
    );
  });

  it('sends a district unit’s target figure with the target id, submitted for approval', async () => {
    const calls = installTrackingApi({
      'POST /api/v1/observations': ({ init }) => {
        const body = JSON.parse(String(init?.body));
        return json({ ...body, id: 'o-1', indicatorId: body.targetId, approval: 'submitted' }, 201);
      },
    });
    signInWith(trackingTokens.districtUnit);
    renderApp('/tasks');
    const second = await card('措施 P06-M3');
    const form = within(second)
      .getByRole('heading', { name: '填报数值：T-P06-M3-1' })
      .closest('form') as HTMLElement;
    expect(
      [...(within(form).getByLabelText('地区') as HTMLSelectElement).options].map(
        (option) => option.textContent,
      ),
    ).toEqual(['东胜区']);
    fill(form, '数值（项）', '4');
    fill(form, '来源', '东胜区教育局');
    fireEvent.click(within(form).getByRole('button', { name: '保存数值' }));
    expect(
      await within(form).findByText(
        '已保存：T-P06-M3-1 = 4（东胜区，2024-06-30），已提交，等待市级审核。',
      ),
    ).toBeTruthy();
    const posted = calls.find(
      (call) => call.method === 'POST' && call.url.pathname === '/api/v1/observations',
    );
    expect(JSON.parse(String(posted?.init?.body))).toEqual({
      targetId: 'T-P06-M3-1',
      region: 'dongsheng',
      date: '2024-06-30',
      value: 4,
      source: '东胜区教育局',
    });
  });

  it('sends a link as evidence, as JSON, and speaks English when asked', async () => {
    const calls = installTrackingApi({
      'POST /api/v1/measures/P05-M1/reports': ({ init }) =>
        json(storedReport('P05-M1', JSON.parse(String(init?.body))), 201),
      'POST /api/v1/measures/P05-M1/reports/report-1/evidence': () =>
        json({ id: 'evidence-2', kind: 'link', name: 'Notice' }, 201),
    });
    signInWith(trackingTokens.unit);
    renderApp('/tasks', { locale: 'en' });
    expect(await screen.findByRole('heading', { name: 'My tasks', level: 1 })).toBeTruthy();
    const first = await card('Measure P05-M1');
    expect(within(first).getByText('To report: 2023, due by 2024-01-30')).toBeTruthy();
    fill(first, 'Narrative', '方案已起草，待审议。');
    fireEvent.click(within(first).getByLabelText('Give a link'));
    fill(first, 'Link name', 'Notice');
    fill(first, 'Link address', 'https://jyj.ordos.gov.cn/notice.html');
    fireEvent.click(within(first).getByRole('button', { name: 'Submit the report' }));
    expect(
      await within(first).findByText(
        'Progress report for P05-M1 2023 submitted, evidence “Notice” uploaded.',
      ),
    ).toBeTruthy();
    const upload = calls.find((call) => call.url.pathname.endsWith('/evidence'));
    expect(JSON.parse(String(upload?.init?.body))).toEqual({
      kind: 'link',
      name: 'Notice',
      url: 'https://jyj.ordos.gov.cn/notice.html',
    });
    expect(upload?.url.searchParams.has('name')).toBe(false);
  });

  it('reads a measure’s earlier reports only when they are opened, with their evidence', async () => {
    const report = {
      ...storedReport('P06-M3', {
        period: '2022',
        status: 'on_track',
        narrative: '已立项课题两项。',
      }),
      evidence: [
        {
          id: 'ev-1',
          reportId: 'report-1',
          kind: 'file' as const,
          name: '立项通知.pdf',
          mediaType: 'application/pdf',
          size: 2048,
          sha256: 'ab',
          url: null,
          createdAt: '2023-01-10T08:00:00.000Z',
          createdBy: '测试单位甲',
        },
      ],
    };
    const calls = installTrackingApi({
      'GET /api/v1/measures/P06-M3/reports': () => ({ items: [report] }),
    });
    signInWith(trackingTokens.unit);
    renderApp('/tasks');
    const second = await card('措施 P06-M3');
    const history = within(second)
      .getByText('历次报告：P06-M3')
      .closest('details') as HTMLDetailsElement;
    expect(calls.some((call) => call.url.pathname.endsWith('/P06-M3/reports'))).toBe(false);
    history.open = true;
    fireEvent(history, new Event('toggle'));
    expect(await within(history).findByText('已立项课题两项。')).toBeTruthy();
    expect(within(history).getByRole('link', { name: '立项通知.pdf' }).getAttribute('href')).toBe(
      '/api/v1/evidence/ev-1',
    );
  });
});
