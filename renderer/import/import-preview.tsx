import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ComponentId } from '../../core/draft/schema';
import type { ImportChoices } from '../../core/import/build-draft';
import type { ImportPlan } from '../../core/import/plan';
import { summariseBlocks } from '../../core/import/preview';
import { localDay } from '../../core/rules';
import { editionChoices, newDraftEdition } from '../rules/edition-choice';
import { appStore } from '../state/app-state';
import { useStore } from '../state/create-store';
import { templateSections } from '../template';
import { buildFromPlan } from './import-commands';
import { ImportBudget } from './import-budget';

/** Ids for the preview's trial build: counting needs no unique ids. */
const previewId = () => 'preview';

/**
 * The import preview: per section of the chosen application type what will go there (word count,
 * first line), how many blocks go to "Inte placerat", the budget tables to take as budget lines,
 * the document's comments, and the edition and type. Confirming hands the choices on.
 */
export function ImportPreview({ plan, onConfirm, onCancel }: { plan: ImportPlan; onConfirm: (c: ImportChoices) => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const rule = useStore(appStore, (s) => s.settings.defaultEdition);
  const today = localDay(new Date());
  const editions = editionChoices(today);
  const [component, setComponent] = useState<ComponentId>('project');
  const [picked, setPicked] = useState<string | null>(null);
  // Ticked: the table was recognised by its year, category and amount columns, and its lines are
  // shown right here to check; one left unticked still lands, as text under "Inte placerat".
  const [accepted, setAccepted] = useState<ReadonlySet<string>>(() => new Set(plan.budget.map((b) => b.id)));
  const [comments, setComments] = useState(true);
  const editionId = picked ?? newDraftEdition(rule, today) ?? editions.at(-1)?.id ?? '';
  const choices: ImportChoices = { editionId, component, documentLanguage: plan.language, acceptedBudget: [...accepted], importComments: comments && plan.comments.length > 0 };
  const trial = useMemo(() => buildFromPlan(plan, choices, previewId), [plan, editionId, component, accepted, comments]);
  const sections = templateSections(component).filter((s) => s.kind === 'text');
  const toggle = (id: string, on: boolean) => setAccepted((a) => { const n = new Set(a); if (on) n.add(id); else n.delete(id); return n; });

  return (
    <form className="kp-import-preview" onSubmit={(e) => { e.preventDefault(); onConfirm(choices); }}>
      <p>{t('import.intro')}</p>
      <div className="kp-field-row">
        <label><span>{t('import.component')}</span>
          <select className="kp-import-component" value={component} onChange={(e) => setComponent(e.target.value as ComponentId)}>
            {ComponentId.options.map((c) => <option key={c} value={c}>{t(`components.${c}.0`)}</option>)}
          </select></label>
        {editions.length > 0 && (
          <label><span>{t('import.edition')}</span>
            <select className="kp-import-edition" value={editionId} onChange={(e) => setPicked(e.target.value)}>
              {editions.map((e) => <option key={e.id} value={e.id}>{e.label}</option>)}
            </select></label>
        )}
      </div>
      {/* Only the preview scrolls: the choices above and the buttons below stay in view. */}
      <div className="kp-import-scroll">
        <table className="kp-import-sections">
          <thead><tr><th scope="col">{t('import.section')}</th><th scope="col" className="kp-amount">{t('import.wordsHead')}</th><th scope="col">{t('import.firstLine')}</th></tr></thead>
          <tbody>
            {sections.map((s) => {
              const sum = summariseBlocks(trial.sections[s.id] ?? []);
              return (
                <tr key={s.id} data-kp-import-section={s.id} className={sum.words === 0 ? 'kp-muted' : undefined}>
                  <th scope="row">{s.title[lang]}</th>
                  <td className="kp-amount">{t('import.words', { count: sum.words })}</td>
                  <td>{sum.words === 0 ? t('import.empty') : sum.firstLine}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <p className="kp-import-unplaced" data-kp-import-unplaced={trial.unplaced.length}>
          <strong>{t('import.unplaced')}: {t('import.unplacedCount', { count: trial.unplaced.length })}</strong>
          {trial.unplaced.length > 0 && <span className="kp-muted"> — {t('import.unplacedHint')}</span>}
        </p>
        <ImportBudget candidates={plan.budget} accepted={accepted} editionId={editionId} onToggle={toggle} />
        {plan.comments.length > 0 && (
          <label className="kp-check kp-import-comments">
            <input type="checkbox" checked={comments} onChange={(e) => setComments(e.target.checked)} />
            <span>{t('import.comments', { count: plan.comments.length })}</span>
          </label>
        )}
        {plan.droppedImages + plan.droppedLinks > 0 && <p className="kp-muted">{t('import.dropped', { images: plan.droppedImages, links: plan.droppedLinks })}</p>}
      </div>
      <div className="kp-dialog-actions">
        <button type="button" onClick={onCancel}>{t('import.cancel')}</button>
        <button type="submit" className="kp-primary" autoFocus data-autofocus>{t('import.confirm')}</button>
      </div>
    </form>
  );
}
