import type { MouseEvent } from 'react';
import { appCatalogue } from '../i18n/catalogues/app.ts';
import { LangContext, useT } from '../i18n/useT.ts';
import { selectLang } from '../state/selectors.ts';
import { useStore } from '../state/store.ts';
import { EngineContext, type ClientFactory } from './engine-context.ts';
import { Header } from './Header.tsx';
import { IgnoredNotice } from './IgnoredNotice.tsx';
import { Router } from './Router.tsx';
import { useDocumentTitle, useFocusOnNavigate } from './useNavigation.ts';
import { useShell } from './useShell.ts';
import './theme.css';
import './base.css';
import './layout.css';
import './widgets.css';

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

function Shell() {
  const t = useT(appCatalogue);
  useDocumentTitle();
  const mainRef = useFocusOnNavigate();
  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('skipLink')}
      </a>
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
