import type { ReactNode } from 'react';

// One part of a lab page: a heading, the same three short paragraphs every
// time (what you are looking at, what to try, what to notice), then the views.
// Each lab words the three headings in its own catalogue and styles the parts
// with its own class prefix.

export interface SectionProps {
  id: string;
  title: string;
  look: string;
  tryIt: string;
  notice: string;
  children: ReactNode;
}

export interface ExplainedSectionProps extends SectionProps {
  /** the three headings in the page's language */
  labels: { look: string; tryIt: string; notice: string };
  /** class prefix: `${prefix}-section` on the section, `${prefix}-explain` on the list */
  prefix: string;
}

export function ExplainedSection({ id, title, look, tryIt, notice, children, labels, prefix }: ExplainedSectionProps) {
  return (
    <section className={`panel ${prefix}-section`} aria-labelledby={`${id}-heading`} id={id} data-testid={id}>
      <h2 id={`${id}-heading`} className="panel__title">
        {title}
      </h2>
      <dl className={`${prefix}-explain`}>
        <div>
          <dt>{labels.look}</dt>
          <dd>{look}</dd>
        </div>
        <div>
          <dt>{labels.tryIt}</dt>
          <dd>{tryIt}</dd>
        </div>
        <div>
          <dt>{labels.notice}</dt>
          <dd>{notice}</dd>
        </div>
      </dl>
      {children}
    </section>
  );
}
