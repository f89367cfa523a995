import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { installFakeApi, json } from '../../test/fakeApi.js';
import { renderWithProviders } from '../../test/renderApp.js';
import { SignInView } from './SignInView.js';

function signIn(token: string) {
  fireEvent.change(screen.getByLabelText('访问令牌'), { target: { value: token } });
  fireEvent.click(screen.getByRole('button', { name: '登录' }));
}

describe('SignInView', () => {
  it('signs in an editor with the name and role the API gives the token', async () => {
    installFakeApi([], { 'GET /api/v1/me': () => ({ name: 'statistics-bureau', role: 'editor' }) });
    const onSignIn = vi.fn();
    renderWithProviders(<SignInView onSignIn={onSignIn} />);
    signIn(' editor-token-0123456789 ');
    await vi.waitFor(() =>
      expect(onSignIn).toHaveBeenCalledWith({
        token: 'editor-token-0123456789',
        name: 'statistics-bureau',
        role: 'editor',
      }),
    );
  });

  it('refuses an unknown token, saying why', async () => {
    installFakeApi([], {
      'GET /api/v1/me': () =>
        json({ title: 'Unauthorized', status: 401, detail: 'Unknown token.' }, 401),
    });
    const onSignIn = vi.fn();
    renderWithProviders(<SignInView onSignIn={onSignIn} />);
    signIn('wrong-token-0123456789');
    expect(await screen.findByText(/令牌无效或已撤销/)).toBeTruthy();
    expect(onSignIn).not.toHaveBeenCalled();
  });

  it('signs in a reader’s token too (it reads revision histories)', async () => {
    installFakeApi([], { 'GET /api/v1/me': () => ({ name: 'public', role: 'viewer' }) });
    const onSignIn = vi.fn();
    renderWithProviders(<SignInView onSignIn={onSignIn} />);
    signIn('reader-token-0123456789');
    await vi.waitFor(() =>
      expect(onSignIn).toHaveBeenCalledWith({
        token: 'reader-token-0123456789',
        name: 'public',
        role: 'viewer',
      }),
    );
  });

  it('asks for a token before calling the API', () => {
    const calls = installFakeApi([]);
    renderWithProviders(<SignInView onSignIn={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    expect(screen.getByText('必填')).toBeTruthy();
    expect(calls).toHaveLength(0);
  });
});
