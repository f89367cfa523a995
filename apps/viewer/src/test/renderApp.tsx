import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type RenderResult, render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { App } from '../App.js';
import { LocaleProvider } from '../i18n/LocaleProvider.js';
import type { Locale } from '../i18n/messages.js';
import { TodayContext } from '../lib/useSettings.js';

/** Renders the whole app at a path, as main.tsx does, with a fixed "today" and no retries. */
export function renderApp(
  path: string,
  options: { today?: string; locale?: Locale } = {},
): RenderResult {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Number.POSITIVE_INFINITY } },
  });
  return render(
    <TodayContext.Provider value={options.today ?? '2024-06-30'}>
      <QueryClientProvider client={client}>
        <LocaleProvider {...(options.locale ? { initial: options.locale } : {})}>
          <MemoryRouter initialEntries={[path]}>
            <App />
          </MemoryRouter>
        </LocaleProvider>
      </QueryClientProvider>
    </TodayContext.Provider>,
  );
}
