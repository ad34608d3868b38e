// A small English-French parallel corpus written for this app, composed from
// a tiny grammar so that the vocabulary stays small (about 25 words a side)
// while the sentences still show what makes translation more than
// word-for-word: French nouns have a gender that changes the article and the
// participle ("le chat était assis", "la fille était assise"), some
// adjectives move after the noun ("the black cat" → "le chat noir"), and
// "looks at the table" has one word fewer in French ("regarde la table").
//
// A sentence is: subject [adjective] + verb phrase + place. Long sentences
// join two of them with "and" / "et": they are the ones a fixed-size
// encoder state struggles with.

interface Noun {
  en: string;
  fr: string;
  feminine: boolean;
}

interface Adjective {
  en: string;
  fr: { m: string; f: string };
  /** French places it before the noun (petit) rather than after (noir) */
  before: boolean;
}

const SUBJECTS: readonly Noun[] = [
  { en: 'cat', fr: 'chat', feminine: false },
  { en: 'dog', fr: 'chien', feminine: false },
  { en: 'girl', fr: 'fille', feminine: true },
  { en: 'boy', fr: 'garçon', feminine: false },
  { en: 'mouse', fr: 'souris', feminine: true },
];

const PLACES: readonly Noun[] = [
  { en: 'mat', fr: 'tapis', feminine: false },
  { en: 'table', fr: 'table', feminine: true },
  { en: 'chair', fr: 'chaise', feminine: true },
  { en: 'bed', fr: 'lit', feminine: false },
  { en: 'box', fr: 'boîte', feminine: true },
];

const ADJECTIVES: readonly Adjective[] = [
  { en: 'black', fr: { m: 'noir', f: 'noire' }, before: false },
  { en: 'small', fr: { m: 'petit', f: 'petite' }, before: true },
];

type Verb = (subject: Noun) => { en: string; fr: string };

const VERBS: readonly Verb[] = [
  (s) => ({ en: 'sat on', fr: `était ${s.feminine ? 'assise' : 'assis'} sur` }),
  () => ({ en: 'sleeps under', fr: 'dort sous' }),
  () => ({ en: 'looks at', fr: 'regarde' }),
];

export interface SentencePair {
  readonly en: string;
  readonly fr: string;
  /** two clauses joined by "and": the bottleneck cases */
  readonly long: boolean;
}

function nounPhrase(n: Noun, adj: Adjective | null): { en: string; fr: string } {
  const article = n.feminine ? 'la' : 'le';
  if (adj === null) return { en: `the ${n.en}`, fr: `${article} ${n.fr}` };
  const a = n.feminine ? adj.fr.f : adj.fr.m;
  return { en: `the ${adj.en} ${n.en}`, fr: adj.before ? `${article} ${a} ${n.fr}` : `${article} ${n.fr} ${a}` };
}

function clause(s: number, v: number, p: number, adj: number | null): { en: string; fr: string } {
  const subject = SUBJECTS[s]!;
  const np = nounPhrase(subject, adj === null ? null : ADJECTIVES[adj]!);
  const verb = VERBS[v]!(subject);
  const place = nounPhrase(PLACES[p]!, null);
  return { en: `${np.en} ${verb.en} ${place.en}`, fr: `${np.fr} ${verb.fr} ${place.fr}` };
}

/** Adjectives go on the animals only: cat, dog, mouse. */
const ANIMALS = [0, 1, 4] as const;
const ADJECTIVE_PICKS = 30;

/** The k-th subject-verb-place triple with an adjective: a stride of 7 through the 45 animal triples visits each once. */
function adjectiveTriple(k: number): [number, number, number] {
  const c = (k * 7) % (ANIMALS.length * VERBS.length * PLACES.length);
  return [ANIMALS[c % ANIMALS.length]!, Math.floor(c / ANIMALS.length) % VERBS.length, Math.floor(c / (ANIMALS.length * VERBS.length))];
}

/** Every subject with every verb and place (75 sentences), then 30 with an adjective on an animal subject. */
function shortPairs(): SentencePair[] {
  const out: SentencePair[] = [];
  for (let s = 0; s < SUBJECTS.length; s++) {
    for (let v = 0; v < VERBS.length; v++) {
      for (let p = 0; p < PLACES.length; p++) out.push({ ...clause(s, v, p, null), long: false });
    }
  }
  for (let k = 0; k < ADJECTIVE_PICKS; k++) {
    const [s, v, p] = adjectiveTriple(k);
    out.push({ ...clause(s, v, p, k % ADJECTIVES.length), long: false });
  }
  return out;
}

/** Two clauses joined by "and"; trained on like the others. */
const LONG: readonly [number, number, number, number, number, number][] = [
  [0, 0, 0, 1, 1, 3],
  [2, 2, 1, 3, 0, 2],
  [4, 1, 4, 0, 2, 1],
  [3, 0, 3, 2, 1, 0],
  [1, 2, 2, 4, 0, 4],
  [2, 1, 0, 0, 0, 1],
];

function longPairs(which: typeof LONG): SentencePair[] {
  return which.map(([s1, v1, p1, s2, v2, p2]) => {
    const a = clause(s1, v1, p1, null);
    const b = clause(s2, v2, p2, null);
    return { en: `${a.en} and ${b.en}`, fr: `${a.fr} et ${b.fr}`, long: true };
  });
}

/** The training corpus: 105 short pairs and 6 long ones. */
export const TRANSLATE_PAIRS: readonly SentencePair[] = [...shortPairs(), ...longPairs(LONG)];

/** Long pairs never trained on: two known clauses in a new pairing. */
const LONG_UNSEEN: readonly [number, number, number, number, number, number][] = [
  [1, 0, 1, 2, 1, 4],
  [4, 2, 3, 0, 0, 2],
  [3, 1, 2, 1, 2, 0],
];

/**
 * Sentences the network never trains on, offered to try: known words in new
 * combinations (short ones with the other adjective), and new long pairs.
 */
export const TRANSLATE_UNSEEN: readonly SentencePair[] = [
  ...[0, 1, 2].map((k) => {
    const [s, v, p] = adjectiveTriple(k);
    return { ...clause(s, v, p, (k + 1) % ADJECTIVES.length), long: false };
  }),
  ...longPairs(LONG_UNSEEN),
];
