import { ordosPlan } from '@plan/indicators';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client.js';
import { installFakeApi, observation, planSummary } from '../../test/fakeApi.js';
import { sampleObservations } from '../../test/fixtures.js';
import { renderWithProviders } from '../../test/renderApp.js';
import { AddObservationView } from './AddObservationView.js';

function view(create = vi.fn(), observations = sampleObservations()) {
  installFakeApi(observations);
  renderWithProviders(
    <AddObservationView
      plan={planSummary}
      indicators={ordosPlan.indicators}
      write={{ create, correct: vi.fn(), importFile: vi.fn() }}
    />,
  );
  return create;
}

const problem = (status: number, body: object, headers: Record<string, string> = {}) =>
  new ApiError(
    status,
    {
      type: 'about:blank',
      title: 'Problem',
      status,
      detail: 'The observation does not fit.',
      ...body,
    },
    new Headers(headers),
    'Problem',
  );

describe('AddObservationView', () => {
  it('checks a value inline against its unit, and sends nothing while it is wrong', async () => {
    const create = view();
    const value = screen.getByLabelText('数值 (%)');
    fireEvent.change(value, { target: { value: '140' } });
    expect(await screen.findByText('百分比须在 0 到 100 之间')).toBeTruthy();
    expect(value.getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: '保存观测值' }));
    expect(await screen.findByText('请先修正标出的错误。')).toBeTruthy();
    expect(screen.getByText('必填')).toBeTruthy(); // the source, shown once submitted
    expect(create).not.toHaveBeenCalled();
  });

  it('sends a valid observation for the plan’s region by default, and confirms it', async () => {
    const create = view(
      vi.fn(async () =>
        observation({ indicatorId: 'preschool-enrolment-rate', year: 2023, value: 98.7 }),
      ),
    );
    fireEvent.change(screen.getByLabelText('数值 (%)'), { target: { value: '98.7' } });
    fireEvent.change(screen.getByLabelText('来源'), { target: { value: 'bulletin' } });
    fireEvent.click(screen.getByRole('button', { name: '保存观测值' }));
    expect(await screen.findByText(/已保存：学前三年入园率 2023年 = 98.7/)).toBeTruthy();
    expect(create).toHaveBeenCalledWith({
      indicatorId: 'preschool-enrolment-rate',
      region: 'ordos',
      year: 2023,
      value: 98.7,
      source: 'bulletin',
    });
  });

  it('shows the API’s field errors under their fields', async () => {
    view(
      vi.fn(async () => {
        throw problem(400, {
          errors: [{ path: 'value', message: '98.7 is not what the bureau published' }],
        });
      }),
    );
    fireEvent.change(screen.getByLabelText('数值 (%)'), { target: { value: '98.7' } });
    fireEvent.change(screen.getByLabelText('来源'), { target: { value: 'bulletin' } });
    fireEvent.click(screen.getByRole('button', { name: '保存观测值' }));
    expect(await screen.findByText('98.7 is not what the bureau published')).toBeTruthy();
    expect(screen.getByText('The observation does not fit.')).toBeTruthy();
  });

  it('points at the stored observation a duplicate clashes with', async () => {
    const observations = sampleObservations();
    const clash = observations[2];
    view(
      vi.fn(async () => {
        throw problem(409, {}, { location: `/api/v1/observations/${clash?.id}` });
      }),
      observations,
    );
    fireEvent.change(screen.getByLabelText('数值 (%)'), { target: { value: '98.9' } });
    fireEvent.change(screen.getByLabelText('来源'), { target: { value: 'demo' } });
    fireEvent.click(screen.getByRole('button', { name: '保存观测值' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    await vi.waitFor(() =>
      expect(document.querySelector('li.highlight strong')?.textContent).toBe('98.9'),
    );
  });

  it('asks for a ratio’s two parts and checks that they add up to 100', async () => {
    view();
    fireEvent.change(screen.getByLabelText('指标'), {
      target: { value: 'vocational-general-ratio' },
    });
    fireEvent.change(screen.getByLabelText('职业教育'), { target: { value: '38' } });
    fireEvent.change(screen.getByLabelText('普通教育'), { target: { value: '61' } });
    expect(await screen.findByText('两部分之和须为 100（现为 99）')).toBeTruthy();
  });
});
