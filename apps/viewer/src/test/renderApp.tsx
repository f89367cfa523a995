import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type RenderResult, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { App } from '../App.js';
import { keys } from '../api/queries.js';
import { LocaleProvider } from '../i18n/LocaleProvider.js';
import type { Locale } from '../i18n/messages.js';
import { TodayContext } from '../lib/useSettings.js';
import { planSummary } from './fakeApi.js';

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

/**
 * Renders one component with what the app provides around it: the query
 * client (holding the plan, as the layout ensures before any page renders),
 * the locale, the router and today.
 */
export function renderWithProviders(
  ui: ReactNode,
  options: { today?: string; locale?: Locale; path?: string } = {},
): RenderResult {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Number.POSITIVE_INFINITY } },
  });
  client.setQueryData(keys.plan(null), planSummary);
  return render(
    <TodayContext.Provider value={options.today ?? '2024-06-30'}>
      <QueryClientProvider client={client}>
        <LocaleProvider {...(options.locale ? { initial: options.locale } : {})}>
          <MemoryRouter initialEntries={[options.path ?? '/']}>{ui}</MemoryRouter>
        </LocaleProvider>
      </QueryClientProvider>
    </TodayContext.Provider>,
  );
}
