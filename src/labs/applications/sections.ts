import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { ApplicationTask } from './params.ts';

// The sections of the applications page, each its own chunk, loaded when it is
// opened. A glob rather than plain imports: the build takes the section files
// that exist, and a section whose file is not there yet is shown as missing
// instead of breaking the build.
const FILES = import.meta.glob<{ default: ComponentType }>([
  './sentiment/SentimentSection.tsx',
  './tagging/TaggingSection.tsx',
  './forecast/ForecastSection.tsx',
  './captions/CaptionSection.tsx',
]);

const PATHS: Record<ApplicationTask, string> = {
  sentiment: './sentiment/SentimentSection.tsx',
  tagging: './tagging/TaggingSection.tsx',
  forecast: './forecast/ForecastSection.tsx',
  captions: './captions/CaptionSection.tsx',
};

const made = new Map<ApplicationTask, LazyExoticComponent<ComponentType>>();

/** The section's component (one per task, made once), or null when its file is missing. */
export function sectionFor(task: ApplicationTask): LazyExoticComponent<ComponentType> | null {
  const known = made.get(task);
  if (known) return known;
  const load = FILES[PATHS[task]];
  if (load === undefined) return null;
  const c = lazy(load);
  made.set(task, c);
  return c;
}
