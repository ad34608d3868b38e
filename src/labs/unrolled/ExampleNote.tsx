import { labUnrolledCatalogue as cat } from '../../i18n/catalogues/lab-unrolled.ts';
import { useT } from '../../i18n/useT.ts';
import { BLANK, START, type ShapeExample } from '../../worker/shape-tasks.ts';

// What the engine actually computes for the chosen shape, in words: the one
// example the network learns, and where the lab's network differs from the
// textbook picture above it.

const isolate = (s: string): string => `\u2068${s}\u2069`;

function joinTokens(tokens: readonly string[]): string {
  return tokens.some((tok) => Array.from(tok).length > 1) ? tokens.join(' ') : tokens.join('');
}

/** The example as "input sequence" → "output sequence". */
export function exampleText(ex: ShapeExample): { inputs: string; outputs: string } {
  const word = (ids: readonly number[], vocab: readonly string[]) => ids.map((id) => vocab[id] ?? '?');
  const inputs = word(ex.inputs, ex.inputVocab);
  const outputs = ex.head === 'per_step' ? ex.outputSteps.map((t) => ex.outputVocab[ex.targets[t] ?? 0] ?? '?') : word(ex.targets, ex.outputVocab);
  switch (ex.shape) {
    case 'one-to-many':
      return { inputs: inputs[0] ?? '', outputs: joinTokens(outputs) };
    case 'encoder-decoder':
      return { inputs: joinTokens(inputs.slice(0, ex.encoderSteps).filter((w) => w !== START)), outputs: joinTokens(outputs.filter((w) => w !== BLANK)) };
    case 'many-to-many':
      return { inputs: joinTokens(inputs), outputs: outputs.join(' ') };
    default:
      return { inputs: joinTokens(inputs), outputs: joinTokens(outputs) };
  }
}

export function ExampleNote({ example }: { example: ShapeExample }) {
  const t = useT(cat);
  const { inputs, outputs } = exampleText(example);
  const scored = example.head === 'per_step' ? example.steps : 1;
  return (
    <div className="ur-example" data-testid="example-note">
      <h3 className="ur-example__title">{t('ex.title')}</h3>
      <p>{t('ex.learns', { inputs: isolate(`“${inputs}”`), outputs: isolate(`“${outputs}”`) })}</p>
      {example.shape === 'one-to-many' && <p>{t('ex.teacher')}</p>}
      {example.shape === 'encoder-decoder' && <p>{t('ex.shared')}</p>}
      {scored > 1 && <p className="ur-example__aside">{t('ex.mean')}</p>}
    </div>
  );
}
