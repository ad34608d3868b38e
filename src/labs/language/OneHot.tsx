import { labLanguageCatalogue as cat } from '../../i18n/catalogues/lab-language.ts';
import { useT } from '../../i18n/useT.ts';

/** Columns and rows of the one-hot grid drawn; a 1 beyond the columns is written out. */
const COLUMNS = 30;
const ROWS = 12;

/** One-hot rows of a sentence's ids: a 1 at the id's position, zeros elsewhere. */
export function OneHot({ ids, labels, V }: { ids: readonly number[]; labels: readonly string[]; V: number }) {
  const t = useT(cat);
  const n = Math.min(COLUMNS, V);
  return (
    <>
      <p className="field__help">{t('pipe.step6Help', { V, n, rows: Math.min(ROWS, ids.length) })}</p>
      <div className="lang-scroll" dir="ltr">
        <table className="lang-onehot" data-testid="onehot">
          <tbody>
            {ids.slice(0, ROWS).map((id, r) => (
              <tr key={r}>
                <th scope="row">{labels[r]}</th>
                {Array.from({ length: n }, (_, k) => (
                  <td key={k} className={k === id ? 'lang-one' : undefined}>
                    {k === id ? '1' : '0'}
                  </td>
                ))}
                <td className="lang-onehot__more">{id >= n ? `… 1 @ ${id}` : '…'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
