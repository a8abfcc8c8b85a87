import { useTranslation } from 'react-i18next';
import { formatKronor } from '../../core/editor/amount';

/** Used / ceiling as a thin meter (green → amber at 90 % → red beyond); "tak okänt" without one. */
export function CeilingBar({ used, ceiling }: { used: number; ceiling: number | null }) {
  const { t } = useTranslation();
  if (ceiling === null || ceiling <= 0) return <span className="kp-ceiling unknown">{t('budget.noCeiling')}</span>;
  const label = t('budget.of', { used: formatKronor(used), ceiling: formatKronor(ceiling) });
  const level = used > ceiling ? 'over' : used >= 0.9 * ceiling ? 'near' : 'ok';
  return (
    <span className={`kp-ceiling level-${level}`} title={label}>
      {/* Green below 90 %, amber up to the ceiling, red beyond it (the meter's own three regions). */}
      <meter min={0} max={ceiling} low={0.9 * ceiling} high={used > ceiling ? 0.999 * ceiling : ceiling} optimum={0} value={Math.min(used, ceiling)} aria-label={label} />
      <span className="kp-ceiling-text">{t('budget.ceiling', { amount: formatKronor(ceiling) })}</span>
    </span>
  );
}
