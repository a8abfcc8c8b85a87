import { useTranslation } from 'react-i18next';
import { formatKronor } from '../../core/editor/amount';
import type { BudgetCandidate } from '../../core/import/plan';
import { packView } from '../rules/engine';

/** The name of a cost category in the edition, or the table's own label when it was not recognised. */
function useCategoryName(editionId: string): (id: string) => string {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const categories = packView(editionId)?.costCategories ?? [];
  return (id) => categories.find((c) => c.id === id)?.[lang] ?? id;
}

/**
 * The tables that look like a budget, each with its lines and a box saying whether it becomes
 * budget lines (ticked) or text under "Inte placerat" (not ticked).
 */
export function ImportBudget({ candidates, accepted, editionId, onToggle }: {
  candidates: readonly BudgetCandidate[];
  accepted: ReadonlySet<string>;
  editionId: string;
  onToggle: (id: string, on: boolean) => void;
}) {
  const { t } = useTranslation();
  const category = useCategoryName(editionId);
  if (candidates.length === 0) return null;
  return (
    <section className="kp-import-budget" aria-labelledby="kp-import-budget-h">
      <h3 id="kp-import-budget-h">{t('import.budget')}</h3>
      <p className="kp-muted">{t('import.budgetHint')}</p>
      {candidates.map((c, i) => (
        <div key={c.id} className="kp-import-candidate" data-kp-import-budget={c.id}>
          <label className="kp-check">
            <input type="checkbox" checked={accepted.has(c.id)} onChange={(e) => onToggle(c.id, e.target.checked)} />
            <span>{c.heading.trim()
              ? t('import.budgetTable', { heading: c.heading.trim(), count: c.lines.length })
              : t('import.budgetTableNoHeading', { n: i + 1, count: c.lines.length })}</span>
          </label>
          <table className="kp-import-lines">
            <tbody>
              {c.lines.slice(0, 50).map((l, j) => (
                <tr key={j}>
                  <td>{t('import.year', { year: l.year })}</td>
                  <td>{category(l.category)}</td>
                  <td>{l.description}</td>
                  <td className="kp-amount">{formatKronor(l.amountOre)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {c.lines.length > 50 && <p className="kp-muted">{t('import.moreLines', { count: c.lines.length - 50 })}</p>}
        </div>
      ))}
    </section>
  );
}
