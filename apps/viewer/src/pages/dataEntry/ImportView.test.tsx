import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { installFakeApi } from '../../test/fakeApi.js';
import { renderWithProviders } from '../../test/renderApp.js';
import { ImportView } from './ImportView.js';

const clean = {
  dryRun: true,
  ok: true,
  rows: 2,
  created: 2,
  unchanged: 0,
  encoding: 'utf-8' as const,
  blankRows: 0,
  problems: [],
};

function choose(name = 'good.csv') {
  fireEvent.change(screen.getByLabelText('文件'), {
    target: { files: [new File(['x'], name, { type: 'text/csv' })] },
  });
}

describe('ImportView', () => {
  it('asks for a file before sending anything', () => {
    const importFile = vi.fn();
    renderWithProviders(<ImportView write={{ importFile }} />);
    fireEvent.click(screen.getByRole('button', { name: '检查（试运行）' }));
    expect(screen.getByRole('alert')).toBeTruthy();
    expect(importFile).not.toHaveBeenCalled();
  });

  it('names the plan’s own region as the default in its help', async () => {
    installFakeApi([]);
    renderWithProviders(<ImportView write={{ importFile: vi.fn() }} />);
    expect(await screen.findByText(/地区（默认鄂尔多斯市）/)).toBeTruthy();
  });

  it('links the template in each format, prefilled for the region chosen', async () => {
    installFakeApi([]);
    renderWithProviders(
      <ImportView
        write={{ importFile: vi.fn() }}
        regions={[
          { id: 'ordos', name: { zh: '鄂尔多斯市', en: 'Ordos' } },
          { id: 'dongsheng', name: { zh: '东胜区', en: 'Dongsheng' } },
        ]}
      />,
    );
    const links = within(await screen.findByTestId('template-links'));
    const href = (name: string) => links.getByRole('link', { name }).getAttribute('href');
    expect(href('Excel 模板（XLSX，含下拉列表）')).toBe(
      '/api/v1/observations/template?format=xlsx&region=ordos',
    );
    fireEvent.change(links.getByLabelText('模板预填地区'), { target: { value: 'dongsheng' } });
    expect(href('CSV 模板（GBK）')).toBe(
      '/api/v1/observations/template?format=csv-gb18030&region=dongsheng',
    );
    expect(href('CSV 模板（UTF-8）')).toContain('format=csv-utf8');
  });

  it('offers the real import only after a clean dry run', async () => {
    const importFile = vi.fn(async (_file: File, dryRun: boolean) => ({
      report: { ...clean, dryRun },
    }));
    renderWithProviders(<ImportView write={{ importFile }} />);
    choose();
    expect(screen.queryByRole('button', { name: '正式导入' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '检查（试运行）' }));
    fireEvent.click(await screen.findByRole('button', { name: '正式导入' }));
    expect(await screen.findByText('已导入：新增 2 条，0 条未变。')).toBeTruthy();
    expect(importFile.mock.calls.map(([file, dryRun]) => [file.name, dryRun])).toEqual([
      ['good.csv', true],
      ['good.csv', false],
    ]);
  });

  it('shows a dry run’s problems and offers no import while there are any', async () => {
    const importFile = vi.fn(async () => ({
      report: {
        ...clean,
        ok: false,
        problems: [
          { row: 3, column: 'value', problem: '140 is above 100', problemZh: '140 超过 100' },
        ],
      },
    }));
    renderWithProviders(<ImportView write={{ importFile }} />);
    choose('bad.csv');
    fireEvent.click(screen.getByRole('button', { name: '检查（试运行）' }));
    const report = await screen.findByTestId('import-report');
    expect(within(report).getByText('发现 1 处问题，未写入任何数据：')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '正式导入' })).toBeNull();
  });
});
