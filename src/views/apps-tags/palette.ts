// Tags drawn over words: each field has a colour from the Okabe–Ito palette
// (told apart with the common colour-vision deficiencies), an underline style
// and its name written beside the words, so a tag never rests on colour alone.

export interface TagStyle {
  readonly color: string;
  /** CSS text-decoration-style of the underline */
  readonly line: 'solid' | 'double' | 'dotted' | 'dashed' | 'wavy';
}

export const TAG_STYLES: Readonly<Record<string, TagStyle>> = {
  REF: { color: '#E69F00', line: 'solid' },
  PRICE: { color: '#0072B2', line: 'double' },
  SURF: { color: '#009E73', line: 'dotted' },
  YEAR: { color: '#CC79A7', line: 'dashed' },
  ROOMS: { color: '#56B4E9', line: 'wavy' },
  OWNER: { color: '#D55E00', line: 'solid' },
  TEL: { color: '#7A6A00', line: 'double' },
};
