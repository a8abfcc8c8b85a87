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
  const sections = templateSections(source.component).filter((s) => s.kind === 'text').map((s) => {
    const stored = source.sections[s.id];
    return { s, p: textPreview(stored ? decidedSection(stored, 'author') : undefined) };
  });
  const written = sections.filter((x) => x.p.words > 0);
  const empty = sections.filter((x) => x.p.words === 0);
  return (
    <>
      <ul className="kp-reuse-items" aria-label={t('reuse.dialog.tab.sections')}>
        {written.map(({ s, p }) => (
          <li key={s.id}>
            <label data-kp-reuse-section={s.id}>
              <input type="radio" name="kp-reuse-section" checked={chosen === s.id} onChange={() => onChoose(s.id)} />
              <span>
                <span className="kp-reuse-item-title">{s.title[lang]}</span>
                <span className="kp-reuse-item-meta">{t('reuse.dialog.words', { count: p.words })}</span>
                <span className="kp-reuse-item-text">{p.firstLines}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      {/* Sections without text have nothing to take: named once, not offered. */}
      {empty.length > 0 && <p className="kp-reuse-empty">{t('reuse.dialog.emptySections', { list: empty.map((x) => x.s.title[lang]).join(', ') })}</p>}
    </>
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
