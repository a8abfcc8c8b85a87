import { mountAllSections } from './progressive-mount';
/** Alt+↑/↓: moves to the previous or next section and focuses its first field. */
export function goToSection(step: 1 | -1): void {
  const sections = [...document.querySelectorAll<HTMLElement>('[data-kp-section]')];
  if (sections.length === 0) return;
  const active = document.activeElement?.closest<HTMLElement>('[data-kp-section]');
  let index = active ? sections.indexOf(active) : -1;
  if (index < 0) {
    // Nothing focused inside a section: start from the one nearest the top of the view.
    index = sections.findIndex((s) => s.getBoundingClientRect().bottom > 80);
    if (step === 1) index -= 1;
  }
  const next = sections[Math.min(sections.length - 1, Math.max(0, index + step))];
  if (next) focusSectionElement(next);
}

/** Scrolls to a section and focuses its editor or first field. */
export function focusSectionElement(section: HTMLElement): void {
  mountAllSections();
  section.scrollIntoView({ block: 'start' });
  // The text first: a text section's heading carries buttons (copy for the web form) before it.
  const target = section.querySelector<HTMLElement>('[data-slate-editor]') ?? section.querySelector<HTMLElement>('input, select, textarea, button:not(.kp-guidance-toggle)');
  (target ?? section.querySelector<HTMLElement>('h2'))?.focus({ preventScroll: true });
}

/** Jumps to a section by id (sidebar). */
export function goToSectionId(id: string): void {
  const el = document.querySelector<HTMLElement>(`[data-kp-section="${CSS.escape(id)}"]`);
  if (el) focusSectionElement(el);
}
