import type { Lang } from '../i18n/catalogue.ts';
import type { Block } from './types.ts';
import { Widget } from './Widget.tsx';

/**
 * A slide's blocks. The HTML comes from the lesson renderer only: markdown-it
 * with raw HTML disabled (any tag in the file is escaped), links restricted to
 * http(s), relative and anchors, and KaTeX's output. Nothing else reaches it.
 */
export function Blocks({ blocks, lang }: { blocks: readonly Block[]; lang: Lang }) {
  return (
    <>
      {blocks.map((b, i) =>
        b.kind === 'html' ? (
          <div key={i} className="lesson-html" dangerouslySetInnerHTML={{ __html: b.html }} />
        ) : (
          <Widget key={i} widget={b.widget} lang={lang} />
        ),
      )}
    </>
  );
}
