import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlockElement } from '../../core/draft/rich-text';
import { ariaKeyShortcuts } from '../../core/ipc/key-labels';
import { blockText } from '../../core/reuse/preview';
import { useStore } from '../state/create-store';
import { docStore } from '../state/doc-state';
import { isMacPlatform } from '../layout/shortcut-label';
import { useIsReviewer } from '../review';
import { SectionPicker } from './section-picker';
import { revealPlace } from '../actions/undo';
import { discardUnplaced, moveUnplaced, pickSectionForUnplaced } from './unplaced-commands';
import { endUnplacedDrag, startUnplacedDrag } from './unplaced-drag';
import { toggleSelected, unplacedStore } from './unplaced-state';

const PREVIEW_CHARS = 280;
const EMPTY: readonly BlockElement[] = [];

function preview(block: BlockElement, empty: string): string {
  const text = blockText(block).trim();
  if (!text) return empty;
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS).trimEnd()}…` : text;
}

/** One waiting block: focusable (↑ ↓ move between blocks, Space chooses it), draggable onto a section. */
function TrayBlock({ block, index, focusable }: { block: BlockElement; index: number; focusable: boolean }) {
  const { t } = useTranslation();
  const selected = useStore(unplacedStore, (s) => s.selected.includes(block));
  const shortcuts = ariaKeyShortcuts(['unplaced.move', 'unplaced.discard'], isMacPlatform());
  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    if (e.target !== e.currentTarget) return;
    const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (step !== 0) {
      e.preventDefault();
      const list = e.currentTarget.parentElement;
      list?.querySelector<HTMLElement>(`[data-kp-unplaced="${index + step}"]`)?.focus();
    } else if (e.key === ' ') {
      e.preventDefault();
      toggleSelected(block);
    }
  };
  const subjects = () => {
    const chosen = unplacedStore.get().selected;
    return chosen.includes(block) ? chosen : [block];
  };
  const kind = t(`reuse.tray.kind.${block.type}`);
  const text = preview(block, t('reuse.tray.emptyBlock'));
  return (
    <li className={`kp-unplaced-block${selected ? ' selected' : ''}`} tabIndex={focusable ? 0 : -1} data-kp-keys="unplaced" data-kp-unplaced={index}
      aria-label={`${kind}: ${text}`} aria-keyshortcuts={shortcuts} draggable
      onFocus={(e) => { if (e.target === e.currentTarget) unplacedStore.set({ focused: block }); }}
      onKeyDown={onKeyDown} onDragStart={(e) => startUnplacedDrag(e, subjects())} onDragEnd={endUnplacedDrag}>
      <input type="checkbox" tabIndex={-1} checked={selected} aria-label={t('reuse.tray.select')} onChange={() => toggleSelected(block)} />
      <div className="kp-unplaced-preview">
        <span className="kp-unplaced-kind">{kind}</span>
        <p>{text}</p>
      </div>
      <div className="kp-unplaced-actions">
        <button type="button" tabIndex={-1} onClick={() => unplacedStore.set({ picking: subjects() })}>{t('actions.unplaced.move')}</button>
        <button type="button" tabIndex={-1} onClick={() => discardUnplaced(subjects())}>{t('actions.unplaced.discard')}</button>
      </div>
    </li>
  );
}

/** Keeps the keyboard in the tray after a block left it: on the block now in its place, else the one before. */
function useFocusAfterRemoval(count: number, listRef: React.RefObject<HTMLUListElement | null>) {
  const before = useRef(count);
  const lastIndex = useRef(0);
  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const onFocus = (e: FocusEvent) => {
      const i = (e.target as HTMLElement).getAttribute?.('data-kp-unplaced');
      if (i !== null && i !== undefined) lastIndex.current = Number(i);
    };
    list.addEventListener('focusin', onFocus);
    return () => list.removeEventListener('focusin', onFocus);
  }, [listRef, count > 0]);
  useEffect(() => {
    const removed = count < before.current;
    before.current = count;
    if (!removed || !listRef.current || document.activeElement?.closest('dialog')) return;
    if (document.activeElement !== document.body && listRef.current.contains(document.activeElement)) return;
    const i = Math.min(lastIndex.current, count - 1);
    listRef.current.querySelector<HTMLElement>(`[data-kp-unplaced="${i}"]`)?.focus();
  }, [count, listRef]);
}

/**
 * After a move from the section list (whose closing puts the focus back where it was, maybe on a
 * block now gone): the block now in the moved one's place, the one before it, or, when the tray
 * is empty, the text where the last block went.
 */
function focusAfterMove(list: HTMLUListElement | null, index: number, sectionId: string): void {
  requestAnimationFrame(() => {
    const count = docStore.get().draft?.unplaced.length ?? 0;
    if (count === 0 || !list?.isConnected) return revealPlace({ sectionId });
    list.querySelector<HTMLElement>(`[data-kp-unplaced="${Math.min(Math.max(index, 0), count - 1)}"]`)?.focus();
  });
}

/** "Inte placerat": the imported document's blocks that found no section, until each is moved or removed. */
export function UnplacedTray() {
  const { t } = useTranslation();
  const blocks = useStore(docStore, (s) => s.draft?.unplaced ?? EMPTY);
  const selectedCount = useStore(unplacedStore, (s) => s.selected.filter((b) => blocks.includes(b)).length);
  const picking = useStore(unplacedStore, (s) => s.picking);
  const focused = useStore(unplacedStore, (s) => s.focused);
  const reviewer = useIsReviewer();
  const listRef = useRef<HTMLUListElement>(null);
  useFocusAfterRemoval(blocks.length, listRef);
  if (blocks.length === 0 || reviewer) return null;
  const focusIndex = Math.max(0, focused ? blocks.indexOf(focused) : 0);
  return (
    <section className="kp-section kp-unplaced" data-kp-section="unplaced" aria-labelledby="kp-h-unplaced">
      <div className="kp-unplaced-head">
        <h2 id="kp-h-unplaced" tabIndex={-1}>{t('reuse.tray.title')}</h2>
        <span className="kp-unplaced-count">{t('reuse.tray.count', { count: blocks.length })}</span>
      </div>
      <p className="kp-unplaced-intro">{t('reuse.tray.intro')}</p>
      <p className="kp-unplaced-keys kp-muted">{t('reuse.tray.keys')}</p>
      {selectedCount > 0 && (
        <button type="button" className="kp-unplaced-move-selected" onClick={pickSectionForUnplaced}>{t('reuse.tray.moveSelected', { count: selectedCount })}</button>
      )}
      <ul className="kp-unplaced-list" ref={listRef}>
        {blocks.map((b, i) => <TrayBlock key={i} block={b} index={i} focusable={i === focusIndex} />)}
      </ul>
      {picking && (
        <SectionPicker title={t('reuse.tray.picker')} onCancel={() => unplacedStore.set({ picking: null })}
          onPick={(id) => { moveUnplaced(picking, id); unplacedStore.set({ picking: null }); focusAfterMove(listRef.current, blocks.indexOf(picking[0]!), id); }} />
      )}
    </section>
  );
}
