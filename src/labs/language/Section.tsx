import type { ReactNode } from 'react';
import { labLanguageCatalogue as cat } from '../../i18n/catalogues/lab-language.ts';
import { useT } from '../../i18n/useT.ts';

// One part of the lab: a heading, what you see / try / notice, then the views.
export function Section(p: { id: string; title: string; look: string; tryIt: string; notice: string; children: ReactNode }) {
  const t = useT(cat);
  return (
    <section className="panel lang-section" aria-labelledby={`${p.id}-heading`} id={p.id} data-testid={p.id}>
      <h2 id={`${p.id}-heading`} className="panel__title">
        {p.title}
      </h2>
      <dl className="lang-explain">
        <div>
          <dt>{t('explain.look')}</dt>
          <dd>{p.look}</dd>
        </div>
        <div>
          <dt>{t('explain.try')}</dt>
          <dd>{p.tryIt}</dd>
        </div>
        <div>
          <dt>{t('explain.notice')}</dt>
          <dd>{p.notice}</dd>
        </div>
      </dl>
      {p.children}
    </section>
  );
}
