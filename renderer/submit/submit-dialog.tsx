import { useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmitItem } from '../../core/submit';
import { Modal } from '../dialogs/modal';
import { CommentIcon } from '../review';
import { findingsStore } from '../findings/findings-state';
import { checkIfStale } from '../findings/live-checks';
import { openDialog } from '../state/app-state';
import { goToPlace, submitView, type SubmitView } from './submit-data';
import { SummaryCard } from './submit-summary';

// Signs the system font has (no emoji font is sure to be there); a comment has the comments panel's icon.
const ICON: Record<Exclude<SubmitItem['kind'], 'comment'>, string> = { error: '✖', invalid: '✖', annex: '✖', suggestion: '✎', date: '✖', warning: '⚠', short: '⚠' };
/** What only deserves a look never wears the blocking cross (an annex to check, a date to look at). */
const LOOK_ICON: typeof ICON = { ...ICON, annex: '⚠', date: '⚠', error: '⚠', invalid: '⚠' };

/** Closes the dialog, then goes: after the dialog has given the focus back, so the jump is the last word. */
const jump = (item: SubmitItem) => () => {
  openDialog(null);
  setTimeout(() => goToPlace(item.location), 10);
};

function ItemList({ items, kind }: { items: SubmitItem[]; kind: 'blocking' | 'look' }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  return (
    <ol className={`kp-submit-items kp-submit-${kind}`} data-kp-submit-list={kind}>
      {items.map((item, i) => (
        <li key={`${item.kind}-${item.threadId ?? item.suggestionId ?? item.ruleId ?? ''}-${i}`} data-kp-submit-kind={item.kind}>
          <button type="button" className="kp-link-button" title={t('submit.goThere')} data-kp-rule={item.ruleId} data-kp-thread={item.threadId} onClick={jump(item)}>
            <span className="kp-submit-icon" aria-hidden="true">{item.kind === 'comment' ? <CommentIcon /> : item.blocking ? ICON[item.kind] : LOOK_ICON[item.kind]}</span>
            <span className="kp-submit-kind">{t(item.kind === 'annex' && !item.blocking ? 'submit.kind.annexCheck' : `submit.kind.${item.kind}`)}</span>
            <span className="kp-submit-message">{item.message[lang]}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}

/** "Klar att skicka in?": what blocks submission and what deserves a look, in the form's order; all clear, the key facts to print. */
export function SubmitDialog() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const [view, setView] = useState<SubmitView | null>(null);
  // The list describes the draft as it is now, even if the last keystroke has not been checked yet.
  useLayoutEffect(() => {
    checkIfStale();
    setView(submitView(findingsStore.get().findings));
  }, []);
  const close = () => openDialog(null);
  if (!view) return null;
  const { blocking, look } = view.check;
  const ready = blocking.length === 0;
  return (
    <Modal title={t('submit.title')} onClose={close} className="kp-submit-dialog">
      <p className="kp-muted">{t('submit.checkedOn', { edition: view.editionName[lang], today: view.today })}</p>
      <p className={`kp-submit-state ${ready ? 'ready' : 'blocked'}`} data-kp-submit-ready={ready} role="status">
        {ready ? `✓ ${t('submit.allClear')}` : t('submit.blocking', { count: blocking.length })}
      </p>
      {!ready && <><p className="kp-muted">{t('submit.intro')}</p><ItemList items={blocking} kind="blocking" /></>}
      {look.length > 0 && <><h3>{t('submit.look', { count: look.length })}</h3><ItemList items={look} kind="look" /></>}
      {ready && <SummaryCard summary={view.summary} edition={view.editionName} />}
      <div className="kp-dialog-actions">
        <button type="button" onClick={() => openDialog({ kind: 'form-view' })}>{t('submit.formViewAction')}</button>
        {ready && <button type="button" onClick={() => window.print()}>{t('submit.print')}</button>}
        <button type="button" className="kp-primary" data-autofocus onClick={close}>{t('submit.close')}</button>
      </div>
    </Modal>
  );
}
