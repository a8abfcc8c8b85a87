import { Range } from 'slate';
import { ReactEditor } from 'slate-react';
import type { Anchor, Annotation, Proposal } from '../../core/draft/annotation';
import type { Result } from '../../core/result';
import { buildTextAnchor } from '../../core/review/text-anchor';
import {
  addComment,
  addReply,
  authorFromSettings,
  deleteComment,
  deleteReply,
  editComment,
  editReply,
  setResolved,
  type ReviewEnv,
} from '../../core/review/threads';
import { sectionEditor } from '../editor/session';
import { text } from '../i18n/text-key';
import { appStore, notify } from '../state/app-state';
import { selectionStore } from '../state/selection-state';
import { reviewStore, setAnnotations, showCommentsPanel } from './review-state';

/**
 * What the user does with comments, on top of core/review's thread functions: every change goes
 * through them with the author from the settings (asked for once), and lands in reviewStore.
 */

const t = text;

export function newId(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `c-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Runs `fn` as the user; asks for their name first if the settings have none. */
export function asAuthor(fn: (env: ReviewEnv) => void): void {
  const author = authorFromSettings(appStore.get().settings);
  if (!author.ok) {
    reviewStore.set({ dialog: { kind: 'author', then: () => asAuthor(fn) } });
    return;
  }
  fn({ author: author.value, now: () => new Date(), newId });
}

/** Opens the composer for a new comment on `anchor` (the comments panel comes forward). */
export function startComment(anchor: Anchor): void {
  asAuthor(() => {
    reviewStore.set({ composer: { anchor }, activeId: null });
    showCommentsPanel();
  });
}

/** The selected text of one section editor, read from the page (works in read-only editors too). */
export function selectedText(): { sectionId: string; range: Range } | null {
  const sel = window.getSelection();
  if (sel && sel.rangeCount > 0 && !sel.isCollapsed) {
    const host = (n: Node | null) => (n instanceof Element ? n : n?.parentElement)?.closest<HTMLElement>('[data-slate-editor][data-kp-loc^="section:"]');
    const a = host(sel.anchorNode);
    if (a && a === host(sel.focusNode)) {
      const sectionId = a.dataset.kpLoc!.slice('section:'.length);
      const editor = sectionEditor(sectionId);
      const range = editor && ReactEditor.toSlateRange(editor, sel, { exactMatch: false, suppressThrow: true });
      if (range && !Range.isCollapsed(range)) return { sectionId, range };
    }
  }
  const active = selectionStore.get().active;
  const editor = active ? sectionEditor(active) : undefined;
  if (active && editor?.selection && !Range.isCollapsed(editor.selection)) return { sectionId: active, range: editor.selection };
  return null;
}

/** "Kommentera" on the selected text; false when no text is selected. */
export function commentOnSelection(): boolean {
  const sel = selectedText();
  if (!sel) return false;
  const editor = sectionEditor(sel.sectionId)!;
  // The anchor is built in the editor's layout, where this section's comments are kept.
  const anchor = buildTextAnchor(editor.children as never, sel.sectionId, sel.range);
  if (!anchor.ok) {
    notify('error', t(anchor.error.message.includes('too long') ? 'review.errors.tooLong' : 'review.errors.selection'));
    return true;
  }
  startComment(anchor.value);
  return true;
}

function apply(r: Result<Annotation[]>): boolean {
  if (r.ok) {
    setAnnotations(r.value);
    return true;
  }
  const key = r.error.code === 'forbidden'
    ? (r.error.message.includes('replies') ? 'review.errors.hasReplies' : 'review.errors.notYours')
    : r.error.message.includes('empty') ? 'review.errors.empty' : 'review.errors.gone';
  notify('error', t(key));
  return false;
}

/** Saves the comment being composed (with the value it proposes for its field, if any). */
export function submitComment(body: string, proposal?: Proposal): boolean {
  const composer = reviewStore.get().composer;
  if (!composer) return false;
  let done = false;
  asAuthor((env) => {
    const r = addComment(reviewStore.get().annotations, env, composer.anchor, body);
    if (!r.ok) return void apply(r);
    const made = r.value.annotation;
    setAnnotations(proposal ? r.value.annotations.map((a) => (a === made ? { ...a, proposal } : a)) : r.value.annotations);
    reviewStore.set({ composer: null, activeId: r.value.annotation.id });
    done = true;
  });
  return done;
}

export function cancelComment(): void {
  reviewStore.set({ composer: null });
}

export function replyTo(threadId: string, body: string): boolean {
  let done = false;
  asAuthor((env) => {
    const r = addReply(reviewStore.get().annotations, env, threadId, body);
    done = apply(r.ok ? { ok: true, value: r.value.annotations } : r);
  });
  return done;
}

export function resolve(threadId: string, resolved: boolean): void {
  asAuthor((env) => void apply(setResolved(reviewStore.get().annotations, env, threadId, resolved)));
}

export function editThread(threadId: string, body: string, replyId?: string): boolean {
  let done = false;
  asAuthor((env) => {
    const anns = reviewStore.get().annotations;
    done = apply(replyId ? editReply(anns, env, threadId, replyId, body) : editComment(anns, env, threadId, body));
  });
  return done;
}

export function remove(threadId: string, replyId?: string): void {
  asAuthor((env) => {
    const anns = reviewStore.get().annotations;
    if (apply(replyId ? deleteReply(anns, env, threadId, replyId) : deleteComment(anns, env, threadId)) && !replyId) {
      reviewStore.set((s) => ({ activeId: s.activeId === threadId ? null : s.activeId }));
    }
  });
}
