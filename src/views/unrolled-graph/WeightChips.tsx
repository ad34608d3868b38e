import { useT } from '../../i18n/useT.ts';
import { viewsUnrolled } from '../../i18n/catalogues/views-unrolled.ts';
import { weightKeys, weightLabel } from './layout.ts';
import type { TaskShape, WeightKey } from './types.ts';

export interface WeightChipsProps {
  shape: TaskShape;
  /** lit by the graph (pointer over a copy) or by a chip */
  highlighted: WeightKey | null;
  pinned: WeightKey | null;
  onHighlight: (key: WeightKey | null) => void;
  onPin: (key: WeightKey | null) => void;
}

/** The shared matrices as toggle buttons: hovering or focusing one lights every copy in the graph. */
export function WeightChips({ shape, highlighted, pinned, onHighlight, onPin }: WeightChipsProps) {
  const t = useT(viewsUnrolled);
  return (
    <div className="ug-weights" role="group" aria-label={t('sharedWeights')}>
      <span>{t('sharedWeights')}</span>
      {weightKeys(shape).map((key) => {
        const l = weightLabel(key);
        const name = `${l.base} ${l.sub}`;
        return (
          <button
            key={key}
            type="button"
            dir="ltr"
            className={`ug-chip${highlighted === key ? ' is-highlighted' : ''}`}
            data-weight-chip={key}
            aria-pressed={pinned === key}
            aria-label={t('weightName', { name })}
            onPointerEnter={() => onHighlight(key)}
            onPointerLeave={() => onHighlight(null)}
            onFocus={() => onHighlight(key)}
            onBlur={() => onHighlight(null)}
            onClick={() => onPin(pinned === key ? null : key)}
          >
            {l.base}
            <sub>{l.sub}</sub>
          </button>
        );
      })}
      <span className="view-visually-hidden">{t('sharedWeightsHint')}</span>
    </div>
  );
}
