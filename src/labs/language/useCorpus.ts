import { useStaticText, type TextLoad } from '../shared/useStaticText.ts';
import type { CorpusName } from './config.ts';

// The shipped corpora live in public/corpora/ (sources and licences in SOURCES.md there).

export type CorpusLoad = TextLoad;

export function useCorpus(which: CorpusName): CorpusLoad {
  return useStaticText(`corpora/${which}.txt`);
}
