import { useT } from '../../i18n/useT.ts';
import { viewsBille } from '../../i18n/catalogues/views-bille.ts';

/** A predicted letter with a right/wrong mark that does not rely on colour. */
export function Verdict({ letter, target }: { letter: string | null; target: string | null }) {
  const t = useT(viewsBille);
  if (letter === null) return <span>—</span>;
  if (target === null) return <span>{letter}</span>;
  const ok = letter === target;
  return (
    <span className={ok ? 'bg-right' : 'bg-wrong'}>
      {letter}
      <span aria-hidden="true" className="bg-mark">{ok ? '✓' : '✗'}</span>
      <span className="view-visually-hidden">{ok ? t('right') : t('wrong')}</span>
    </span>
  );
}
