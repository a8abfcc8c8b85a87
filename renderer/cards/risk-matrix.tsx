import { useTranslation } from 'react-i18next';
import type { Risk } from '../../core/draft/framework';
import { focusRiskField } from './risk-commands';
import { riskGrid, STEPS } from './risk-grid';

interface Props {
  risks: readonly Risk[];
  numberOf(i: number): string;
}

/**
 * The 3 × 3 likelihood/impact matrix beside the register: each risk's number in its cell. A cell's
 * level is written in it as well as shaded (never colour alone), and its accessible name lists the
 * risks in it. A risk's number is a button that takes the keyboard to that risk.
 */
export function RiskMatrix({ risks, numberOf }: Props) {
  const { t } = useTranslation();
  const { rows, unplaced } = riskGrid(risks);
  const nameOf = (i: number) => risks[i]!.text.trim() || t('risks.untitled');
  return (
    <div className="kp-risk-matrix">
      <table>
        <caption>{t('risks.grid.caption')}</caption>
        <thead>
          <tr>
            <td className="kp-risk-corner" />
            <th scope="colgroup" colSpan={3} className="kp-risk-axis">{t('risks.grid.impact')} →</th>
          </tr>
          <tr>
            <th scope="col" className="kp-risk-axis-name"><span aria-hidden>↑ </span>{t('risks.grid.likelihood')}</th>
            {[1, 2, 3].map((n) => <th key={n} scope="col">{n} <small>{t(`risks.grid.axis.${STEPS[n - 1]!}`)}</small></th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row[0]!.likelihood}>
              <th scope="row">{row[0]!.likelihood} <small>{t(`risks.grid.axis.${STEPS[row[0]!.likelihood - 1]!}`)}</small></th>
              {row.map((c) => (
                <td key={c.impact} className={`kp-risk-cell level-${c.level}`} data-kp-risk-cell={`${c.likelihood}-${c.impact}`}
                  aria-label={t('risks.grid.cell', { likelihood: c.likelihood, impact: c.impact, risks: c.risks.length ? c.risks.map(numberOf).join(', ') : t('risks.grid.none') })}
                  aria-description={t(`risks.grid.level.${c.level}`)}>
                  <span className="kp-risk-level" aria-hidden>{t(`risks.grid.level.${c.level}`)}</span>
                  <span className="kp-risk-markers">
                    {c.risks.map((i) => (
                      <button key={risks[i]!.id} type="button" className="kp-risk-marker" data-kp-risk-marker={risks[i]!.id}
                        aria-label={t('risks.grid.marker', { number: numberOf(i), name: nameOf(i) })} title={`${numberOf(i)} ${nameOf(i)}`}
                        onClick={() => focusRiskField(i, 'text')}>{numberOf(i)}</button>
                    ))}
                  </span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {unplaced.length > 0 && <p className="kp-risk-unplaced kp-muted">{t('risks.grid.unplaced', { list: unplaced.map(numberOf).join(', ') })}</p>}
    </div>
  );
}
