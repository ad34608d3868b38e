import type { ReactNode } from 'react';
import { useLabT } from '../../views/gradients/common/useLabT.ts';

// One part of the lab: a heading, then the same three short paragraphs every
// time (what you are looking at, what to try, what to notice), then the views.

export interface SectionProps {
  id: string;
  title: string;
  look: string;
  tryIt: string;
  notice: string;
  children: ReactNode;
}

export function Section({ id, title, look, tryIt, notice, children }: SectionProps) {
  const t = useLabT();
  return (
    <section className="panel gr-section" aria-labelledby={`${id}-heading`} id={id} data-testid={id}>
      <h2 id={`${id}-heading`} className="panel__title">
        {title}
      </h2>
      <dl className="gr-explain">
        <div>
          <dt>{t('explain.look')}</dt>
          <dd>{look}</dd>
        </div>
        <div>
          <dt>{t('explain.try')}</dt>
          <dd>{tryIt}</dd>
        </div>
        <div>
          <dt>{t('explain.notice')}</dt>
          <dd>{notice}</dd>
        </div>
      </dl>
      {children}
    </section>
  );
}
