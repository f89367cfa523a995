import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './components/Layout.js';
import { Loading } from './components/QueryState.js';

// Each page is a chunk of its own; the detail page alone pulls in ECharts.
const OverviewPage = lazy(() => import('./pages/OverviewPage.js'));
const IndicatorsPage = lazy(() => import('./pages/IndicatorsPage.js'));
const IndicatorDetailPage = lazy(() => import('./pages/IndicatorDetailPage.js'));
const ProjectsPage = lazy(() => import('./pages/ProjectsPage.js'));
const DataEntryPage = lazy(() => import('./pages/DataEntryPage.js'));
const ReportPage = lazy(() => import('./pages/ReportPage.js'));
const ComparisonPage = lazy(() => import('./pages/comparison/ComparisonPage.js'));
const ReviewPage = lazy(() => import('./pages/review/ReviewPage.js'));
const TasksPage = lazy(() => import('./pages/tasks/TasksPage.js'));
const SupervisionPage = lazy(() => import('./pages/supervision/SupervisionPage.js'));
const TimelinePage = lazy(() => import('./pages/timeline/TimelinePage.js'));
const NarrativePage = lazy(() => import('./pages/narrative/NarrativePage.js'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage.js'));

/** The routes; client-side paths fall back to index.html on the server. */
export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        {(
          [
            ['/', OverviewPage],
            ['/indicators', IndicatorsPage],
            ['/indicators/:id', IndicatorDetailPage],
            ['/projects', ProjectsPage],
            ['/data-entry', DataEntryPage],
            ['/report', ReportPage],
            ['/comparison', ComparisonPage],
            ['/review', ReviewPage],
            ['/tasks', TasksPage],
            ['/supervision', SupervisionPage],
            ['/timeline', TimelinePage],
            ['/narrative', NarrativePage],
            ['*', NotFoundPage],
          ] as const
        ).map(([path, Page]) => (
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
