import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render } from '@testing-library/react';
import fc from 'fast-check';
import { createEditor, Editor, type Descendant } from 'slate';
import { Editable, ReactEditor, Slate, withReact } from 'slate-react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderChunk, renderElement, renderLeaf } from '../../../renderer/editor/render';
import type { FirstScreenLog } from '../../../renderer/first-screen/log';

// The first-screen script (renderer/public/first-screen.js) names a place in the screen's markup
// the way the draft does (section, path of the text node, offset), so what is typed there lands on
// the same place in the app's editor. Checked against slate-react's own mapping of its DOM, over
// random drafts: marks, links, lists, empty paragraphs, chunked blocks, text split into several
// leaves (as findings split it), text outside the BMP.

const SCRIPT = readFileSync(join(__dirname, '../../../renderer/public/first-screen.js'), 'utf8');

const text = fc.record({
  text: fc.string({ unit: fc.constantFrom('a', 'ö', ' ', 'Å', '😀', 'e\u0301', '–'), maxLength: 12 }),
  bold: fc.option(fc.constant(true), { nil: undefined }),
  italic: fc.option(fc.constant(true), { nil: undefined }),
});
const inline = fc.oneof({ weight: 4, arbitrary: text }, { weight: 1, arbitrary: text.map((t) => ({ type: 'link', url: 'https://icld.se', children: [t] })) });
const paragraph = fc.array(inline, { minLength: 1, maxLength: 4 }).map((children) => ({ type: 'paragraph', children }));
const list = fc.array(fc.array(text, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 })
  .map((items) => ({ type: 'bulleted-list', children: items.map((children) => ({ type: 'list-item', children })) }));
const draftText = fc.array(fc.oneof({ weight: 3, arbitrary: paragraph }, { weight: 1, arbitrary: list }), { minLength: 1, maxLength: 8 });

function editorOf(value: Descendant[]): ReactEditor {
  const editor = withReact(createEditor());
  const { isInline } = editor;
  editor.isInline = (el) => (el as { type?: string }).type === 'link' || isInline(el);
  // Small chunks, so that blocks sit inside chunk wrappers as in a long section.
  editor.getChunkSize = (node) => (Editor.isEditor(node) ? 3 : null);
  editor.children = value;
  Editor.normalize(editor, { force: true });
  return editor;
}

const leafTexts = (root: Element): Text[] => {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.parentElement?.closest('[data-slate-string], [data-slate-zero-width]')) out.push(n as Text);
  return out;
};

/** The editor's markup as a first screen holds it, with the script that reads it loaded. */
function firstScreenOf(editorEl: Element): { log: FirstScreenLog; root: HTMLElement } {
  const root = document.createElement('div');
  root.id = 'kp-first-screen';
  root.dataset.kpPanelOpen = String(window.innerWidth >= 1100);
  root.innerHTML = `<section class="kp-section kind-text" data-kp-section="summary">${editorEl.outerHTML}</section>`;
  document.body.prepend(root);
  new Function(SCRIPT)();
  return { log: (window as unknown as { __kpFirstScreen: FirstScreenLog }).__kpFirstScreen, root };
}

/** Find matches split a text into several leaves, as findings and comments do. */
const decorate = ([node, path]: [unknown, number[]]) => {
  const t = (node as { text?: string }).text;
  return typeof t === 'string' && t.length >= 2 ? [{ anchor: { path, offset: 1 }, focus: { path, offset: Math.min(3, t.length) }, kpFind: true }] : [];
};

afterEach(() => {
  cleanup();
  document.getElementById('kp-first-screen')?.remove();
});

describe('the first screen names places as the draft does', () => {
  it('maps every position in the text to the point slate-react maps it to', () => {
    fc.assert(
      fc.property(draftText, fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 10 }), (value, picks) => {
        const editor = editorOf(value as Descendant[]);
        const { container, unmount } = render(<Slate editor={editor} initialValue={editor.children}><Editable renderElement={renderElement} renderLeaf={renderLeaf} renderChunk={renderChunk} decorate={decorate as never} /></Slate>);
        const live = container.querySelector('[data-slate-editor]')!;
        const { log, root } = firstScreenOf(live);
        try {
          const liveTexts = leafTexts(live);
          const screenTexts = leafTexts(root);
          expect(screenTexts.length).toBe(liveTexts.length);
          for (const [i, o] of picks) {
            const n = i % liveTexts.length;
            const offset = o % (liveTexts[n]!.data.length + 1);
            const expected = ReactEditor.toSlatePoint(editor, [liveTexts[n]!, offset], { exactMatch: false, suppressThrow: true });
            expect(log.pointOf(screenTexts[n]!, offset)).toEqual({ section: 'summary', path: expected!.path, offset: expected!.offset });
          }
        } finally {
          root.remove();
          unmount();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('names nothing outside a section\'s text (a heading, a field)', () => {
    const editor = editorOf([{ type: 'paragraph', children: [{ text: 'Utmaning' }] }] as Descendant[]);
    const { container } = render(<Slate editor={editor} initialValue={editor.children}><Editable renderElement={renderElement} renderLeaf={renderLeaf} /></Slate>);
    const { log, root } = firstScreenOf(container.querySelector('[data-slate-editor]')!);
    root.insertAdjacentHTML('afterbegin', '<h2>Sammanfattning</h2>');
    expect(log.pointOf(root.querySelector('h2')!.firstChild!, 3)).toBeNull();
  });
});
