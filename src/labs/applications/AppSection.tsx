import type { ReactNode } from 'react';
import { labApplicationsCatalogue as cat } from '../../i18n/catalogues/lab-applications.ts';
import { useT } from '../../i18n/useT.ts';

/** One application: its heading, what it shows, the loss it trains on, then its views. */
export function AppSection({ id, title, intro, loss, children }: { id: string; title: string; intro: string; loss: string; children: ReactNode }) {
  const t = useT(cat);
  return (
    <section className="panel apps-section" aria-labelledby={`${id}-heading`} id={id} data-testid={id}>
      <h2 id={`${id}-heading`} className="panel__title">
        {title}
      </h2>
      <p>{intro}</p>
      <p data-testid={`${id}-loss`}>
        <strong>{t('lossLabel')}</strong> {loss}
      </p>
      {children}
    </section>
  );
}
