import { useTranslation } from 'react-i18next';
import type { Draft } from '../../core/draft/schema';
import { formatKronor } from '../../core/editor/amount';
import { sideName } from '../../core/reuse/sides';
import { textPreview } from '../../core/reuse/preview';
import { decidedSection } from '../../core/review/decided-text';
import { templateSections } from '../template';

/** The text sections of an earlier draft that hold text, with a preview of each. */
export function SectionChoices({ source, chosen, onChoose }: { source: Draft; chosen: string | null; onChoose: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const sections = templateSections(source.component).filter((s) => s.kind === 'text');
  return (
    <ul className="kp-reuse-items" aria-label={t('reuse.dialog.tab.sections')}>
      {sections.map((s) => {
        const stored = source.sections[s.id];
        const p = textPreview(stored ? decidedSection(stored, 'author') : undefined);
        const empty = p.words === 0;
        return (
          <li key={s.id}>
            <label data-kp-reuse-section={s.id}>
              <input type="radio" name="kp-reuse-section" disabled={empty} checked={chosen === s.id} onChange={() => onChoose(s.id)} />
              <span>
                <span className="kp-reuse-item-title">{s.title[lang]}</span>
                <span className="kp-reuse-item-meta">{empty ? t('reuse.dialog.emptySection') : t('reuse.dialog.words', { count: p.words })}</span>
                {!empty && <span className="kp-reuse-item-text">{p.firstLines}</span>}
              </span>
            </label>
          </li>
        );
      })}
    </ul>
  );
}

type Toggle = (id: string) => void;

/** Team members of an earlier draft, each with a check box. */
export function TeamChoices({ source, chosen, onToggle }: { source: Draft; chosen: readonly string[]; onToggle: Toggle }) {
  const { t } = useTranslation();
  if (source.team.length === 0) return <p className="kp-muted">{t('reuse.dialog.noTeam')}</p>;
  return (
    <ul className="kp-reuse-items" aria-label={t('reuse.dialog.tab.team')}>
      {source.team.map((m) => (
        <li key={m.id}>
          <label data-kp-reuse-member={m.id}>
            <input type="checkbox" checked={chosen.includes(m.id)} onChange={() => onToggle(m.id)} />
            <span>
              <span className="kp-reuse-item-title">{m.name || '—'}</span>
              <span className="kp-reuse-item-meta">{m.role}</span>
              <span className="kp-reuse-item-text">{sideName(source, m.side) ?? t('reuse.dialog.applicant')}</span>
            </span>
          </label>
        </li>
      ))}
    </ul>
  );
}

/** Budget lines of an earlier draft, each with a check box. */
export function BudgetChoices({ source, chosen, onToggle }: { source: Draft; chosen: readonly string[]; onToggle: Toggle }) {
  const { t } = useTranslation();
  if (source.budget.length === 0) return <p className="kp-muted">{t('reuse.dialog.noBudget')}</p>;
  return (
    <ul className="kp-reuse-items" aria-label={t('reuse.dialog.tab.budget')}>
      {source.budget.map((l) => (
        <li key={l.id}>
          <label data-kp-reuse-line={l.id}>
            <input type="checkbox" checked={chosen.includes(l.id)} onChange={() => onToggle(l.id)} />
            <span>
              <span className="kp-reuse-item-title">{l.description || '—'}</span>
              <span className="kp-reuse-item-meta">{t('reuse.dialog.amount', { amount: formatKronor(l.amountOre).replace(/\u00a0kr$/, ''), year: l.year })}</span>
              <span className="kp-reuse-item-text">{sideName(source, l.side) ?? t('reuse.dialog.applicant')}</span>
            </span>
          </label>
        </li>
      ))}
    </ul>
  );
}
