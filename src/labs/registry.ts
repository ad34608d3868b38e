import type { ComponentType } from 'react';
import type { Schema } from '../app/url-state.ts';
import type { LabsKey } from '../i18n/catalogues/labs.ts';
import { BILLE_HIDEABLE, BILLE_SCHEMA } from './bille/params.ts';
import { GATES_HIDEABLE, GATES_SCHEMA } from './gates/params.ts';
import { APPLICATIONS_HIDEABLE, APPLICATIONS_SCHEMA } from './applications/params.ts';
import { GRADIENTS_HIDEABLE, GRADIENTS_SCHEMA } from './gradients/params.ts';
import { LANGUAGE_HIDEABLE, LANGUAGE_SCHEMA } from './language/params.ts';
import { UNROLLED_HIDEABLE, UNROLLED_SCHEMA } from './unrolled/params.ts';
import { TRANSLATE_HIDEABLE, TRANSLATE_SCHEMA } from './translate/params.ts';

// Every lab the app can open. Only the schema is loaded up front (the router
// needs it to read links); each page is its own chunk, fetched on first visit.
export interface LabEntry {
  readonly name: string;
  /** the name in the navigation */
  readonly shortKey: LabsKey;
  readonly titleKey: LabsKey;
  readonly promiseKey: LabsKey;
  readonly schema: Schema;
  /** controls a link may hide with hide=a,b */
  readonly hideable: readonly string[];
  readonly load: () => Promise<{ default: ComponentType }>;
}

export const LABS: readonly LabEntry[] = [
  {
    name: 'unrolled',
    shortKey: 'unrolled.short',
    titleKey: 'unrolled.title',
    promiseKey: 'unrolled.promise',
    schema: UNROLLED_SCHEMA,
    hideable: UNROLLED_HIDEABLE,
    load: () => import('./unrolled/UnrolledPage.tsx'),
  },
  {
    name: 'bille',
    shortKey: 'bille.short',
    titleKey: 'bille.title',
    promiseKey: 'bille.promise',
    schema: BILLE_SCHEMA,
    hideable: BILLE_HIDEABLE,
    load: () => import('./bille/BillePage.tsx'),
  },
  {
    name: 'gradients',
    shortKey: 'gradients.short',
    titleKey: 'gradients.title',
    promiseKey: 'gradients.promise',
    schema: GRADIENTS_SCHEMA,
    hideable: GRADIENTS_HIDEABLE,
    load: () => import('./gradients/GradientsPage.tsx'),
  },
  {
    name: 'gates',
    shortKey: 'gates.short',
    titleKey: 'gates.title',
    promiseKey: 'gates.promise',
    schema: GATES_SCHEMA,
    hideable: GATES_HIDEABLE,
    load: () => import('./gates/GatesPage.tsx'),
  },
  {
    name: 'applications',
    shortKey: 'applications.short',
    titleKey: 'applications.title',
    promiseKey: 'applications.promise',
    schema: APPLICATIONS_SCHEMA,
    hideable: APPLICATIONS_HIDEABLE,
    load: () => import('./applications/ApplicationsPage.tsx'),
  },
  {
    name: 'language',
    shortKey: 'language.short',
    titleKey: 'language.title',
    promiseKey: 'language.promise',
    schema: LANGUAGE_SCHEMA,
    hideable: LANGUAGE_HIDEABLE,
    load: () => import('./language/LanguagePage.tsx'),
  },
  {
    name: 'translate',
    shortKey: 'translate.short',
    titleKey: 'translate.title',
    promiseKey: 'translate.promise',
    schema: TRANSLATE_SCHEMA,
    hideable: TRANSLATE_HIDEABLE,
    load: () => import('./translate/TranslatePage.tsx'),
  },
];

export function findLab(name: string): LabEntry | undefined {
  return LABS.find((lab) => lab.name === name);
}
