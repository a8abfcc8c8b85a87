import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ComponentId, DocumentLanguage } from '../../core/draft/schema';
import { localDay } from '../../core/rules';
import { newDraft } from '../actions/draft-commands';
import { editionChoices, editionLine, newDraftEdition, pastDateHint, type EditionStatus } from '../rules/edition-choice';
import { appStore } from '../state/app-state';
import { useStore } from '../state/create-store';

const statusKey = {
  'in-force': 'editionChoice.statusInForce',
  older: 'editionChoice.statusOlder',
  later: 'editionChoice.statusLater',
  undated: 'editionChoice.statusUndated',
} as const satisfies Record<EditionStatus, string>;

/**
 * "New application": component, edition, planned submission date and document language. The
 * edition follows the date (today when none is given) and the settings' default-edition rule
 * until the user picks one; every other edition can still be picked and says where it stands.
 */
export function NewDraftCard() {
  const { t } = useTranslation();
  const rule = useStore(appStore, (s) => s.settings.defaultEdition);
  const [component, setComponent] = useState<ComponentId>('project');
  const [picked, setPicked] = useState<string | null>(null);
  const [planned, setPlanned] = useState('');
  const [language, setLanguage] = useState<DocumentLanguage>('sv-SE');
  // Read the clock on every render: a window left open over midnight offers the next day's edition.
  const today = localDay(new Date());
  const date = planned || today;
  const choices = editionChoices(date);
  const edition = picked ?? newDraftEdition(rule, date) ?? choices.at(-1)?.id ?? '';
  const line = editionLine(edition, date, planned !== '');
  const past = pastDateHint(planned, today);

  const create = () => void newDraft({
    component, documentLanguage: language, ...(edition ? { editionId: edition } : {}), ...(planned ? { submissionDate: planned } : {}),
  });
  return (
    <section className="kp-start-card" aria-labelledby="kp-new-h">
      <h2 id="kp-new-h">{t('start.new')}</h2>
      <p className="kp-muted">{t('start.newHint')}</p>
      {line && <p className="kp-in-force" data-testid="edition-in-force">{line}</p>}
      <fieldset className="kp-components">
        <legend>{t('start.component')}</legend>
        {ComponentId.options.map((c) => (
          <label key={c} className={`kp-radio ${component === c ? 'selected' : ''}`}>
            <input type="radio" name="component" value={c} checked={component === c} onChange={() => setComponent(c)} />
            <span><strong>{t(`components.${c}.0`)}</strong><br /><span className="kp-muted">{t(`components.${c}.1`)}</span></span>
          </label>
        ))}
      </fieldset>
      {choices.length > 0 && (
        <div className="kp-field-row">
          <label><span>{t('start.edition')}</span>
            <select className="kp-edition-select" value={edition} onChange={(e) => setPicked(e.target.value)}>
              {choices.map((e) => <option key={e.id} value={e.id}>{`${e.label} — ${t(statusKey[e.status])}`}</option>)}
            </select></label>
        </div>
      )}
      <div className="kp-field-row">
        <label><span>{t('editionChoice.plannedDate')}</span>
          <input type="date" className="kp-planned-date" value={planned} aria-describedby={past ? 'kp-planned-past kp-planned-hint' : 'kp-planned-hint'} onChange={(e) => setPlanned(e.target.value)} />
        </label>
        <label><span>{t('start.documentLanguage')}</span>
          <select value={language} onChange={(e) => setLanguage(e.target.value as DocumentLanguage)}>
            {DocumentLanguage.options.map((l) => <option key={l} value={l}>{t(`languages.${l}`)}</option>)}
          </select></label>
      </div>
      {past && <p id="kp-planned-past" className="kp-field-hint kp-planned-past" data-testid="planned-past">{past}</p>}
      <p id="kp-planned-hint" className="kp-muted kp-field-hint">{t('editionChoice.plannedDateHint')}</p>
      <button type="button" className="kp-primary kp-create" onClick={create}>{t('start.create')}</button>
    </section>
  );
}
