import { useTranslation } from 'react-i18next';
import { ReactEditor } from 'slate-react';
import type { Mark } from '../../core/editor/types';
import type { KeyCommand } from '../../core/ipc/keybindings';
import { runAction } from '../actions/registry';
import { currentBlockKind, isMarkActive, setBlockKind, toggleMark, type BlockKind } from '../editor/formatting';
import { sectionEditor } from '../editor/session';
import { appStore } from '../state/app-state';
import { useStore } from '../state/create-store';
import { selectionStore } from '../state/selection-state';
import { FindingCounts, useFindingCountsKey } from '../findings/finding-counts';
import { useOneLine } from './one-line';
import { LanguageSwitch } from './language-switch';
import { SettingsButton } from './settings-button';
import { ariaShortcutFor, shortcutFor, withShortcut } from './shortcut-label';
import { RoleBadge, SuggestToggle, useIsReviewer, useIsSuggesting } from '../review';

const noFocusSteal = (e: React.MouseEvent) => e.preventDefault();

/** The command behind each mark's shortcut (core/ipc/keybindings.ts). */
const MARK_COMMANDS = { bold: 'format.bold', italic: 'format.italic', underline: 'format.underline' } as const satisfies Record<Mark, KeyCommand>;

function formatSignature(active: string | null): string {
  const editor = active ? sectionEditor(active) : undefined;
  if (!editor) return '';
  const marks = (['bold', 'italic', 'underline'] as const).map((m) => (isMarkActive(editor, m) ? m[0] : '-')).join('');
  return `${active}|${marks}|${currentBlockKind(editor) ?? ''}`;
}

/** Undo/redo, paragraph style, marks, lists, link; the role badge and the problem count. */
function PanelToggle() {
  const { t } = useTranslation();
  const open = useStore(appStore, (s) => s.sidePanelOpen);
  const label = t('actions.view.toggleSidePanel');
  return (
    <button type="button" className="kp-tool" aria-label={label} title={label} aria-pressed={open} onClick={() => runAction('view.toggleSidePanel')}>
      <svg className="kp-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden focusable="false">
        <rect x="3" y="4" width="18" height="16" rx="2" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M15 4v16" stroke="currentColor" strokeWidth="2" />
      </svg>
    </button>
  );
}

export function Toolbar() {
  const { t, i18n } = useTranslation();
  const active = useStore(selectionStore, (s) => s.active);
  // Re-render only when what the buttons show changes, not on every keystroke.
  useStore(selectionStore, (s) => formatSignature(s.active));
  const reviewing = useIsReviewer();
  const suggesting = useIsSuggesting();
  const editor = active && !reviewing ? sectionEditor(active) : undefined;
  // A reviewer can suggest formatting, not change blocks or lists.
  const markEditor = active && (!reviewing || suggesting) ? sectionEditor(active) : undefined;
  // With the focus in a date field or a table, the last text's formatting is not what a button would change.
  const focused = useStore(selectionStore, (s) => s.focused);
  const kind = editor ? currentBlockKind(editor) : null;
  // One line even at 1024 px in English: the problem counts give up their words first (the status bar has them too).
  const counts = useFindingCountsKey();
  const [bar, step] = useOneLine<HTMLDivElement>(1, [i18n.language, reviewing, counts].join('|'));

  const run = (target: NonNullable<typeof editor>, fn: (e: NonNullable<typeof editor>) => void) => {
    fn(target);
    ReactEditor.focus(target);
    selectionStore.set((s) => ({ tick: s.tick + 1 }));
  };
  const withEditor = (fn: (e: NonNullable<typeof editor>) => void) => () => editor && run(editor, fn);
  const mark = (m: Mark, label: string, glyph: string) => (
    <button type="button" className={`kp-tool kp-tool-${m}`} aria-label={label} title={withShortcut(label, shortcutFor(MARK_COMMANDS[m]))} aria-keyshortcuts={ariaShortcutFor(MARK_COMMANDS[m])} aria-pressed={focused && !!markEditor && isMarkActive(markEditor, m)}
      disabled={!markEditor} onMouseDown={noFocusSteal} onClick={() => markEditor && run(markEditor, (e) => toggleMark(e, m))}>{glyph}</button>
  );
  const list = (k: BlockKind, label: string, glyph: string) => (
    <button type="button" className="kp-tool" aria-label={label} title={label} aria-pressed={focused && kind === k} disabled={!editor}
      onMouseDown={noFocusSteal} onClick={withEditor((e) => setBlockKind(e, k))}>{glyph}</button>
  );

  return (
    <div ref={bar} className="kp-toolbar" role="toolbar" aria-label={t('toolbar.label')} data-kp-fit-step={step}>
      <button type="button" className="kp-tool" aria-label={t('toolbar.home')} title={t('toolbar.home')} onClick={() => runAction('draft.new')}>⌂</button>
      <span className="kp-tool-sep" />
      <button type="button" className="kp-tool" aria-label={t('actions.edit.undo')} title={withShortcut(t('actions.edit.undo'), shortcutFor('edit.undo'))} aria-keyshortcuts={ariaShortcutFor('edit.undo')} onMouseDown={noFocusSteal} onClick={() => runAction('edit.undo')}>↶</button>
      <button type="button" className="kp-tool" aria-label={t('actions.edit.redo')} title={withShortcut(t('actions.edit.redo'), shortcutFor('edit.redo'))} aria-keyshortcuts={ariaShortcutFor('edit.redo')} onMouseDown={noFocusSteal} onClick={() => runAction('edit.redo')}>↷</button>
      <span className="kp-tool-sep" />
      <select className="kp-block-kind" aria-label={t('toolbar.blockKind')} disabled={!editor}
        value={kind === 'bulleted-list' || kind === 'numbered-list' || kind === null ? 'paragraph' : kind}
        onChange={(ev) => withEditor((e) => setBlockKind(e, ev.target.value as BlockKind))()}>
        {(['paragraph', 'heading-one', 'heading-two', 'block-quote'] as const).map((k) => <option key={k} value={k}>{t(`toolbar.${k}`)}</option>)}
      </select>
      {mark('bold', t('toolbar.bold'), 'B')}
      {mark('italic', t('toolbar.italic'), 'I')}
      {mark('underline', t('toolbar.underline'), 'U')}
      {list('bulleted-list', t('toolbar.bulleted'), '•')}
      {list('numbered-list', t('toolbar.numbered'), '1.')}
      <button type="button" className="kp-tool" aria-label={t('toolbar.link')} title={withShortcut(t('toolbar.link'), shortcutFor('edit.link'))} aria-keyshortcuts={ariaShortcutFor('edit.link')} disabled={!editor}
        onMouseDown={noFocusSteal} onClick={() => runAction('edit.link')}>
        <svg className="kp-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden focusable="false">
          <path d="M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      </button>
      <span className="kp-tool-spacer" />
      {/* The counts change width as the user types: first after the spacer, they move no other button. */}
      <FindingCounts compact={step >= 1} />
      <SuggestToggle />
      <RoleBadge />
      <LanguageSwitch />
      <SettingsButton />
      <PanelToggle />
    </div>
  );
}
