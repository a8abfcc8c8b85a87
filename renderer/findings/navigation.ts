import { Editor, Transforms } from 'slate';
import { ReactEditor } from 'slate-react';
import type { Finding } from '../../core/rules/finding';
import { sectionEditor } from '../editor/session';
import { rangeForOffsets } from '../editor/offsets';
import { findingsStore } from './findings-state';
import { locationKey } from './locations';
import { mountAllSections } from '../layout/progressive-mount';
import { docStore } from '../state/doc-state';
import { templateSections } from '../template';
import { nextInPanelOrder } from './panel-order';

function elementFor(key: string): HTMLElement | null {
  const exact = document.querySelector<HTMLElement>(`[data-kp-loc="${CSS.escape(key)}"]`);
  if (exact) return exact;
  // A partner/budget field without a specific input: the first marked part of that item.
  const prefix = key.split(':').slice(0, 2).join(':');
  const near = document.querySelector<HTMLElement>(`[data-kp-loc^="${CSS.escape(prefix)}"]`);
  if (near) return near;
  // Findings about a whole card (team, core areas) point at the section itself.
  if (key.startsWith('section:')) return document.querySelector<HTMLElement>(`[data-kp-section="${CSS.escape(key.slice(8))}"]`);
  return key.startsWith('budget') ? document.querySelector<HTMLElement>('[data-kp-section="budget"]') : null;
}

function focusable(el: HTMLElement): HTMLElement {
  if (el.matches('input, select, textarea, button, [contenteditable="true"], [tabindex]')) return el;
  return el.querySelector<HTMLElement>('input, select, textarea, [contenteditable="true"], button:not(.kp-guidance-toggle)') ?? el;
}

/** Scrolls to a finding's place and puts the keyboard focus there. */
export function focusFinding(f: Finding, index?: number): void {
  mountAllSections();
  if (index !== undefined) findingsStore.set({ cursor: index });
  const loc = f.location;
  if (loc.kind === 'section') {
    const editor = sectionEditor(loc.sectionId);
    if (editor) {
      const el = elementFor(`section:${loc.sectionId}`);
      el?.scrollIntoView({ block: 'center' });
      ReactEditor.focus(editor);
      const range = loc.range ? rangeForOffsets(editor, loc.range.start, loc.range.end) : null;
      Transforms.select(editor, range ?? Editor.start(editor, []));
      return;
    }
  }
  const el = elementFor(locationKey(loc));
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  const target = focusable(el);
  if (!target.matches('input, select, textarea, button, [contenteditable="true"]') && !target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.focus({ preventScroll: true });
}

/** F8: the next finding in the problems panel's order after the last one visited, wrapping around. */
export function goToNextProblem(): void {
  const { findings, cursor } = findingsStore.get();
  const component = docStore.get().draft?.component;
  if (!component) return;
  const next = nextInPanelOrder(findings, templateSections(component).map((s) => s.id), cursor);
  if (next !== null) focusFinding(findings[next]!, next);
}
