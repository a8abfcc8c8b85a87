/**
 * The window's first screen, as markup to keep (see README.md): the editor screen as it is now,
 * with the document cut where the window's view of it ends (a little beyond: a short scroll or a
 * taller window still finds text). What is only there for a moment (messages, the find bar, a
 * drawn caret, dialogs) is left out, and nothing in it can act: no ids, no inline styles (the
 * page's policy would refuse them), fields read-only.
 */

/** How far below the view the document is kept, in views. */
const KEPT_VIEWS = 1.5;
const TRANSIENT = '.kp-notice, .kp-find-bar, .kp-selection-comment, .kp-review-caret, [role="dialog"], [data-slate-placeholder], .kp-sr-only';

const slateParent = (n: Element) => n.parentElement?.closest('[data-slate-node]') ?? null;
/** The top-level blocks of an editor, in order (whatever chunks wrap them). */
const topBlocks = (editor: Element) => [...editor.querySelectorAll('[data-slate-node="element"]')].filter((b) => slateParent(b) === editor);

/** The column's sections that start within `limit` px of its top, the last of them cut at `limit`. */
function cutColumn(column: Element, limit: number): HTMLElement {
  const top = column.getBoundingClientRect().top;
  const cut = column.cloneNode(false) as HTMLElement;
  for (const part of column.children) {
    if (part.getBoundingClientRect().top - top > limit) break;
    const copy = part.cloneNode(true) as HTMLElement;
    copyFieldValues(part, copy);
    const editors = part.querySelectorAll('[data-slate-editor]');
    const copies = copy.querySelectorAll('[data-slate-editor]');
    editors.forEach((editor, i) => {
      const below = topBlocks(editor).findIndex((b) => b.getBoundingClientRect().top - top > limit);
      if (below >= 0) for (const b of topBlocks(copies[i]!).slice(below)) b.remove();
    });
    cut.append(copy);
  }
  return cut;
}

/**
 * How much of the column is kept: a view and a half, and at least the first view of the first
 * text section, where a draft opened to write in is typed into first (it may start below a tall
 * header).
 */
function keptHeight(column: Element, view: number): number {
  const text = column.querySelector(':scope > .kp-section.kind-text');
  const textTop = text ? text.getBoundingClientRect().top - column.getBoundingClientRect().top : 0;
  return Math.max(view * KEPT_VIEWS, textTop + view);
}

/** Values typed into fields live in properties, not in the markup a copy takes along. */
function copyFieldValues(from: Element, to: Element): void {
  const fields = from.querySelectorAll('input, textarea, select');
  const copies = to.querySelectorAll('input, textarea, select');
  fields.forEach((field, i) => {
    const copy = copies[i]!;
    if (field instanceof HTMLInputElement) {
      if (field.type === 'checkbox' || field.type === 'radio') copy.toggleAttribute('checked', field.checked);
      else copy.setAttribute('value', field.value);
    } else if (field instanceof HTMLTextAreaElement) copy.textContent = field.value;
    else if (field instanceof HTMLSelectElement) copy.querySelectorAll('option').forEach((o, j) => o.toggleAttribute('selected', j === field.selectedIndex));
  });
}

function inert(screen: HTMLElement): void {
  for (const el of screen.querySelectorAll(TRANSIENT)) el.remove();
  // Editable only once the first-screen script is there to keep what is typed (it turns them back on).
  for (const el of screen.querySelectorAll('[data-slate-editor][contenteditable="true"]')) {
    el.setAttribute('contenteditable', 'false');
    el.setAttribute('data-kp-editable', '');
  }
  for (const el of [screen, ...screen.querySelectorAll('*')]) {
    el.removeAttribute('id');
    el.removeAttribute('style');
    if (el.matches('input, textarea')) el.setAttribute('readonly', '');
  }
}

/** The editor screen's markup, or null when there is no editor screen to keep. */
export function captureFirstScreen(): string | null {
  const screen = document.querySelector('#root .kp-editor-screen');
  const doc = screen?.querySelector('.kp-document');
  const column = doc?.querySelector('.kp-document-column');
  if (!screen || !doc || !column) return null;
  const copy = screen.cloneNode(false) as HTMLElement;
  for (const part of screen.children) {
    if (part === doc) {
      const docCopy = doc.cloneNode(false) as HTMLElement;
      docCopy.append(cutColumn(column, keptHeight(column, doc.clientHeight)));
      copy.append(docCopy);
    } else {
      const partCopy = part.cloneNode(true) as HTMLElement;
      copyFieldValues(part, partCopy);
      copy.append(partCopy);
    }
  }
  inert(copy);
  return copy.outerHTML;
}
