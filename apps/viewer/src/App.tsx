import { type ComponentType, lazy, Suspense } from 'react';
import { matchPath, Route, Routes } from 'react-router';
import { Layout } from './components/Layout.js';
import { Loading } from './components/QueryState.js';

// Each page is a chunk of its own; the detail page alone pulls in ECharts.
const pages = [
  ['/', () => import('./pages/OverviewPage.js')],
  ['/indicators', () => import('./pages/IndicatorsPage.js')],
  ['/indicators/:id', () => import('./pages/IndicatorDetailPage.js')],
  ['/projects', () => import('./pages/ProjectsPage.js')],
  ['/data-entry', () => import('./pages/DataEntryPage.js')],
  ['/report', () => import('./pages/ReportPage.js')],
  ['/comparison', () => import('./pages/comparison/ComparisonPage.js')],
  ['/review', () => import('./pages/review/ReviewPage.js')],
  ['/tasks', () => import('./pages/tasks/TasksPage.js')],
  ['/supervision', () => import('./pages/supervision/SupervisionPage.js')],
  ['/timeline', () => import('./pages/timeline/TimelinePage.js')],
  ['/narrative', () => import('./pages/narrative/NarrativePage.js')],
  ['*', () => import('./pages/NotFoundPage.js')],
] as const satisfies readonly (readonly [string, () => Promise<{ default: ComponentType }>])[];

const routes = pages.map(([path, load]) => [path, lazy(load)] as const);

/**
 * Starts loading the chunk of the page at `pathname` (main.tsx calls it before the first
 * render): it downloads beside the plan's summary instead of after it. The page's lazy
 * component later gets the same module.
 */
export function preloadPage(pathname: string) {
  const found =
    pages.find(([path]) => path !== '*' && matchPath(path, pathname)) ?? pages[pages.length - 1];
  void found?.[1]().catch(() => undefined);
}

/** The routes; client-side paths fall back to index.html on the server. */
export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        {routes.map(([path, Page]) => (
          <Route
            key={path}
            path={path}
            element={
              <Suspense fallback={<Loading />}>
                <Page />
              </Suspense>
            }
          />
        ))}
      </Route>
    </Routes>
  );
}
