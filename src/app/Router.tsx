import { Component, Suspense, lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { appCatalogue } from '../i18n/catalogues/app.ts';
import { useT } from '../i18n/useT.ts';
import { findLab, type LabEntry } from '../labs/registry.ts';
import { selectRoute } from '../state/selectors.ts';
import { useStore } from '../state/store.ts';
import { Home } from './Home.tsx';
import { NotFound } from './NotFound.tsx';

// One lazy component per lab, made once: a new lazy() on every render would
// remount the page (and its engine) each time.
const pages = new Map<string, LazyExoticComponent<ComponentType>>();
function pageOf(lab: LabEntry): LazyExoticComponent<ComponentType> {
  let page = pages.get(lab.name);
  if (!page) {
    page = lazy(lab.load);
    pages.set(lab.name, page);
  }
  return page;
}

// The course, the reader and the presenter share one chunk (Markdown, KaTeX, the lesson index).
const LessonRoutes = lazy(() => import('../lessons/LessonRoutes.tsx'));

export function Router() {
  const route = useStore(selectRoute);
  switch (route.page) {
    case 'home':
      return <Home />;
    case 'not-found':
      return <NotFound path={route.path} />;
    case 'lessons':
    case 'lesson':
    case 'present':
      return (
        <LoadBoundary key="lessons">
          <Suspense fallback={<Loading />}>
            <LessonRoutes />
          </Suspense>
        </LoadBoundary>
      );
    case 'lab': {
      const lab = findLab(route.lab);
      if (!lab) return <NotFound path={`/lab/${route.lab}`} />;
      const Page = pageOf(lab);
      return (
        <LoadBoundary key={lab.name}>
          <Suspense fallback={<Loading />}>
            <Page />
          </Suspense>
        </LoadBoundary>
      );
    }
  }
}

function Loading() {
  const t = useT(appCatalogue);
  return (
    <p className="loading" role="status">
      {t('loadingLab')}
    </p>
  );
}

function LoadFailed() {
  const t = useT(appCatalogue);
  return (
    <div className="banner banner--error" role="alert">
      <p>{t('labLoadFailed')}</p>
      <button type="button" className="btn" onClick={() => location.reload()}>
        {t('reload')}
      </button>
    </div>
  );
}

/** A lab's chunk can fail to download (offline, a redeploy): say so instead of a blank page. */
class LoadBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <LoadFailed /> : this.props.children;
  }
}
