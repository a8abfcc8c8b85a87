import { useCallback, useMemo } from 'react';
import { useTextLanguage } from './spelling';
import { Range, type NodeEntry } from 'slate';
import { Editable, ReactEditor, Slate, type RenderLeafProps } from 'slate-react';
import { useTranslation } from 'react-i18next';
import { severityRank, type Finding } from '../../core/rules/finding';
import type { TemplateSection } from '../../core/template/schema';
import { findingsStore } from '../findings/findings-state';
import { useStore } from '../state/create-store';
import { docStore, markTextChanged } from '../state/doc-state';
import { selectionStore } from '../state/selection-state';
import { handleEditorKey } from './keys';
import { scrollCaretIntoView } from './scroll-caret';
import { pointAfterWords, rangeForOffsets } from './offsets';
import { statsStore } from './stats';
import { findStore } from './find';
import { packView } from '../rules/engine';
import { Editor } from 'slate';
import { renderChunk, renderElement, renderLeaf } from './render';
import { ensureSectionEditor, noteSectionEdited, noteSectionFocused } from './session';
import { handleSelectionKey, pasteAsSuggestion, placeCaretAtStart, trackCommentAnchors, takeTypedText, useCommentRanges, useIsReviewer, useIsSuggesting, useSuggestionView } from '../review';
import { RuleRef } from '../findings/rule-ref';

function textFindingSignature(findings: readonly Finding[], sectionId: string): string {
  let sig = '';
  findings.forEach((f, i) => {
    const loc = f.location;
    if (loc.kind === 'section' && loc.sectionId === sectionId && loc.range) sig += `${i}:${f.severity}:${loc.range.start}-${loc.range.end}|`;
  });
  return sig;
}

type MarkRange = Range & { kpSeverity: Finding['severity']; kpFinding: number };

const overflowStarts = new WeakMap<readonly unknown[], { words: number; point: ReturnType<typeof pointAfterWords> }>();

/** Where text passes the word limit; cached per value, as decorate and the caret both ask per keystroke. */
function overflowStart(editor: Editor, words: number): ReturnType<typeof pointAfterWords> {
  const hit = overflowStarts.get(editor.children);
  if (hit && hit.words === words) return hit.point;
  const point = pointAfterWords(editor, words);
  overflowStarts.set(editor.children, { words, point });
  return point;
}

/** The finding under the caret, spelled out below the text (keyboard users can't hover). */
function CaretFinding({ editor, ranges, sectionId }: { editor: Editor; ranges: () => MarkRange[]; sectionId: string }) {
  const { i18n } = useTranslation();
  const index = useStore(selectionStore, (s) => {
    if (s.active !== sectionId || !editor.selection) return -1;
    const at = editor.selection.focus;
    const hit = ranges().reverse().find((r) => Range.includes(r, at));
    return hit ? hit.kpFinding : -1;
  });
  const f = index >= 0 ? findingsStore.get().findings[index] : undefined;
  // A finding about the whole section (the words past a limit) is already written under it, once.
  if (!f || (f.location.kind === 'section' && !f.location.range)) return null;
  return (
    <p className={`kp-caret-finding severity-${f.severity}`} role="status" data-kp-rule={f.ruleId}>
      {f.message[i18n.language === 'en' ? 'en' : 'sv']} <RuleRef ruleId={f.ruleId} sources={f.sources} lang={i18n.language === 'en' ? 'en' : 'sv'} />
    </p>
  );
}

/** The rich-text editor of one section, with its findings underlined in place. */
export function SectionEditor({ section }: { section: TemplateSection }) {
  const { t, i18n } = useTranslation();
  const editor = ensureSectionEditor(section.id, docStore.get().draft?.sections[section.id]);
  const { lang, spellCheck } = useTextLanguage();
  // Only this section's text findings matter: the editor re-renders only when they change.
  const signature = useStore(findingsStore, (s) => textFindingSignature(s.findings, section.id));
  const findings = findingsStore.get().findings;

  const ranges = useMemo(() => {
    const out: MarkRange[] = [];
    findings.forEach((f, i) => {
      const loc = f.location;
      if (loc.kind !== 'section' || loc.sectionId !== section.id || !loc.range) return;
      const r = rangeForOffsets(editor, loc.range.start, loc.range.end);
      if (r) out.push({ ...r, kpSeverity: f.severity, kpFinding: i });
    });
    return out.sort((a, b) => severityRank[a.kpSeverity] - severityRank[b.kpSeverity]);
    // The signature stands for the findings: same signature, same ranges.
  }, [signature, editor, section.id]);

  // Text past the section's word limit is underlined with the severity its finding gets (the
  // pack view takes it from the rule's own computation), or not at all when the edition does not check it.
  const editionId = useStore(docStore, (s) => s.draft?.editionId ?? '');
  const component = useStore(docStore, (s) => s.draft?.component ?? 'project');
  // The pack view's cached object itself: a stable identity keeps `decorate` stable.
  const wordLimit = packView(editionId)?.wordLimit(component, section.id) ?? null;
  const limit = wordLimit?.severity ? wordLimit : null;
  // A flag, not the count: a new count after every check would give `decorate` a new identity,
  // and slate-react then re-decorates every node of the section.
  const over = useStore(statsStore, (s) => !!limit && (s.words[section.id] ?? 0) > limit.limit);
  // Computed from the current text (decorations are not carried along by edits), once per value.
  const overflow = useCallback((): MarkRange[] => {
    if (!limit || !over) return [];
    const start = overflowStart(editor, limit.limit);
    if (!start) return [];
    const index = findingsStore.get().findings.findIndex((f) => f.location.kind === 'section' && f.location.sectionId === section.id);
    return [{ anchor: start, focus: Editor.end(editor, []), kpSeverity: limit.severity!, kpFinding: index }];
  }, [limit, over, editor, section.id]);

  const caretRanges = useCallback(() => [...overflow(), ...ranges], [overflow, ranges]);
  // Find-bar matches in this section, highlighted; only this section's matches re-render it.
  const findSig = useStore(findStore, (s) => (s.open && s.matches.some((m) => m.sectionId === section.id) ? `${s.query}|${s.index}|${s.matches.length}` : ''));
  const findRanges = useMemo(() => {
    if (findSig === '') return [];
    const { matches, index } = findStore.get();
    return matches.flatMap((m, i) => (m.sectionId === section.id ? [{ ...m.range, kpFind: true, ...(i === index ? { kpFindCurrent: true } : {}) }] : []));
    // The signature stands for the matches.
  }, [findSig, section.id]);

  const commentRanges = useCommentRanges(section.id, editor);
  // A reviewer reads, selects and comments; with suggestion mode on they also type, as suggestions.
  const suggesting = useIsSuggesting();
  // Final and original are views of the text with its suggestions decided: nothing typed there
  // could be placed in the text as it is, so they are read-only (markup is the editing view).
  const view = useSuggestionView();
  const readOnly = (useIsReviewer() && !suggesting) || view !== 'markup';
  const decorate = useCallback(([, path]: NodeEntry) => (path.length === 0 ? [...overflow(), ...ranges, ...commentRanges, ...findRanges] : []), [overflow, ranges, commentRanges, findRanges]);

  const onChange = useCallback(() => {
    trackCommentAnchors(section.id, editor);
    const changed = editor.operations.some((op) => op.type !== 'set_selection');
    if (changed) {
      noteSectionEdited(section.id);
      markTextChanged();
    }
    selectionStore.set((s) => ({ active: section.id, tick: s.tick + 1 }));
  }, [editor, section.id]);

  // Leaves' titles (findings, suggestions) are in the UI language: a new renderLeaf redraws them when it changes.
  const leafInLanguage = useMemo(() => (props: RenderLeafProps) => renderLeaf(props), [i18n.language]);
  const title = section.title[i18n.language === 'en' ? 'en' : 'sv'];
  return (
    <Slate editor={editor} initialValue={editor.children} onChange={onChange}>
      <Editable
        className="kp-editable"
        data-kp-loc={`section:${section.id}`}
        aria-label={title}
        aria-multiline
        lang={lang}
        spellCheck={spellCheck}
        placeholder={t('sections.placeholder')}
        renderElement={renderElement}
        renderLeaf={leafInLanguage}
        renderChunk={renderChunk}
        decorate={decorate}
        scrollSelectionIntoView={scrollCaretIntoView}
        readOnly={readOnly}
        data-kp-suggestion-view={view}
        // Read-only text is reached by Tab and selected with Shift+arrows, to comment on it.
        tabIndex={readOnly ? 0 : undefined}
        onFocus={(e) => {
          if (readOnly && e.currentTarget.matches(':focus-visible')) placeCaretAtStart(editor, e.currentTarget);
          noteSectionFocused(section.id);
          selectionStore.set((s) => ({ active: section.id, focused: true, tick: s.tick + 1 }));
        }}
        // Switching to another window keeps the caret here: only a move inside the window unsets it.
        onBlur={() => document.hasFocus() && selectionStore.set((s) => ({ focused: false, tick: s.tick + 1 }))}
        onPaste={(e) => {
          // One path for every paste (HTML cleaned, plain text as paragraphs), whatever the browser.
          e.preventDefault();
          // Nothing is pasted into a reviewer's view (the lock would drop a paste's steps one by one).
          if (suggesting) pasteAsSuggestion(editor, e.clipboardData);
          else if (!readOnly) ReactEditor.insertData(editor, e.clipboardData);
        }}
        onDOMBeforeInput={(e) => takeTypedText(editor, e)}
        // Moving text by dragging is not suggested: the text stays where it is.
        onDrop={(e) => suggesting && e.preventDefault()}
        onKeyDown={(e) => {
          if (readOnly && handleSelectionKey(editor, e.currentTarget, e)) return e.preventDefault();
          if (handleEditorKey(editor, e)) e.preventDefault();
        }}
      />
      <CaretFinding editor={editor} ranges={caretRanges} sectionId={section.id} />
    </Slate>
  );
}
