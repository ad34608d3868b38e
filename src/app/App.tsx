import { useState, type MouseEvent } from 'react';
import { appCatalogue } from '../i18n/catalogues/app.ts';
import { lessonsCatalogue } from '../i18n/catalogues/lessons.ts';
import { LangContext, useT } from '../i18n/useT.ts';
import { selectLang, selectRoute } from '../state/selectors.ts';
import { useStore } from '../state/store.ts';
import { EngineContext, type ClientFactory } from './engine-context.ts';
import { Header } from './Header.tsx';
import { IgnoredNotice } from './IgnoredNotice.tsx';
import { Router } from './Router.tsx';
import { hashFor, isEmbedHash } from './url-sync.ts';
import { useParentTheme } from './useParentTheme.ts';
import { useDocumentTitle, useFocusOnNavigate } from './useNavigation.ts';
import { useShell } from './useShell.ts';
import './theme.css';
import './base.css';
import './layout.css';
import './widgets.css';
import './embed.css';

export interface AppProps {
  /** how to reach the engine: the module worker in the app, the in-thread core in tests */
  clientFactory: ClientFactory;
}

export function App({ clientFactory }: AppProps) {
  const ready = useShell();
  const lang = useStore(selectLang);
  if (!ready) return null;
  return (
    <LangContext value={lang}>
      <EngineContext value={clientFactory}>
        <Shell />
      </EngineContext>
    </LangContext>
  );
}

/** Lesson pages name the tab themselves (the lesson's title is known once it has loaded). */
const NAMED_BY_PAGE = new Set<string>(['lessons', 'lesson', 'present']);

function Shell() {
  const route = useStore(selectRoute);
  // Whether this page is a lesson's embedded widget is fixed for the page's life.
  const [embedded] = useState(() => isEmbedHash(location.hash));
  if (embedded) return <EmbedShell />;
  if (route.page === 'present') return <PresentShell />;
  return <FullShell named={NAMED_BY_PAGE.has(route.page)} />;
}

function DocumentTitle() {
  useDocumentTitle();
  return null;
}

/** The slides fill the screen: no header, navigation or footer. */
function PresentShell() {
  return (
    <main id="main" className="present-main" tabIndex={-1}>
      <IgnoredNotice />
      <Router />
    </main>
  );
}

/** Inside a lesson: the lab alone, in the theme of the page around it, with a way out to the full lab. */
function EmbedShell() {
  const t = useT(lessonsCatalogue);
  useParentTheme();
  const full = useStore(hashFor);
  return (
    <div className="embed">
      <DocumentTitle />
      <p className="embed__bar">
        <a href={full} target="_blank" rel="noopener">
          {t('openFull')}
        </a>
      </p>
      <main id="main" className="site-main embed__main" tabIndex={-1}>
        <IgnoredNotice />
        <Router />
      </main>
    </div>
  );
}

function FullShell({ named }: { named: boolean }) {
  const t = useT(appCatalogue);
  const mainRef = useFocusOnNavigate();
  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('skipLink')}
      </a>
      {!named && <DocumentTitle />}
      <Header />
      <main id="main" className="site-main" tabIndex={-1} ref={mainRef}>
        <IgnoredNotice />
        <Router />
      </main>
      <footer className="site-footer">
        <p className="site-footer__inner">{t('footer')}</p>
      </footer>
    </>
  );
}

/** The skip link must not change the hash: the hash is the route. */
function skipToMain(e: MouseEvent<HTMLAnchorElement>): void {
  e.preventDefault();
  document.getElementById('main')?.focus();
}
