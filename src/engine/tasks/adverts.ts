// French property adverts, written for the app, for information extraction
// (the notes' "Vente Villa 4 pièces Nice" example). Training adverts are put
// together from pools of phrasings, names and places with a seeded generator;
// the held-out adverts are written out in full, with owners, towns and numbers
// that appear in no training advert. Fields are marked inline as [TAG value]
// and become one tag per token (see tagging.ts).

import { createRng } from '../random.ts';

export const ADVERT_FIELDS = ['REF', 'PRICE', 'SURF', 'YEAR', 'ROOMS', 'OWNER', 'TEL'] as const;
export type AdvertField = (typeof ADVERT_FIELDS)[number];

/** [title word, word in the text, feminine] */
const TYPES = [
  ['Villa', 'villa', true],
  ['Maison', 'maison', true],
  ['Appartement', 'appartement', false],
  ['Mas', 'mas', false],
  ['Duplex', 'duplex', false],
] as const;
const CITIES = ['Antibes (06600)', 'Cannes (06400)', 'Grasse (06130)', 'Menton (06500)', 'Toulon (83000)', 'Hyères (83400)', 'Fréjus (83600)', 'Avignon (84000)'];
const OWNERS = ['Paul MARTIN', 'Julie Bernard', 'Karim HADDAD', 'Sophie Laurent', 'Lucas PETIT', 'Nadia Saïdi', 'Marc Rousseau', 'Claire FONTAINE', 'Yanis Belkacem', 'Emma Girard'];
const EXTRAS = [
  'Vue panoramique sur la mer.',
  'Cuisine américaine équipée.',
  'Prestations de haut standing.',
  'Proche des commerces et des écoles.',
  'Grand jardin arboré et piscine.',
  'Très grand salon / salle à manger.',
  'Quartier calme, au calme absolu.',
  'Garage double et cave.',
];

function pick<T>(rng: { int(n: number): number }, xs: readonly T[]): T {
  return xs[rng.int(xs.length)]!;
}

function digits(rng: { int(n: number): number }, n: number): string {
  let s = String(1 + rng.int(9));
  for (let k = 1; k < n; k++) s += String(rng.int(10));
  return s;
}

function price(rng: { int(n: number): number }): string {
  const k = 150 + rng.int(1800);
  const thousands = k % 1000;
  const body = k >= 1000 ? `${Math.floor(k / 1000)} ${String(thousands).padStart(3, '0')}` : String(k);
  return `${body} 000`;
}

function phone(rng: { int(n: number): number }): string {
  const pairs = [`0${1 + rng.int(7)}`, ...Array.from({ length: 4 }, () => String(rng.int(100)).padStart(2, '0'))];
  return rng.int(2) === 0 ? pairs.join(' ') : pairs.join('.');
}

function ref(rng: { int(n: number): number }): string {
  const f = rng.int(3);
  if (f === 0) return digits(rng, 5);
  if (f === 1) return `${pick(rng, ['VA', 'MA', 'AP', 'DX'])}-${digits(rng, 4)}`;
  return `${pick(rng, ['VA', 'MA', 'AP'])}${digits(rng, 4)}`;
}

/** One generated advert in the inline format. */
function generated(rng: { int(n: number): number }): string {
  const [Type, type, fem] = pick(rng, TYPES);
  const rooms = String(2 + rng.int(6));
  const beds = String(1 + rng.int(Number(rooms) - 1));
  const surf = String(40 + rng.int(260));
  const year = String(1950 + rng.int(74));
  const parts: string[] = [];
  parts.push(`Vente ${Type} [ROOMS ${rooms}] pièces ${pick(rng, CITIES)}`);
  parts.push(pick(rng, [`Réf. [REF ${ref(rng)}] :`, `Référence [REF ${ref(rng)}].`, `Annonce n° [REF ${ref(rng)}] -`]));
  parts.push(pick(rng, [`Superbe ${type} ([SURF ${surf}m²]),`, `Superbe ${type} ([SURF ${surf} m²]),`, `${fem ? 'Belle' : 'Beau'} ${type} de [SURF ${surf} m²],`, `Surface habitable : [SURF ${surf} m²].`]));
  parts.push(`${beds} chambres et ${pick(rng, ['1 salle', '2 salles', '3 salles'])} de bain.`);
  parts.push(pick(rng, EXTRAS));
  if (rng.int(4) > 0) parts.push(pick(rng, [`Construction : [YEAR ${year}].`, fem ? `Cette ${type} a été construite en [YEAR ${year}].` : `Ce ${type} a été construit en [YEAR ${year}].`, `Ce bien a été construit en [YEAR ${year}].`, `Année de construction : [YEAR ${year}].`]));
  if (rng.int(2) === 0) parts.push(pick(rng, EXTRAS));
  parts.push(pick(rng, [`[PRICE ${price(rng)}] euros.`, `Prix : [PRICE ${price(rng)}] €.`, `Au prix de [PRICE ${price(rng)}] euros.`]));
  const owner = pick(rng, OWNERS);
  parts.push(
    pick(rng, [
      `Si vous êtes intéressés, contactez vite [OWNER ${owner}] [TEL ${phone(rng)}]`,
      `Contactez [OWNER ${owner}] au [TEL ${phone(rng)}].`,
      `Renseignements auprès de [OWNER ${owner}] : [TEL ${phone(rng)}]`,
    ]),
  );
  return parts.join(' ');
}

/** How many adverts are generated for training. */
export const TRAIN_ADVERT_COUNT = 48;

export const TRAIN_ADVERTS: readonly string[] = (() => {
  const rng = createRng(2024);
  return Array.from({ length: TRAIN_ADVERT_COUNT }, () => generated(rng));
})();

/** Held out: the notes' advert first, then adverts with unseen owners, towns and numbers. */
export const TEST_ADVERTS: readonly string[] = [
  'Vente Villa [ROOMS 4] pièces Nice (06000) Réf. [REF 12390] : Sur les Hauteurs de Nice. Superbe villa moderne ([SURF 190m²]), 2 chambres et 1 suite parentale, 3 salles de bain. Très grand salon / salle à manger, cuisine américaine équipée. Prestations de haut standing. Vue panoramique sur la mer. Cette villa a été construite en [YEAR 2005]. [PRICE 1 270 000] euros. Si vous êtes intéressés, contactez vite [OWNER Mimi LASOURIS] [TEL 06.43.43.43.43]',
  'Vente Maison [ROOMS 5] pièces Marseille (13008) Référence [REF MA-7731]. Belle maison de [SURF 145 m²], 3 chambres et 2 salles de bain. Grand jardin arboré et piscine. Construction : [YEAR 1978]. Prix : [PRICE 689 000] €. Contactez [OWNER Inès Moreau] au [TEL 04 91 22 35 48].',
  'Vente Appartement [ROOMS 3] pièces Lyon (69003) Annonce n° [REF AP5402] - Surface habitable : [SURF 72 m²]. 2 chambres et 1 salle de bain. Proche des commerces et des écoles. Année de construction : [YEAR 1996]. Au prix de [PRICE 315 000] euros. Renseignements auprès de [OWNER Omar BENALI] : [TEL 06 58 17 90 23]',
  'Vente Duplex [ROOMS 6] pièces Bordeaux (33000) Réf. [REF 40817] : Superbe duplex ([SURF 210 m²]), 4 chambres et 2 salles de bain. Garage double et cave. Ce duplex a été construit en [YEAR 2012]. [PRICE 1 045 000] euros. Si vous êtes intéressés, contactez vite [OWNER Léa Dubois] [TEL 07.12.66.30.84]',
];

export interface AdvertToken {
  readonly text: string;
  /** character offsets in the advert's plain text */
  readonly start: number;
  readonly end: number;
}

/**
 * Runs of letters and digits, joined by . - / or an apostrophe when another
 * letter or digit follows ("06.43.43.43.43", "MA-7731", "190m²", "l’hôtel"),
 * or single symbols. Spaces split, so "1 270 000" is three tokens.
 */
const TOKEN = /[\p{L}\p{M}\d²]+(?:[.\-/'’][\p{L}\p{M}\d²]+)*|[^\s\p{L}\p{M}\d]/gu;

export function tokenizeAdvert(text: string): AdvertToken[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

export interface ParsedAdvert {
  readonly text: string;
  readonly tokens: AdvertToken[];
  /** 'O' or a field name, one per token */
  readonly tags: (AdvertField | 'O')[];
}

/** Removes the [TAG value] marks; every token inside one gets its tag. */
export function parseAdvert(marked: string): ParsedAdvert {
  let text = '';
  const spans: { field: AdvertField; start: number; end: number }[] = [];
  const re = /\[([A-Z]+) ([^\]]+)\]/g;
  let last = 0;
  for (const m of marked.matchAll(re)) {
    text += marked.slice(last, m.index);
    const field = m[1] as AdvertField;
    if (!ADVERT_FIELDS.includes(field)) throw new Error(`advert: unknown field ${m[1]}`);
    spans.push({ field, start: text.length, end: text.length + (m[2] ?? '').length });
    text += m[2];
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  const tokens = tokenizeAdvert(text);
  const tags = tokens.map((t) => spans.find((s) => t.start >= s.start && t.end <= s.end)?.field ?? 'O');
  return { text, tokens, tags };
}
