// The translate lab's run: an encoder-decoder pair and its trainer in place
// of the single model the other tasks train. What the core sees is the same
// Run: `model` is the pair (its parameters carry PyTorch's encoder./decoder.
// names, its telemetry is the encoder's), `generate` translates greedily and
// `evaluate` runs the encoder over a sentence, so the page can draw the one
// vector the decoder starts from.

import { createRng, createSeq2SeqTrainer, createTranslator, seq2seqSpecs, translatesExactly, translateTask, TRANSLATE_MAX_WORDS } from '../engine/index.ts';
import type { Sample, TranslatePair, TranslateTask } from '../engine/index.ts';
import type { ModelInfo, RunConfig, TranslateReadout, TranslateTaskConfig } from './protocol.ts';
import type { Evaluation, Generation, Run } from './run.ts';
import type { TaskSetup } from './tasks.ts';

/** Training updates between two rechecks of one training pair and one example (about 8% more work). */
const REFRESH_EVERY = 4;
/** Training pairs rechecked by each frame's readout (one example is retranslated too). */
const READOUT_CHECKS = 2;
/** Training pairs shown beside the unseen ones: the first short ones of the corpus and its first long one. */
const SHOWN_SEEN = 2;

function sourceIds(task: TranslateTask, text: string): number[] {
  const tokens = task.tokenize(text);
  if (tokens.ids.length === 0) {
    throw new Error(
      tokens.words.length === 0
        ? 'text: type a sentence of at least one word'
        : `text: none of these words is in the vocabulary: ${tokens.unknown.join(', ')}`,
    );
  }
  return tokens.ids;
}

export function buildTranslateRun(config: RunConfig, task: TranslateTask): Run {
  const rng = createRng(config.seed);
  const model = createTranslator(task, config.init, rng);
  const trainer = createSeq2SeqTrainer(model, { optimizer: config.optimizer, clip: config.clip });
  const info: ModelInfo = {
    taskId: task.id,
    spec: model.spec,
    vocab: [...task.targetVocab],
    params: model.params.map((p) => ({ name: p.name, rows: p.rows, cols: p.cols })),
    maxSteps: TRANSLATE_MAX_WORDS + 1,
  };
  const right = new Uint8Array(task.pairs.length);
  let cursor = 0;
  let checked = 0;
  const shown: { pair: TranslatePair; seen: boolean; output: string }[] = [
    ...task.pairs.filter((p) => !p.long).slice(0, SHOWN_SEEN),
    ...task.pairs.filter((p) => p.long).slice(0, 1),
  ].map((pair) => ({ pair, seen: true, output: '' }));
  shown.push(...task.unseen.map((pair) => ({ pair, seen: false, output: '' })));
  let shownCursor = 0;

  // A translation never runs past its reference by more than a few words:
  // an untrained decoder that never says <EOS> costs no more than a trained one.
  const translateShown = (k: number) => {
    const s = shown[k]!;
    s.output = task.decode(model.translate(s.pair.sourceIds, s.pair.targetIds.length + 2).map((d) => d.id));
  };
  const checkNext = () => {
    right[cursor] = translatesExactly(model, task.pairs[cursor]!).right ? 1 : 0;
    cursor = (cursor + 1) % task.pairs.length;
    checked = Math.min(task.pairs.length, checked + 1);
  };
  // the untrained network is checked in full once, so the score is known from the first frame
  task.pairs.forEach(checkNext);
  shown.forEach((_, k) => translateShown(k));

  function refreshSome(checks: number): void {
    for (let k = 0; k < checks; k++) checkNext();
    translateShown(shownCursor);
    shownCursor = (shownCursor + 1) % shown.length;
  }

  // Most rechecking rides along with training, a little every few updates,
  // so the frame's readout stays a fraction of a millisecond: an extra that
  // once took long would be skipped while training (see cost-gate.ts).
  let sinceRefresh = 0;
  let refreshes = 0;
  let refreshesAtReadout = -1;
  function nextSample(): Sample {
    sinceRefresh += 1;
    if (sinceRefresh >= REFRESH_EVERY) {
      sinceRefresh = 0;
      refreshes += 1;
      refreshSome(1);
    }
    return task.nextSample(rng);
  }

  function readout(): TranslateReadout {
    // trained slowly (a few updates a second), the frame does the rechecking itself
    if (refreshes === refreshesAtReadout) refreshSome(READOUT_CHECKS);
    refreshesAtReadout = refreshes;
    const r: TranslateReadout = { kind: 'translate', correct: 0, total: 0, longCorrect: 0, longTotal: 0, checked, examples: [] };
    task.pairs.forEach((p, k) => {
      if (p.long) {
        r.longTotal += 1;
        r.longCorrect += right[k]!;
      } else {
        r.total += 1;
        r.correct += right[k]!;
      }
    });
    r.examples = shown.map(({ pair, seen, output }) => ({ source: pair.source, target: pair.target, output, long: pair.long, seen }));
    return r;
  }

  return {
    info,
    model,
    trainer,
    nextSample,
    // the first example's latest translation: the readout keeps it fresh
    preview: () => shown[0]?.output ?? null,
    readout,
    generate(prefix, length): Generation {
      const steps = model.translate(sourceIds(task, prefix), Math.max(1, Math.min(length, TRANSLATE_MAX_WORDS)));
      const K = task.targetVocab.length;
      const probs = new Float64Array(steps.length * K);
      steps.forEach((s, k) => probs.set(s.probs, k * K));
      const ids = steps.map((s) => s.id);
      return { text: task.decode(ids), ids, probs };
    },
    evaluate(input): Evaluation {
      const ids = input.kind === 'text' ? sourceIds(task, input.text) : [...input.ids];
      model.encodeIds(ids);
      return { stepLogProbs: new Float64Array(0), logProb: 0 };
    },
    spectrum: () => null,
  };
}

export function translateSetup(config: TranslateTaskConfig): TaskSetup {
  const task = translateTask(config);
  const spec = seq2seqSpecs(task.spec).decoder;
  return {
    task: { id: task.id, spec, nextSample: (rng) => task.nextSample(rng) },
    spec,
    maxSteps: TRANSLATE_MAX_WORDS + 1,
    vocab: [...task.targetVocab],
    encode: (text) => sourceIds(task, text),
    decode: (ids) => task.decode(ids),
    preview: () => null,
    buildRun: (config) => buildTranslateRun(config, task),
  };
}
