import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi } from '../test/fakeApi.js';
import { sampleObservations } from '../test/fixtures.js';
import { renderApp } from '../test/renderApp.js';

describe('Controls: the as-of date', () => {
  it('shows the date on a button named by its label until used, then the date input, focused', async () => {
    installFakeApi(sampleObservations());
    renderApp('/?asOf=2024-06-30');
    const button = await screen.findByRole('button', { name: '评估日期 2024年6月30日' });
    expect(document.querySelector('input[type="date"]')).toBeNull();
    fireEvent.click(button);
    const input = screen.getByLabelText('评估日期') as HTMLInputElement;
    expect(input.type).toBe('date');
    expect(input.value).toBe('2024-06-30');
    expect(document.activeElement).toBe(input);
    await waitFor(() => expect(input.min).toBe('2020-01-01'));
    fireEvent.change(input, { target: { value: '2023-12-31' } });
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 }).parentElement?.textContent).toContain(
        '2023年12月31日',
      ),
    );
    expect((screen.getByLabelText('评估日期') as HTMLInputElement).value).toBe('2023-12-31');
  });

  it('in English too', async () => {
    installFakeApi(sampleObservations());
    renderApp('/?asOf=2024-06-30', { locale: 'en' });
    expect(await screen.findByRole('button', { name: 'As of 30 Jun 2024' })).toBeTruthy();
  });
});
