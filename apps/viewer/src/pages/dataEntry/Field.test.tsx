import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Field } from './Field.js';

describe('Field', () => {
  it('labels its control and ties the help and the error to it', () => {
    render(
      <Field label="来源" help="统计公报" error="必填">
        {(props) => <input {...props} />}
      </Field>,
    );
    const input = screen.getByLabelText('来源');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = (input.getAttribute('aria-describedby') ?? '').split(' ');
    expect(described.map((id) => document.getElementById(id)?.textContent)).toEqual([
      '统计公报',
      '必填',
    ]);
  });

  it('says nothing more than its label while all is well', () => {
    render(<Field label="备注">{(props) => <input {...props} />}</Field>);
    const input = screen.getByLabelText('备注');
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(input.hasAttribute('aria-describedby')).toBe(false);
  });
});
