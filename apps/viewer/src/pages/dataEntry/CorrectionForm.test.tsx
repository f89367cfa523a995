import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client.js';
import { indicatorOf, observation } from '../../test/fakeApi.js';
import { renderWithProviders } from '../../test/renderApp.js';
import { CorrectionForm } from './CorrectionForm.js';

const stored = observation({ indicatorId: 'preschool-enrolment-rate', year: 2023, value: 98.9 });
const indicator = indicatorOf('preschool-enrolment-rate');

describe('CorrectionForm', () => {
  it('starts from the stored value and asks for a reason before sending', () => {
    const correct = vi.fn();
    renderWithProviders(
      <CorrectionForm
        observation={stored}
        indicator={indicator}
        write={{ correct }}
        onDone={vi.fn()}
      />,
    );
    expect((screen.getByLabelText('数值 (%)') as HTMLInputElement).value).toBe('98.9');
    fireEvent.click(screen.getByRole('button', { name: '保存更正' }));
    expect(screen.getByText('必填')).toBeTruthy();
    expect(correct).not.toHaveBeenCalled();
  });

  it('sends the new value and the reason, and says which version it made', async () => {
    const correct = vi.fn(async () => ({ saved: { ...stored, value: 98.8, version: 2 } }));
    const onDone = vi.fn();
    renderWithProviders(
      <CorrectionForm
        observation={stored}
        indicator={indicator}
        write={{ correct }}
        onDone={onDone}
      />,
    );
    fireEvent.change(screen.getByLabelText('数值 (%)'), { target: { value: '98.8' } });
    fireEvent.change(screen.getByLabelText('更正原因'), { target: { value: '统计公报更正' } });
    fireEvent.click(screen.getByRole('button', { name: '保存更正' }));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledWith('已更正，当前为第 2 版。'));
    expect(correct).toHaveBeenCalledWith(stored, { value: 98.8, reason: '统计公报更正' });
  });

  it('says when someone changed the observation meanwhile', async () => {
    const correct = vi.fn(async () => ({ stale: true as const }));
    renderWithProviders(
      <CorrectionForm
        observation={stored}
        indicator={indicator}
        write={{ correct }}
        onDone={vi.fn()}
      />,
    );
    fireEvent.change(screen.getByLabelText('更正原因'), { target: { value: '核对' } });
    fireEvent.click(screen.getByRole('button', { name: '保存更正' }));
    expect(
      await screen.findByText('该观测值已被他人修改，已重新读取，请核对后再保存。'),
    ).toBeTruthy();
  });

  it('shows the API’s problem when it refuses the correction', async () => {
    const detail =
      'Moving a figure from illustrative (demo) to official is an admin act; a editor token may correct its value or note, or record an official figure under its own source.';
    const correct = vi.fn(async () => {
      throw new ApiError(
        403,
        { type: 'about:blank', title: 'Forbidden', status: 403, detail },
        new Headers(),
        'Forbidden',
      );
    });
    renderWithProviders(
      <CorrectionForm
        observation={stored}
        indicator={indicator}
        write={{ correct }}
        onDone={vi.fn()}
      />,
    );
    fireEvent.change(screen.getByLabelText('更正原因'), { target: { value: '核对' } });
    fireEvent.click(screen.getByRole('button', { name: '保存更正' }));
    expect((await screen.findByRole('alert')).textContent).toBe(`${detail} (HTTP 403)`);
  });

  it('cancels without sending', () => {
    const correct = vi.fn();
    const onDone = vi.fn();
    renderWithProviders(
      <CorrectionForm
        observation={stored}
        indicator={indicator}
        write={{ correct }}
        onDone={onDone}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(onDone).toHaveBeenCalledWith('');
    expect(correct).not.toHaveBeenCalled();
  });
});
