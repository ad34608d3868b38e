import { useStaticText, type TextLoad } from '../shared/useStaticText.ts';

// The shipped paragraphs live in public/texts/ (sources in SOURCES.md there).

export type ShippedText = 'en' | 'fr' | 'ar';
export type { TextLoad };

export function useShippedText(which: ShippedText): TextLoad {
  return useStaticText(`texts/${which}.txt`);
}
