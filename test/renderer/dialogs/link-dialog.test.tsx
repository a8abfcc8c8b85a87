import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Editor, Transforms, type BaseRange } from 'slate';
import { describe, expect, it } from 'vitest';
import type { InlineNode, RichText } from '../../../core/draft/rich-text';
import { DialogHost } from '../../../renderer/dialogs/dialog-host';
import { openLinkDialog } from '../../../renderer/editor/link-command';
import { sectionEditor, sectionValue } from '../../../renderer/editor/session';
import { selectionStore } from '../../../renderer/state/selection-state';
import { newDraft, openDraft } from '../support/drafts';

const TEXT = 'Läs mer på ICLD:s webbplats om partnerskapet.';
const WORDS = 'ICLD:s webbplats';

/** Opens a draft whose summary holds `children`, selects `at` in it and gives the link command (Ctrl+K). */
async function openLinkOn(children: InlineNode[], at: (e: Editor) => BaseRange) {
  const draft = newDraft();
  openDraft({ ...draft, sections: { ...draft.sections, summary: [{ type: 'paragraph', children }] } });
  const editor = sectionEditor('summary')!;
  Transforms.select(editor, at(editor));
  selectionStore.set({ active: 'summary' });
  render(<DialogHost />);
  openLinkDialog();
  return screen.findByRole('dialog');
}

const words = (): BaseRange => {
  const start = TEXT.indexOf(WORDS);
  return { anchor: { path: [0, 0], offset: start }, focus: { path: [0, 0], offset: start + WORDS.length } };
};

/** The links in the summary's text, as the document will have them. */
function links(): Array<{ url: string; text: string }> {
  const value = sectionValue('summary') as RichText;
  return value.flatMap((b) => ('children' in b ? b.children : []) as InlineNode[])
    .filter((n): n is Extract<InlineNode, { type: 'link' }> => 'type' in n && n.type === 'link')
    .map((l) => ({ url: l.url, text: l.children.map((c) => c.text).join('') }));
}

const url = () => screen.getByRole('textbox', { name: 'Webbadress' }) as HTMLInputElement;

describe('link dialog', () => {
  it('makes the selected words a link, with https:// added to a bare address', async () => {
    const dialog = await openLinkOn([{ text: TEXT }], words);
    expect(dialog.getAttribute('aria-label')).toBe('Infoga länk');
    expect(within(dialog).queryByRole('textbox', { name: 'Text som visas' })).toBeNull();

    await userEvent.type(url(), 'www.icld.se');
    await userEvent.click(within(dialog).getByRole('button', { name: 'OK' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(links()).toEqual([{ url: 'https://www.icld.se', text: WORDS }]);
  });

  it('refuses a javascript: address, says why, and keeps the dialog and the typed address', async () => {
    const dialog = await openLinkOn([{ text: TEXT }], words);

    await userEvent.type(url(), 'javascript:alert(1)');
    await userEvent.click(within(dialog).getByRole('button', { name: 'OK' }));

    const problem = within(dialog).getByRole('alert');
    expect(problem.textContent).toBe('Länkar som börjar med ”javascript:” går inte att spara. En länk kan gå till en webbsida (https:// eller http://) eller en e-postadress (mailto:).');
    expect(url().value).toBe('javascript:alert(1)');
    expect(url().getAttribute('aria-invalid')).toBe('true');
    expect(links()).toEqual([]);

    await userEvent.type(url(), 'x');
    expect(within(dialog).queryByRole('alert')).toBeNull();
  });

  it('asks for the text to show when nothing is selected, and inserts it as the link', async () => {
    const dialog = await openLinkOn([{ text: 'Kontakt: ' }], (e) => Editor.range(e, Editor.end(e, [])));

    await userEvent.type(url(), 'info@icld.se');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Text som visas' }), 'ICLD');
    await userEvent.keyboard('{Enter}');

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(links()).toEqual([{ url: 'mailto:info@icld.se', text: 'ICLD' }]);
  });

  it('shows the address of the link at the caret and removes the link, keeping its words', async () => {
    const link = { type: 'link' as const, url: 'https://www.icld.se', children: [{ text: WORDS }] };
    const dialog = await openLinkOn([{ text: 'Läs mer på ' }, link, { text: ' om partnerskapet.' }], () => ({ anchor: { path: [0, 1, 0], offset: 3 }, focus: { path: [0, 1, 0], offset: 3 } }));
    expect(dialog.getAttribute('aria-label')).toBe('Redigera länk');
    expect(url().value).toBe('https://www.icld.se');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Ta bort länk' }));

    expect(links()).toEqual([]);
    expect(Editor.string(sectionEditor('summary')!, [])).toBe(TEXT);
  });

  it('changes nothing on Avbryt', async () => {
    const dialog = await openLinkOn([{ text: TEXT }], words);

    await userEvent.type(url(), 'www.icld.se');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(links()).toEqual([]);
  });
});
