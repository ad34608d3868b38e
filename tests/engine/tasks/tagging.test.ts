// Information extraction from property adverts: the corpus's marks become one
// tag per token; after 300 updates from seed 1, the bidirectional tagger fills
// every field of the template (REF PRICE SURF YEAR ROOMS OWNER TEL) of every
// held-out advert, whose owners, towns and numbers it has never seen.

import { describe, expect, it } from 'vitest';
import {
  ADVERT_FIELDS,
  createModel,
  createRng,
  createTrainer,
  encodeAdvert,
  fillTemplate,
  parseAdvert,
  tagAdvert,
  TAGGING_TRAINING,
  TAGGING_VOCAB,
  taggingTask,
  TEST_PARSED,
  tokenizeAdvert,
  TRAIN_PARSED,
  trueTemplate,
} from '../../../src/engine/index.ts';

describe('advert corpus', () => {
  it('tokenizes numbers, codes and units as the template needs them', () => {
    expect(tokenizeAdvert('Réf. 12390 : villa (190m²) 1 270 000 euros 06.43.43.43.43').map((t) => t.text)).toEqual([
      'Réf', '.', '12390', ':', 'villa', '(', '190m²', ')', '1', '270', '000', 'euros', '06.43.43.43.43',
    ]);
  });

  it('turns marks into tags and fills the template with the text as written', () => {
    const a = parseAdvert('Prix : [PRICE 1 270 000] euros. Contactez [OWNER Mimi LASOURIS] au [TEL 06 43 43 43 43].');
    expect(a.text).toBe('Prix : 1 270 000 euros. Contactez Mimi LASOURIS au 06 43 43 43 43.');
    const tpl = trueTemplate(a);
    expect(tpl.PRICE).toBe('1 270 000');
    expect(tpl.OWNER).toBe('Mimi LASOURIS');
    expect(tpl.TEL).toBe('06 43 43 43 43');
    expect(tpl.YEAR).toBeNull();
  });

  it('held-out adverts: owners and numbers unseen in training, the notes’ advert first', () => {
    expect(TRAIN_PARSED.length).toBeGreaterThanOrEqual(40);
    expect(TEST_PARSED[0]?.text.startsWith('Vente Villa 4 pièces Nice')).toBe(true);
    const trainText = TRAIN_PARSED.map((a) => a.text).join(' ');
    for (const a of TEST_PARSED) {
      const t = trueTemplate(a);
      for (const f of ADVERT_FIELDS) expect(t[f], f).not.toBeNull();
      expect(trainText).not.toContain(t.OWNER ?? '');
      expect(trainText).not.toContain(t.TEL ?? '');
      // the owner's words are not in the vocabulary: they reach the net as <UNK> plus their shape
      const owner = encodeAdvert(tokenizeAdvert(t.OWNER ?? ''));
      expect(owner.unknown.every(Boolean)).toBe(true);
    }
    expect(TAGGING_VOCAB.slice(0, 2)).toEqual(['<UNK>', '<NUM>']);
  });
});

describe('bidirectional tagger (seed 1, 300 updates)', () => {
  it('fills every field of every held-out advert', () => {
    const rng = createRng(1);
    const task = taggingTask({ hiddenSize: TAGGING_TRAINING.hiddenSize });
    const model = createModel(task.spec, { kind: 'pytorch' }, rng, { maxSteps: 160 });
    const trainer = createTrainer(model, { optimizer: { name: 'adam', lr: TAGGING_TRAINING.lr }, clip: { kind: 'norm', maxNorm: 5 }, bptt: { kind: 'full' } });
    const before = TEST_PARSED.map((a) => tagAdvert(model, a.text));
    for (let k = 0; k < TAGGING_TRAINING.updates; k++) trainer.train(task.nextSample(rng));
    let untrainedRight = 0;
    TEST_PARSED.forEach((a, i) => {
      const tagged = tagAdvert(model, a.text);
      expect(tagged).not.toBeNull();
      if (tagged === null) return;
      expect(fillTemplate(a.text, tagged.tokens, tagged.tags)).toEqual(trueTemplate(a));
      const b = before[i];
      if (b) {
        const t0 = fillTemplate(a.text, b.tokens, b.tags);
        untrainedRight += ADVERT_FIELDS.filter((f) => t0[f] === trueTemplate(a)[f]).length;
      }
    });
    // an untrained net fills (almost) nothing: the result comes from training
    expect(untrainedRight).toBeLessThan(4);
  });
});
