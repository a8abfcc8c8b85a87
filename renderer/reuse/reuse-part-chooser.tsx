import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReuseSource } from '../../core/reuse/insert';
import { mapSides } from '../../core/reuse/sides';
import { textSectionsOfDraft, type PutHow } from '../editor/insert-blocks';
import { useStore } from '../state/create-store';
import { docStore } from '../state/doc-state';
import { BudgetChoices, SectionChoices, TeamChoices } from './reuse-items';
import { SideQuestions } from './reuse-sides';
import { reuseItems, reuseSection } from './reuse-commands';

type Tab = 'sections' | 'team' | 'budget';
const TABS: Tab[] = ['sections', 'team', 'budget'];

/** Where a chosen section's text goes: a text section of the open draft (the same one by default), appended or replacing. */
function SectionOptions({ into, how, onInto, onHow }: { into: string; how: PutHow; onInto: (id: string) => void; onHow: (h: PutHow) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  return (
    <div className="kp-reuse-options">
      <label>{t('reuse.dialog.into')}
        <select value={into} onChange={(e) => onInto(e.target.value)} data-kp-reuse-into>
          {textSectionsOfDraft().map((s) => <option key={s.id} value={s.id}>{s.title[lang]}</option>)}
        </select>
      </label>
      <fieldset>
        <legend>{t('reuse.dialog.how')}</legend>
        {(['append', 'replace'] as const).map((h) => (
          <label key={h} className="kp-inline-choice">
            <input type="radio" name="kp-reuse-how" value={h} checked={how === h} onChange={() => onHow(h)} /> {t(`reuse.dialog.${h}`)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}

/** What to take from one earlier draft: a section's text, team members or budget lines, then Insert. */
export function ReusePartChooser({ source, onDone, onCancel }: { source: ReuseSource; onDone: (title: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const target = useStore(docStore, (s) => s.draft);
  const [tab, setTab] = useState<Tab>('sections');
  const [fromSection, setFromSection] = useState<string | null>(null);
  const [into, setInto] = useState<string>(textSectionsOfDraft()[0]?.id ?? '');
  const [how, setHow] = useState<PutHow>('append');
  const [chosen, setChosen] = useState<Record<'team' | 'budget', string[]>>({ team: [], budget: [] });
  const [answers, setAnswers] = useState<Record<string, string>>({});
  if (!target) return null;

  const chooseSection = (id: string) => {
    setFromSection(id);
    // The same section of the open draft, when it has one.
    if (textSectionsOfDraft().some((s) => s.id === id)) setInto(id);
  };
  const toggle = (kind: 'team' | 'budget') => (id: string) =>
    setChosen((c) => ({ ...c, [kind]: c[kind].includes(id) ? c[kind].filter((x) => x !== id) : [...c[kind], id] }));
  const items = tab === 'team' ? source.draft.team : tab === 'budget' ? source.draft.budget : [];
  const picked = tab === 'sections' ? [] : items.filter((x) => chosen[tab].includes(x.id));
  const auto = mapSides(source.draft, target, picked.map((x) => x.side));
  const unmapped = Object.keys(auto).filter((s) => auto[s] === null);
  const sides = { ...auto, ...answers };
  const ready = tab === 'sections' ? fromSection !== null && into !== '' : picked.length > 0 && unmapped.every((s) => answers[s]);

  const insert = () => {
    const done = tab === 'sections'
      ? fromSection !== null && reuseSection(source, fromSection, into, how)
      : reuseItems(tab, source, picked.map((x) => x.id), sides);
    if (done) onDone(source.draft.title);
  };
  return (
    <>
      <div className="kp-reuse-tabs" role="tablist" aria-label={t('reuse.dialog.parts')}>
        {TABS.map((id) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} data-kp-reuse-tab={id} onClick={() => setTab(id)}>
            {t(`reuse.dialog.tab.${id}`)}{id !== 'sections' && ` (${(id === 'team' ? source.draft.team : source.draft.budget).length})`}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        {tab === 'sections' && <SectionChoices source={source.draft} chosen={fromSection} onChoose={chooseSection} />}
        {tab === 'team' && <TeamChoices source={source.draft} chosen={chosen.team} onToggle={toggle('team')} />}
        {tab === 'budget' && <BudgetChoices source={source.draft} chosen={chosen.budget} onToggle={toggle('budget')} />}
      </div>
      {tab === 'sections' && fromSection && <SectionOptions into={into} how={how} onInto={setInto} onHow={setHow} />}
      {tab !== 'sections' && <SideQuestions source={source.draft} target={target} unmapped={unmapped} answers={answers} onChange={(s, to) => setAnswers((a) => ({ ...a, [s]: to }))} />}
      <div className="kp-dialog-actions">
        <button type="button" onClick={onCancel}>{t('dialogs.cancel')}</button>
        <button type="button" className="kp-primary" disabled={!ready} onClick={insert}>{t('reuse.dialog.insert')}</button>
      </div>
    </>
  );
}
