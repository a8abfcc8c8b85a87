import { createEditor, Editor, type Descendant } from 'slate';
import { HistoryEditor, withHistory } from 'slate-history';
import { withReact } from 'slate-react';
import type { Draft } from '../../core/draft/schema';
import type { RichText } from '../../core/draft/rich-text';
import { emptyRichText } from '../../core/draft/rich-text';
import { fromEditorValue, toEditorValue } from '../../core/editor/convert';
import { withDraftSchema } from '../../core/editor/with-draft-schema';
import type { TemplateSection } from '../../core/template/schema';
import { withLists } from './with-lists';
import { withPaste, type PasteNotice } from './with-paste';
import { CHUNK_SIZE } from './chunk-size';
import { withDocHistory } from './with-doc-history';
import { clearHistory } from '../state/doc-history';
import { withSuggestions, type SuggestionOptions } from '../../core/review/with-suggestions';

/**
 * The Slate editors of the open draft, one per text section. Each section's text lives only in
 * its editor; the saved draft is assembled on demand, reusing conversions of unchanged sections.
 */

interface Entry {
  editor: Editor;
  cache: { children: Descendant[]; value: RichText } | null;
  editedAt: number;
  /** Structure repaired by the schema plugin (see ensureSectionEditor). */
  normalized: boolean;
}

const entries = new Map<string, Entry>();
let pasteNotice: PasteNotice = () => {};
let lastFocused: string | null = null;
// Suggestion mode belongs to the review features, which install it at start.
let suggestions: SuggestionOptions = { context: () => null, refused: () => {} };

export function setPasteNotice(fn: PasteNotice): void {
  pasteNotice = fn;
}

/** Where the editors learn whether typing is suggested, and by whom (set once, at start). */
export function setSuggestionOptions(o: SuggestionOptions): void {
  suggestions = o;
}

function buildEditor(id: string): Editor {
  const editor = withSuggestions(withDraftSchema(withLists(withPaste(withDocHistory(withHistory(withReact(createEditor())), id, sectionEditor), (d) => pasteNotice(d)))), {
    context: () => suggestions.context(),
    refused: (what) => suggestions.refused(what),
  });
  editor.getChunkSize = (node) => (Editor.isEditor(node) ? CHUNK_SIZE : null);
  return editor;
}

/**
 * Creates fresh editors for the text sections of a draft (history starts empty). Each editor is
 * normalised when its section is first shown (ensureSectionEditor), so opening a long draft
 * doesn't wait for sections further down.
 */
export function loadSectionEditors(draft: Draft, sections: TemplateSection[]): void {
  entries.clear();
  lastFocused = null;
  clearHistory();
  for (const s of sections) {
    if (s.kind !== 'text') continue;
    const editor = buildEditor(s.id);
    editor.children = toEditorValue(draft.sections[s.id] ?? emptyRichText());
    entries.set(s.id, { editor, cache: null, editedAt: 0, normalized: false });
  }
}

export function sectionEditor(id: string): Editor | undefined {
  return entries.get(id)?.editor;
}

/** The editor of a section, ready to render: created on first use (a component change can add text sections), normalised once. */
export function ensureSectionEditor(id: string, stored: RichText | undefined): Editor {
  let e = entries.get(id);
  if (!e) {
    const editor = buildEditor(id);
    editor.children = toEditorValue(stored ?? emptyRichText());
    e = { editor, cache: null, editedAt: 0, normalized: false };
    entries.set(id, e);
  }
  if (!e.normalized) {
    e.normalized = true;
    // A repair of the loaded structure is neither an edit (no unsaved marker) nor an undo step.
    const { editor } = e;
    HistoryEditor.withoutSaving(editor, () => Editor.normalize(editor, { force: true }));
    editor.operations = [];
  }
  return e.editor;
}

export function sectionIds(): string[] {
  return [...entries.keys()];
}

/** The stored form of one section's current text. */
export function sectionValue(id: string): RichText | undefined {
  const e = entries.get(id);
  if (!e) return undefined;
  if (e.cache?.children !== e.editor.children) e.cache = { children: e.editor.children, value: fromEditorValue(e.editor.children) };
  return e.cache.value;
}

export function noteSectionEdited(id: string): void {
  const e = entries.get(id);
  if (e) e.editedAt = Date.now();
  lastFocused = id;
}

export function noteSectionFocused(id: string): void {
  lastFocused = id;
}

/** The section whose text changed most recently, with the time. */
export function lastEditedSection(): { id: string; at: number } | null {
  let best: { id: string; at: number } | null = null;
  for (const [id, e] of entries) if (e.editedAt > (best?.at ?? 0)) best = { id, at: e.editedAt };
  return best;
}

export function lastFocusedSection(): string | null {
  return lastFocused;
}

/** Every section editor's text with its undo history: what a whole-draft change (restoring a version) replaces. */
export type SectionTexts = ReadonlyMap<string, { children: Descendant[]; history: HistoryEditor['history']; normalized: boolean; editedAt: number }>;

export function takeSectionTexts(): SectionTexts {
  return new Map([...entries].map(([id, e]) => [id, { children: e.editor.children, history: e.editor.history, normalized: e.normalized, editedAt: e.editedAt }]));
}

/** The text of `draft` as section editors would hold it freshly loaded: no history yet. */
export function sectionTextsOf(draft: Draft): SectionTexts {
  return new Map(Object.entries(draft.sections).map(([id, value]) => [id, { children: toEditorValue(value), history: { undos: [], redos: [] }, normalized: false, editedAt: 0 }]));
}

/**
 * Puts texts (and their histories) into the section editors, keeping the editor objects; sections
 * not in `texts` lose their editor. The document must be mounted afresh afterwards (a new generation).
 */
export function putSectionTexts(texts: SectionTexts): void {
  for (const id of [...entries.keys()]) if (!texts.has(id)) entries.delete(id);
  for (const [id, t] of texts) {
    let e = entries.get(id);
    if (!e) entries.set(id, (e = { editor: buildEditor(id), cache: null, editedAt: 0, normalized: false }));
    e.editor.children = t.children;
    e.editor.history = t.history;
    e.editor.selection = null;
    e.editor.operations = [];
    e.cache = null;
    e.editedAt = t.editedAt;
    e.normalized = t.normalized;
  }
}

/** The complete draft: structured fields plus every section's current text. */
export function assembleDraft(fields: Draft, now: Date = new Date()): Draft {
  const sections: Draft['sections'] = { ...fields.sections };
  for (const id of entries.keys()) sections[id] = sectionValue(id)!;
  return { ...fields, sections, modifiedAt: now.toISOString() };
}
