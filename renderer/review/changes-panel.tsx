import { useTranslation } from 'react-i18next';
import { changeAuthorKey, changedText, type ChangeItem } from '../../core/review/change-list';
import { formatDateTime } from '../i18n/when';
import { authorFromSettings } from '../../core/review/threads';
import { appStore, notify } from '../state/app-state';
import { useStore } from '../state/create-store';
import { docStore } from '../state/doc-state';
import { templateSections } from '../template';
import { acceptChange, decideAll, jumpToChange, rejectChange, withdrawChange } from './change-actions';
import { changesStore, setSuggestionView, useChanges, useConflicts, type SuggestionView } from './changes-state';
import { reviewStore, useReview } from './review-state';
import { remove } from './comment-actions';

const VIEWS: readonly SuggestionView[] = ['markup', 'final', 'original'];
/** The words of a suggestion as the list quotes them: without the spaces around them, shortened. */
const short = (raw: string) => {
  const s = raw.trim();
  return s.length > 120 ? `${s.slice(0, 117)}…` : s;
};

/** Show final / original / markup: how the text shows open suggestions (never changes it). */
function ViewSwitch() {
  const { t } = useTranslation();
  const view = useStore(changesStore, (s) => s.view);
  return (
    <fieldset className="kp-view-switch" data-kp-suggestion-view-switch>
      <legend>{t('changes.view')}</legend>
      {VIEWS.map((v) => (
        <label key={v} className={v === view ? 'active' : undefined}>
          <input type="radio" name="kp-suggestion-view" value={v} checked={v === view} onChange={() => setSuggestionView(v)} />
          {t(`changes.views.${v}`)}
        </label>
      ))}
      <p className="kp-muted kp-view-hint">{t(`changes.viewHint.${view}`)}</p>
    </fieldset>
  );
}

/** What a suggestion does, in words: "Infoga ”och inflytande”". */
function useWhat(): (i: ChangeItem) => { kind: string; text: string } {
  const { t } = useTranslation();
  return (i) => ({
    kind: t(`changes.kind.${i.kind}`),
    text: i.kind === 'replace' ? t('changes.replaceWith', { deleted: short(i.deleted), inserted: short(i.inserted) }) : t('changes.quoted', { text: short(changedText(i)) }),
  });
}

/** A reviewer takes back a proposed row of their own: its comment goes. */
function withdrawRow(id: string): boolean {
  remove(id);
  return !reviewStore.get().annotations.some((a) => a.id === id);
}

/** After a row goes, the keyboard moves to the row that took its place (or the list's start). */
function focusRowAt(index: number): void {
  requestAnimationFrame(() => {
    const rows = document.querySelectorAll<HTMLElement>('[data-kp-change] .kp-change-target');
    (rows[Math.min(index, rows.length - 1)] ?? document.querySelector<HTMLElement>('[data-kp-changes-panel] button'))?.focus();
  });
}

/** The user as the settings name them, to tell their own suggestions (null before a name is set). */
function useMyKey(): string | null {
  const settings = useStore(appStore, (s) => s.settings);
  const me = authorFromSettings(settings);
  return me.ok ? changeAuthorKey(me.value) : null;
}

function ChangeRow({ item, index, canDecide, conflict }: { item: ChangeItem; index: number; canDecide: boolean; conflict: boolean }) {
  const { t, i18n } = useTranslation();
  const mine = useMyKey() === changeAuthorKey(item.author);
  const what = useWhat()(item);
  const active = useStore(changesStore, (s) => s.activeId === item.id);
  const decide = (fn: (id: string) => boolean) => {
    if (!fn(item.id)) return;
    notify('info', t('changes.decided'));
    focusRowAt(index);
  };
  const label = `${what.kind} ${what.text}`;
  return (
    <li className={`kp-change kp-change-${item.kind}${active ? ' active' : ''}`} data-kp-change={item.id} data-kp-change-kind={item.kind}>
      <button type="button" className="kp-change-target" title={t('changes.jump')} onClick={() => jumpToChange(item.sectionId, item.id)}>
        <span className="kp-change-kind">{what.kind}</span> <span className="kp-change-text">{what.text}</span>
      </button>
      <p className="kp-change-meta">
        <span className="kp-initials" aria-hidden>{item.author.initials || item.author.name.slice(0, 2)}</span>
        <strong>{item.author.name}</strong>
        <time dateTime={item.createdAt}>{formatDateTime(item.createdAt, i18n.language)}</time>
      </p>
      {conflict && <p className="kp-change-conflict" data-kp-change-conflict>⚠ {t('changes.conflict')}</p>}
      {canDecide && (
        <div className="kp-change-actions">
          <button type="button" className="kp-change-accept" aria-label={t('changes.acceptLabel', { what: label })} onClick={() => decide(acceptChange)}>✓ {t('changes.accept')}</button>
          <button type="button" className="kp-change-reject" aria-label={t('changes.rejectLabel', { what: label })} onClick={() => decide(rejectChange)}>✕ {t('changes.reject')}</button>
        </div>
      )}
      {!canDecide && mine && (
        <div className="kp-change-actions">
          <button type="button" data-kp-review className="kp-change-withdraw" aria-label={t('changes.withdrawLabel', { what: label })}
            onClick={() => decide((id) => (item.proposal ? withdrawRow(id) : withdrawChange(id, item.author)))}>{t('changes.withdraw')}</button>
        </div>
      )}
    </li>
  );
}

/** Acceptera alla / Avvisa alla, for everyone or for the person the filter shows. */
function DecideAll({ author, name }: { author: string | null; name: string | null }) {
  const { t } = useTranslation();
  const run = (verdict: 'accept' | 'reject') => {
    const changed = decideAll(verdict, author);
    if (changed) notify('info', t('changes.decided'));
    focusRowAt(0);
  };
  return (
    <div className="kp-change-all">
      <button type="button" className="kp-change-accept-all" onClick={() => run('accept')}>{name ? t('changes.acceptAllBy', { name }) : t('changes.acceptAll')}</button>
      <button type="button" className="kp-change-reject-all" onClick={() => run('reject')}>{name ? t('changes.rejectAllBy', { name }) : t('changes.rejectAll')}</button>
    </div>
  );
}

/** The side panel's Ändringar tab: open suggestions by section in document order, and the view switch. */
export function ChangesPanel() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const { all, shown, authors } = useChanges();
  const conflicts = useConflicts(all);
  const author = useStore(changesStore, (s) => s.author);
  const component = useStore(docStore, (s) => s.draft?.component);
  const canDecide = useReview((s) => s.role === 'author');
  if (!component) return null;
  const sections = templateSections(component);
  const groups = sections.map((s) => ({ section: s, items: shown.filter((i) => i.sectionId === s.id) })).filter((g) => g.items.length > 0);
  const who = authors.find((a) => changeAuthorKey(a) === author) ?? null;
  let index = 0;
  return (
    <div className="kp-changes" data-kp-changes-panel>
      <ViewSwitch />
      {authors.length > 0 && (
        <div className="kp-review-filters">
          <label><span>{t('review.filterAuthor')}</span>
            <select className="kp-filter-change-author" value={who ? author! : ''} onChange={(e) => changesStore.set({ author: e.target.value || null })}>
              <option value="">{t('review.everyone')}</option>
              {authors.map((a) => <option key={changeAuthorKey(a)} value={changeAuthorKey(a)}>{a.name}</option>)}
            </select></label>
        </div>
      )}
      <p className="kp-review-counts" data-kp-change-count={shown.length}>{t('changes.count', { count: shown.length })}</p>
      {canDecide && shown.length > 0 && <DecideAll author={who ? author : null} name={who?.name ?? null} />}
      {!canDecide && all.length > 0 && <p className="kp-muted kp-changes-read-only">{t('changes.readOnly')}</p>}
      {all.length === 0 && <p className="kp-muted">{t('changes.none')}</p>}
      {all.length > 0 && shown.length === 0 && <p className="kp-muted">{t('changes.noneMatching')}</p>}
      {groups.map(({ section, items }) => (
        <section key={section.id} className="kp-change-group" data-kp-change-group={section.id} aria-label={`${section.title[lang]} (${items.length})`}>
          <h3>{section.title[lang]} <span className="kp-count">({items.length})</span></h3>
          <ul>{items.map((item) => <ChangeRow key={item.id} item={item} index={index++} canDecide={canDecide} conflict={conflicts.has(item.id)} />)}</ul>
        </section>
      ))}
    </div>
  );
}

/** The open-suggestion count beside the tab's name. */
export function ChangeTabCount() {
  const { all } = useChanges();
  return all.length > 0 ? <span className="kp-count" data-kp-change-tab-count={all.length}>{all.length}</span> : null;
}
