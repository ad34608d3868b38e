// Short reviews in English, French and Arabic, written for the app, with their
// sentiment (1 positive, 0 negative). Each language has eight subjects and five
// pairs of patterns: plain praise and blame, "good, not bad at all" against
// "bad, not good at all" (the same words in another order), negation, verbs of
// liking and strong adjectives. French and Arabic adjectives agree with the
// subject's gender. About one pair in five is held out for testing, chosen so
// every pattern and every subject is also seen in training, and masculine and
// feminine subjects alternate so that both forms of each adjective are too.

export type ReviewLang = 'en' | 'fr' | 'ar';

export interface Review {
  readonly text: string;
  readonly positive: boolean;
  readonly lang: ReviewLang;
  /** held out of training */
  readonly test: boolean;
  /** index of the pattern pair (0..4); pair 1 is the word-order pair */
  readonly pattern: number;
  readonly subject: number;
}

interface Subject {
  readonly s: string;
  readonly fem: boolean;
}

type Pattern = (x: Subject) => string;

/** [positive, negative] per pair; pair 1 differs only in word order. */
type Patterns = readonly (readonly [Pattern, Pattern])[];

const EN_SUBJECTS: readonly Subject[] = ['the food', 'the service', 'the film', 'the hotel', 'the room', 'the staff', 'the book', 'the music'].map((s) => ({ s, fem: false }));

const EN: Patterns = [
  [(x) => `${x.s} was good`, (x) => `${x.s} was bad`],
  [(x) => `${x.s} was good, not bad at all`, (x) => `${x.s} was bad, not good at all`],
  [(x) => `${x.s} was not bad`, (x) => `${x.s} was not good`],
  [(x) => `I loved ${x.s}`, (x) => `I hated ${x.s}`],
  [(x) => `${x.s} was great`, (x) => `${x.s} was terrible`],
];

const FR_SUBJECTS: readonly Subject[] = [
  { s: 'le repas', fem: false },
  { s: 'la chambre', fem: true },
  { s: 'le film', fem: false },
  { s: 'l’équipe', fem: true },
  { s: 'l’hôtel', fem: false },
  { s: 'la musique', fem: true },
  { s: 'le livre', fem: false },
  { s: 'le service', fem: false },
];

const fr = (x: Subject, m: string, f: string) => (x.fem ? f : m);
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const FR: Patterns = [
  [(x) => `${cap(x.s)} était ${fr(x, 'bon', 'bonne')}`, (x) => `${cap(x.s)} était ${fr(x, 'mauvais', 'mauvaise')}`],
  [
    (x) => `${cap(x.s)} était ${fr(x, 'bon', 'bonne')}, pas ${fr(x, 'mauvais', 'mauvaise')} du tout`,
    (x) => `${cap(x.s)} était ${fr(x, 'mauvais', 'mauvaise')}, pas ${fr(x, 'bon', 'bonne')} du tout`,
  ],
  [(x) => `${cap(x.s)} n’était pas ${fr(x, 'mauvais', 'mauvaise')}`, (x) => `${cap(x.s)} n’était pas ${fr(x, 'bon', 'bonne')}`],
  [(x) => `J’ai adoré ${x.s}`, (x) => `J’ai détesté ${x.s}`],
  [(x) => `${cap(x.s)} était ${fr(x, 'excellent', 'excellente')}`, (x) => `${cap(x.s)} était horrible`],
];

const AR_SUBJECTS: readonly Subject[] = [
  { s: 'الطعام', fem: false },
  { s: 'الخدمة', fem: true },
  { s: 'الفيلم', fem: false },
  { s: 'الغرفة', fem: true },
  { s: 'الفندق', fem: false },
  { s: 'الموسيقى', fem: true },
  { s: 'الكتاب', fem: false },
  { s: 'الرحلة', fem: true },
];

const ar = (x: Subject, m: string, f: string) => (x.fem ? f : m);
const kana = (x: Subject) => ar(x, 'كان', 'كانت');

const AR: Patterns = [
  [(x) => `${kana(x)} ${x.s} ${ar(x, 'جيدا', 'جيدة')}`, (x) => `${kana(x)} ${x.s} ${ar(x, 'سيئا', 'سيئة')}`],
  [
    (x) => `${kana(x)} ${x.s} ${ar(x, 'جيدا', 'جيدة')} ${ar(x, 'وليس', 'وليست')} ${ar(x, 'سيئا', 'سيئة')} أبدا`,
    (x) => `${kana(x)} ${x.s} ${ar(x, 'سيئا', 'سيئة')} ${ar(x, 'وليس', 'وليست')} ${ar(x, 'جيدا', 'جيدة')} أبدا`,
  ],
  [(x) => `${ar(x, 'لم يكن', 'لم تكن')} ${x.s} ${ar(x, 'سيئا', 'سيئة')}`, (x) => `${ar(x, 'لم يكن', 'لم تكن')} ${x.s} ${ar(x, 'جيدا', 'جيدة')}`],
  [(x) => `أحببت ${x.s}`, (x) => `كرهت ${x.s}`],
  [(x) => `${kana(x)} ${x.s} ${ar(x, 'رائعا', 'رائعة')}`, (x) => `${kana(x)} ${x.s} ${ar(x, 'فظيعا', 'فظيعة')}`],
];

function build(lang: ReviewLang, subjects: readonly Subject[], patterns: Patterns): Review[] {
  const out: Review[] = [];
  subjects.forEach((x, subject) => {
    patterns.forEach(([pos, neg], pattern) => {
      const test = (subject + 2 * pattern) % 5 === 0;
      out.push({ text: pos(x), positive: true, lang, test, pattern, subject });
      out.push({ text: neg(x), positive: false, lang, test, pattern, subject });
    });
  });
  return out;
}

/** 80 reviews per language, 240 in all; 16 per language are held out. */
export const REVIEWS: readonly Review[] = [...build('en', EN_SUBJECTS, EN), ...build('fr', FR_SUBJECTS, FR), ...build('ar', AR_SUBJECTS, AR)];

/** The pattern pair whose two sentences hold the same words in another order. */
export const WORD_ORDER_PATTERN = 1;
