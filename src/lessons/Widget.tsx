import { useState, type CSSProperties } from 'react';
import { Icon } from '../app/Icon.tsx';
import type { Lang } from '../i18n/catalogue.ts';
import { lessonsCatalogue } from '../i18n/catalogues/lessons.ts';
import { useT } from '../i18n/useT.ts';
import type { WidgetSpec } from './types.ts';
import { widgetHash } from './widget-spec.ts';

// A live lab inside a lesson. The store holds one lab at a time, so each widget
// is the app itself in an iframe (`embed=1`: the lab alone) with the widget's
// preset; nothing is loaded until the reader asks for it.

/** The page's own address with another hash: the iframe loads the same static site. */
function pageWith(hash: string): string {
  return typeof location === 'undefined' ? hash : `${location.pathname}${location.search}${hash}`;
}

export function Widget({ widget, lang }: { widget: WidgetSpec; lang: Lang }) {
  const t = useT(lessonsCatalogue);
  const [active, setActive] = useState(false);
  const style = { '--widget-height': `${widget.height}px` } as CSSProperties;
  return (
    <figure className="lesson-widget" style={style} data-lab={widget.lab}>
      {active ? (
        <iframe className="lesson-widget__frame" src={pageWith(widgetHash(widget, lang, true))} title={widget.caption} loading="lazy" />
      ) : (
        <button type="button" className="lesson-widget__start" aria-label={widget.caption} onClick={() => setActive(true)}>
          <Icon name="play" className="lesson-widget__play" />
          <span className="lesson-widget__caption" lang={lang}>
            {widget.caption}
          </span>
          <span className="lesson-widget__hint">{t('widgetStart')}</span>
        </button>
      )}
      <figcaption className="lesson-widget__bar">
        {active && (
          <span className="lesson-widget__caption" lang={lang}>
            {widget.caption}
          </span>
        )}
        <a href={widgetHash(widget, lang, false)} target="_blank" rel="noopener">
          {t('openFull')}
        </a>
      </figcaption>
    </figure>
  );
}
