import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { indicatorOf } from '../../test/fakeApi.js';
import { renderWithProviders } from '../../test/renderApp.js';
import { ValueField, valueText } from './ValueField.js';

const empty = { value: '', ratio: ['', ''] as [string, string], parts: {} };

describe('ValueField', () => {
  it('asks for one number in the indicator’s unit', () => {
    const onChange = vi.fn();
    renderWithProviders(
      <ValueField
        indicator={indicatorOf('preschool-enrolment-rate')}
        form={empty}
        errors={{ value: { key: 'validate.percent' } }}
        onChange={onChange}
      />,
    );
    const input = screen.getByLabelText('数值 (%)');
    expect(screen.getByText('百分比须在 0 到 100 之间')).toBeTruthy();
    fireEvent.change(input, { target: { value: '98.7' } });
    expect(onChange).toHaveBeenCalledWith({ value: '98.7' });
  });

  it('asks for a ratio’s two parts and says when they do not add up', () => {
    const onChange = vi.fn();
    renderWithProviders(
      <ValueField
        indicator={indicatorOf('vocational-general-ratio')}
        form={{ ...empty, ratio: ['38', ''] }}
        errors={{ 'value.ratio': { key: 'validate.ratioSum', values: { sum: 99 } } }}
        onChange={onChange}
      />,
    );
    fireEvent.change(screen.getByLabelText('普通教育'), { target: { value: '62' } });
    expect(onChange).toHaveBeenCalledWith({ ratio: ['38', '62'] });
    expect(screen.getByRole('alert').textContent).toBe('两部分之和须为 100（现为 99）');
  });

  it('asks for each part of a split indicator', () => {
    const onChange = vi.fn();
    renderWithProviders(
      <ValueField
        indicator={indicatorOf('dual-qualified-teachers-share')}
        form={{ ...empty, parts: { secondary: '59' } }}
        errors={{}}
        onChange={onChange}
      />,
    );
    expect((screen.getByLabelText('中职') as HTMLInputElement).value).toBe('59');
    fireEvent.change(screen.getByLabelText('高职'), { target: { value: '52' } });
    expect(onChange).toHaveBeenCalledWith({ parts: { secondary: '59', higher: '52' } });
  });
});

describe('valueText', () => {
  it('writes a stored value back into the form’s text', () => {
    expect(valueText(98.5)).toEqual({ value: '98.5', ratio: ['', ''], parts: {} });
    expect(valueText({ ratio: [38, 62] }).ratio).toEqual(['38', '62']);
    expect(valueText({ parts: { secondary: 59 } }).parts).toEqual({ secondary: '59' });
  });
});
