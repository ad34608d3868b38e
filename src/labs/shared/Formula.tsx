import katex from 'katex';
import 'katex/dist/katex.min.css';
import { useMemo } from 'react';

/**
 * A formula typeset by KaTeX, always left to right. KaTeX also writes MathML,
 * which screen readers read; the TeX is fixed by the page, never user input.
 */
export function Formula({ tex, label }: { tex: string; label: string }) {
  const html = useMemo(() => katex.renderToString(tex, { displayMode: true, throwOnError: false }), [tex]);
  return (
    <figure className="formula ltr" dir="ltr">
      <figcaption className="formula__caption">{label}</figcaption>
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </figure>
  );
}
