import { useTranslation } from 'react-i18next';
import { formatKronor } from '../../core/editor/amount';
import type { ShownLimit } from './budget-totals';

/**
 * Used / limit as a thin meter: green below 90 %, amber up to the limit, and beyond it the colour of
 * the finding it gives (red past a ceiling, amber past a guide value). "tak okänt" without a limit.
 */
export function CeilingBar({ used, limit }: { used: number; limit: ShownLimit | null }) {
  const { t } = useTranslation();
  if (limit === null || limit.amountOre <= 0) return <span className="kp-ceiling unknown">{t('budget.noCeiling')}</span>;
  const ceiling = limit.amountOre;
  const name = t(limit.kind === 'max' ? 'budget.ceiling' : 'budget.guide', { amount: formatKronor(ceiling) });
  const label = t(limit.kind === 'max' ? 'budget.ofCeiling' : 'budget.ofGuide', { used: formatKronor(used), amount: formatKronor(ceiling) });
  const over = used > ceiling;
  const level = over ? 'over' : used >= 0.9 * ceiling ? 'near' : 'ok';
  const red = over && limit.severity === 'error';
  return (
    <span className={`kp-ceiling level-${level} kind-${limit.kind}${over ? ` breach-${limit.severity}` : ''}`} title={label}>
      {/* The meter's own regions: optimum below `low` (green), amber up to `high`, red above it. */}
      <meter min={0} max={ceiling} low={0.9 * ceiling} high={red ? 0.999 * ceiling : ceiling} optimum={0} value={Math.min(used, ceiling)} aria-label={label} />
      <span className="kp-ceiling-text">{name}</span>
    </span>
  );
}
