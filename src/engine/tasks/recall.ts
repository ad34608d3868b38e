// Long-range recall, the synthetic form of "I grew up in France … I speak
// fluent French": the first token (one of a few "countries") must be named
// at the end, after K distractor tokens and a query token. Only the last step
// is scored, so the whole learning signal about the first token has to travel
// back K + 1 steps: exactly the chain that vanishes in a plain recurrent net.
//
// Vocabulary (one-hot): countries 0 … C − 1, distractors C … C + D − 1, then
// the query token. Targets are country ids, so the head has C outputs and
// chance accuracy is 1/C.

import type { Activation, CellKind, ModelSpec, Rng, Sample, Task } from '../api.ts';

export interface RecallOptions {
  /** K: distractor tokens between the country and the query */
  distractors: number;
  cell: CellKind;
  activation?: Activation;
  hiddenSize: number;
  /** C, default 4 */
  countries?: number;
  /** D, default 4 */
  distractorKinds?: number;
}

export const RECALL_DEFAULTS = { countries: 4, distractorKinds: 4 } as const;
/** Sequence lengths are K + 2; the lab caps them at 200. */
export const RECALL_MAX_DISTRACTORS = 198;

export interface RecallTask extends Task {
  readonly countries: number;
  readonly distractorKinds: number;
  readonly distractors: number;
  /** K + 2 */
  readonly length: number;
  readonly queryId: number;
  /** token labels: countries A, B, …; distractors a, b, …; the query ? */
  readonly vocab: readonly string[];
}

function checkInt(field: string, v: unknown, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw new Error(`recall.${field}: expected an integer in [${min}, ${max}], got ${String(v)}`);
  }
  return v;
}

export function recallSpec(o: RecallOptions): ModelSpec {
  const countries = o.countries ?? RECALL_DEFAULTS.countries;
  const kinds = o.distractorKinds ?? RECALL_DEFAULTS.distractorKinds;
  return {
    input: { kind: 'onehot', vocabSize: countries + kinds + 1 },
    rnn: {
      cell: o.cell,
      ...(o.activation !== undefined && { activation: o.activation }),
      hiddenSize: o.hiddenSize,
      numLayers: 1,
      bidirectional: false,
    },
    head: 'last_step',
    outputSize: countries,
    loss: 'cross_entropy',
  };
}

/** One sequence: [country, K distractors, query] → country. Draws 1 + K integers from rng. */
export function recallSample(rng: Rng, countries: number, distractorKinds: number, distractors: number): Sample {
  const ids = new Array<number>(distractors + 2);
  const country = rng.int(countries);
  ids[0] = country;
  for (let k = 1; k <= distractors; k++) ids[k] = countries + rng.int(distractorKinds);
  ids[distractors + 1] = countries + distractorKinds;
  return { inputs: { kind: 'ids', ids }, targets: { kind: 'ids', ids: [country] } };
}

export function createRecallTask(o: RecallOptions): RecallTask {
  const countries = checkInt('countries', o.countries ?? RECALL_DEFAULTS.countries, 2, 26);
  const kinds = checkInt('distractorKinds', o.distractorKinds ?? RECALL_DEFAULTS.distractorKinds, 1, 26);
  const distractors = checkInt('distractors', o.distractors, 0, RECALL_MAX_DISTRACTORS);
  checkInt('hiddenSize', o.hiddenSize, 1, 1024);
  const spec = recallSpec({ ...o, countries, distractorKinds: kinds });
  const vocab = [
    ...Array.from({ length: countries }, (_, i) => String.fromCharCode(65 + i)),
    ...Array.from({ length: kinds }, (_, i) => String.fromCharCode(97 + i)),
    '?',
  ];
  return {
    id: `recall-c${countries}-d${kinds}-k${distractors}`,
    spec,
    countries,
    distractorKinds: kinds,
    distractors,
    length: distractors + 2,
    queryId: countries + kinds,
    vocab,
    nextSample: (rng) => recallSample(rng, countries, kinds, distractors),
  };
}
