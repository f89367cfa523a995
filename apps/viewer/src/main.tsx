import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App.js';
import { createQueryClient } from './api/queries.js';
import { LocaleProvider } from './i18n/LocaleProvider.js';
import { TodayContext } from './lib/useSettings.js';
import './styles.css';

/** Today in the reader's calendar, read once here: the as-of date's default. */
function localToday(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <TodayContext.Provider value={localToday(new Date())}>
      <QueryClientProvider client={createQueryClient()}>
        <LocaleProvider>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </LocaleProvider>
      </QueryClientProvider>
    </TodayContext.Provider>
  </StrictMode>,
);
