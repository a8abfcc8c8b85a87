import { docStore } from '../state/doc-state';
import { templateSections } from '../template';
import { reviewStore } from './review-state';
import { targetSelectors } from './targets';

/**
 * Fields, rows and sections with open comments get a mark in the margin, the selected comment's
 * target a stronger one. The rules live in a constructed style sheet (the page's CSP allows no
 * inline styles), keyed on the page's own `data-kp-loc` / `data-kp-section` attributes, so rows
 * React adds later are marked too.
 */
export function installTargetMarks(): () => void {
  if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return () => {};
  const sheet = new CSSStyleSheet();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  let last = '';
  const render = () => {
    const { annotations, activeId } = reviewStore.get();
    const draft = docStore.get().draft;
    if (!draft) return;
    const sections = templateSections(draft.component);
    const open: string[] = [];
    const active: string[] = [];
    for (const a of annotations) {
      if (a.anchor.kind === 'text' || (a.resolved && a.id !== activeId)) continue;
      const [first] = targetSelectors(a.anchor, a.id, sections);
      if (!first) continue;
      (a.id === activeId ? active : open).push(first);
    }
    // A whole section gets only the line in the margin; a row or field is small enough to tint.
    const tinted = active.filter((sel) => !sel.startsWith('[data-kp-section='));
    const css = [
      open.length ? `${open.join(', ')} { box-shadow: -4px 0 0 var(--comment-line); }` : '',
      active.length ? `${active.join(', ')} { box-shadow: -6px 0 0 var(--comment-strong); }` : '',
      tinted.length ? `${tinted.join(', ')} { background: var(--comment-soft); }` : '',
    ].join('\n');
    if (css !== last) sheet.replaceSync((last = css));
  };
  const unsubs = [reviewStore.subscribe(render), docStore.subscribe(render)];
  return () => unsubs.forEach((u) => u());
}
