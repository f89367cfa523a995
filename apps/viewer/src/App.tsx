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

type PageModule = { default: ComponentType };

/**
 * A page's chunk, loaded once (by `preload` or by React on its first render). Once the chunk is
 * in, the lazy component's loader hands it over at once, through a thenable that calls back
 * synchronously (React.lazy reads such a module without suspending): the page renders in the
 * same render as the frame around it, rather than suspending for a moment, showing the fallback
 * and then waiting for React's throttle of revealed content (up to 300 ms after that fallback).
 */
function pageChunk(load: () => Promise<PageModule>) {
  let loaded: PageModule | undefined;
  let loading: Promise<PageModule> | undefined;
  const preload = () => {
    loading ??= load().then(
      (module) => {
        loaded = module;
        return module;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  const Page = lazy(() => {
    const module = loaded;
    if (!module) return preload();
    // React.lazy is typed for promises; it calls only `then` on what its loader returns.
    const now = {
      // biome-ignore lint/suspicious/noThenProperty: a thenable on purpose, see above
      then: (resolve: (value: PageModule) => void) => resolve(module),
    };
    return now as unknown as Promise<PageModule>;
  });
  return { preload, Page };
}

const routes = pages.map(([path, load]) => [path, pageChunk(load)] as const);

/**
 * Starts loading the chunk of the page at `pathname` (main.tsx calls it before the first
 * render): it downloads beside the plan's summary instead of after it. The page's lazy
 * component later gets the same module, at once if it is in by then.
 */
export function preloadPage(pathname: string) {
  const found =
    routes.find(([path]) => path !== '*' && matchPath(path, pathname)) ?? routes[routes.length - 1];
  void found?.[1].preload().catch(() => undefined);
}

/** The routes; client-side paths fall back to index.html on the server. */
export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        {routes.map(([path, { Page }]) => (
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
