import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App, preloadPage } from './App.js';
import { setRequestLanguage } from './api/client.js';
import { prefetchFirstPage } from './api/pageData.js';
import { createQueryClient } from './api/queries.js';
import { LocaleProvider, readSavedLocale } from './i18n/LocaleProvider.js';
import { TodayContext } from './lib/useSettings.js';
import './styles.css';

/** Today in the reader's calendar, read once here: the as-of date's default. */
function localToday(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const today = localToday(new Date());
// The page's reads and its chunk start now, side by side, before React's first render; the
// reads first: the page's data is the longer chain (the plan, then the view's assessments).
const { pathname, search } = window.location;
// In the language the viewer will show (LocaleProvider sets it again as it renders).
setRequestLanguage(readSavedLocale(globalThis.localStorage));
const client = createQueryClient();
void prefetchFirstPage(client, { pathname, search, today });
preloadPage(pathname);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// As a transition: React renders the app in slices, so the plan's answer is read (and the view's
// reads started) between them rather than after the whole first render.
startTransition(() =>
  createRoot(root).render(
    <StrictMode>
      <TodayContext.Provider value={today}>
        <QueryClientProvider client={client}>
          <LocaleProvider>
            <BrowserRouter>
              <App />
            </BrowserRouter>
          </LocaleProvider>
        </QueryClientProvider>
      </TodayContext.Provider>
    </StrictMode>,
  ),
);
