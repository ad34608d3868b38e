import { useMemo, useState } from 'react';
import { ADVERT_FIELDS, fillTemplate, tagAdvert, TAGGING_MAX_TOKENS, TAGGING_TRAINING, TAGS, TEST_PARSED, trueTemplate, wordId } from '../../../engine/index.ts';
import type { AdvertField, AdvertToken, Model, Tag } from '../../../engine/index.ts';
import { labApplicationsCatalogue as cat } from '../../../i18n/catalogues/lab-applications.ts';
import { useT } from '../../../i18n/useT.ts';
import { ShapeDiagram } from '../../../views/apps-shape/ShapeDiagram.tsx';
import { TAG_STYLES } from '../../../views/apps-tags/palette.ts';
import { TaggedText } from '../../../views/apps-tags/TaggedText.tsx';
import type { RunConfig } from '../../../worker/protocol.ts';
import { useLabParams } from '../../shared/useLabParams.ts';
import { AppSection } from '../AppSection.tsx';
import { useLocalModel } from '../localModel.ts';
import { APPLICATIONS_SCHEMA } from '../params.ts';
import { RunButtons } from '../RunButtons.tsx';
import { useDeferred } from '../useDeferred.ts';
import { useEngineRuns } from '../useEngineRuns.ts';

// Tagging and information extraction, many-to-many: a bidirectional LSTM tags
// every token of a property advert and the template is filled from the tags.
// The held-out adverts come tagged in the worker's readout; the page runs the
// network itself only on an advert the student writes, when the text or the
// weights change, at most every OWN_MS (every OWN_TRAINING_MS while training).

const budget = TAGGING_TRAINING.updates;
const MAX_CHARS = 2000;
const OWN_MS = 150;
const OWN_TRAINING_MS = 1000;

/** An advert whose owner, town and numbers appear in no training advert. */
export const UNSEEN_ADVERT =
  'Vente Maison 7 pièces Colmar (68000) Réf. 55172 : Belle maison de 236 m², 5 chambres et 2 salles de bain. Garage double et cave. Construction : 1931. Prix : 2 480 000 €. Contactez Zoé KOWALCZYK au 03 89 41 07 66.';

interface Tagged {
  /** the text tagged: a typed advert's reading may lag its text a little */
  text: string;
  tokens: readonly AdvertToken[];
  tags: readonly Tag[];
  unknown: readonly boolean[];
}

function tagOwn(local: { model: Model } | null, text: string): Tagged | null {
  return local === null ? null : tagAdvert(local.model, text);
}

export default function TaggingSection() {
  const t = useT(cat);
  const p = useLabParams(APPLICATIONS_SCHEMA);
  const configs = useMemo<RunConfig[]>(
    () => [{ task: { kind: 'tagging', hiddenSize: TAGGING_TRAINING.hiddenSize }, seed: p.seed, init: { kind: 'pytorch' }, optimizer: { name: 'adam', lr: p.lr }, clip: { kind: 'norm', maxNorm: 5 } }],
    [p.seed, p.lr],
  );
  const runs = useEngineRuns(configs);
  const side = runs.sides[0];
  const readout = side?.readout?.kind === 'tagging' ? side.readout : null;
  const running = side?.running ?? false;
  const [choice, setChoice] = useState('0');
  const [own, setOwn] = useState(UNSEEN_ADVERT);
  const mine = choice === 'own';
  // a copy of the network on the page only for the student's own advert
  const local = useLocalModel(mine ? (side?.spec ?? null) : null, side?.params ?? null, TAGGING_MAX_TOKENS);
  const k = Number(choice);
  const held = mine ? undefined : TEST_PARSED[k];
  const text = mine ? own.slice(0, MAX_CHARS) : (held?.text ?? '');
  const ownTagged = useDeferred(tagOwn, [local, text] as const, running ? OWN_TRAINING_MS : OWN_MS);
  const heldUnknown = useMemo(() => (held === undefined ? [] : held.tokens.map((tok) => wordId(tok.text) === 0)), [held]);
  const heldTags = readout?.tags[k];
  const tagged: Tagged | null = mine
    ? ownTagged
    : held === undefined || heldTags === undefined
      ? null
      : { text: held.text, tokens: held.tokens.slice(0, heldTags.length), tags: heldTags.map((i) => TAGS[i] ?? 'O'), unknown: heldUnknown };
  const shown = text.trim() === '' ? null : tagged;
  const template = shown === null ? null : fillTemplate(shown.text, shown.tokens, shown.tags);
  const expected = held === undefined ? null : trueTemplate(held);
  const tagName = (tag: Tag) => t(`tag.${tag}`);

  return (
    <AppSection id="app-tagging" title={t('tag.title')} intro={t('tag.intro')} loss={t('tag.loss')}>
      <div className="apps-shapes">
        <ShapeDiagram kind="tagger" label={t('tag.shape')} />
        <p className="field__help">{t('tag.inputs')}</p>
      </div>
      <RunButtons ready={side?.ready ?? false} running={running} step={side?.step ?? 0} budget={budget} error={side?.error ?? null} runs={runs} testId="tag-step" />
      <p data-testid="tag-score">
        {readout === null ? '–' : t('tag.score', { right: readout.fieldsRight, total: readout.fieldsTotal, adverts: TEST_PARSED.length })}
      </p>
      <div className="apps-row">
        <label className="field">
          {t('tag.advert')}
          <select value={choice} onChange={(e) => setChoice(e.target.value)}>
            {TEST_PARSED.map((_, k) => (
              <option key={k} value={String(k)}>
                {t(k === 0 ? 'tag.heldNotes' : 'tag.held', { n: k + 1 })}
              </option>
            ))}
            <option value="own">{t('tag.own')}</option>
          </select>
        </label>
      </div>
      {choice === 'own' && (
        <label className="field">
          {t('tag.ownLabel')}
          <textarea lang="fr" dir="ltr" rows={4} value={own} maxLength={MAX_CHARS} onChange={(e) => setOwn(e.target.value)} />
          <span className="field__help">{t('tag.ownHelp', { max: MAX_CHARS })}</span>
        </label>
      )}
      {text.trim() === '' && <p role="status">{t('tag.empty')}</p>}
      <ul className="apps-legend" aria-label={t('tag.legend')}>
        {TAGS.filter((x) => x !== 'O').map((x) => (
          <li key={x}>
            <mark className="apps-tags__span" style={{ '--tag-color': TAG_STYLES[x]?.color, textDecorationStyle: TAG_STYLES[x]?.line } as React.CSSProperties}>
              {x}
            </mark>{' '}
            {tagName(x)}
          </li>
        ))}
      </ul>
      {shown !== null && (
        <TaggedText text={shown.text} tokens={shown.tokens} tags={shown.tags} unknown={shown.unknown} tagName={tagName} unknownLabel={t('tag.unknown')} />
      )}
      {template !== null && (
        <div className="apps-table-wrap">
          <table data-testid="tag-template">
            <caption>{t('tag.templateCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tag.field')}</th>
                <th scope="col">{t('tag.found')}</th>
                {expected !== null && <th scope="col">{t('tag.expected')}</th>}
              </tr>
            </thead>
            <tbody>
              {ADVERT_FIELDS.map((f: AdvertField) => {
                const ok = expected !== null && template[f] === expected[f];
                return (
                  <tr key={f} data-field={f}>
                    <th scope="row">{tagName(f)}</th>
                    <td lang="fr" dir="ltr" data-value={template[f] ?? ''}>
                      {template[f] ?? t('tag.none')}
                      {expected !== null && <span aria-label={ok ? t('right') : t('wrong')}>{ok ? ' ✓' : ' ✗'}</span>}
                    </td>
                    {expected !== null && (
                      <td lang="fr" dir="ltr">
                        {expected[f] ?? t('tag.none')}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </AppSection>
  );
}
