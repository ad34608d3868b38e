import type { AdvertToken, Tag } from '../../engine/index.ts';
import { TAG_STYLES } from './palette.ts';
import './tags.css';

// An advert with its predicted tags: each run of one tag is a marked span,
// tinted, underlined in the tag's style and followed by the tag's name.

export interface TaggedTextProps {
  text: string;
  tokens: readonly AdvertToken[];
  tags: readonly Tag[];
  unknown: readonly boolean[];
  /** the tag names as read aloud and shown, e.g. "price" */
  tagName: (tag: Tag) => string;
  unknownLabel: string;
}

export function TaggedText({ text, tokens, tags, unknown, tagName, unknownLabel }: TaggedTextProps) {
  const parts: React.ReactNode[] = [];
  let k = 0;
  let at = 0;
  while (k < tokens.length) {
    const tag = tags[k] ?? 'O';
    let end = k;
    while (end + 1 < tokens.length && tags[end + 1] === tag) end++;
    const start = tokens[k]?.start ?? at;
    const stop = tokens[end]?.end ?? start;
    if (start > at) parts.push(text.slice(at, start));
    if (tag === 'O') {
      for (let j = k; j <= end; j++) {
        const tok = tokens[j];
        if (tok === undefined) continue;
        if (j > k) parts.push(text.slice(tokens[j - 1]?.end ?? tok.start, tok.start));
        parts.push(
          unknown[j] ? (
            <span key={`u${j}`} className="apps-tags__unk" title={unknownLabel}>
              {tok.text}
            </span>
          ) : (
            tok.text
          ),
        );
      }
    } else {
      const style = TAG_STYLES[tag];
      parts.push(
        <mark
          key={`t${k}`}
          className="apps-tags__span"
          data-tag={tag}
          style={{ '--tag-color': style?.color ?? 'currentColor', textDecorationStyle: style?.line ?? 'solid' } as React.CSSProperties}
        >
          {text.slice(start, stop)}
          <span className="apps-tags__label">{tagName(tag)}</span>
        </mark>,
      );
    }
    at = stop;
    k = end + 1;
  }
  if (at < text.length) parts.push(text.slice(at));
  return (
    <p className="apps-tags" lang="fr" dir="ltr" data-testid="tagged-text">
      {parts}
    </p>
  );
}
