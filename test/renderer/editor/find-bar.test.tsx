import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Editor } from 'slate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FindBar } from '../../../renderer/editor/find-bar';
import { sectionEditor } from '../../../renderer/editor/session';
import { installShortcuts } from '../../../renderer/actions/shortcuts';
import { runAction } from '../../../renderer/actions/registry';
import { setRole } from '../../../renderer/review/review-state';
import { replaceAll } from '../../../renderer/editor/replace';
import { newDraft, openDraft } from '../support/drafts';

const para = (text: string) => [{ type: 'paragraph' as const, children: [{ text }] }];
const text = (id: string) => Editor.string(sectionEditor(id)!, []);
const count = () => document.querySelector('.kp-find-count')!.textContent;
const findField = () => screen.getByRole('textbox', { name: 'Sök i ansökan' });
const replaceField = () => screen.queryByRole('textbox', { name: 'Ersätt med' });

let uninstall: () => void;
beforeEach(() => {
  const d = newDraft();
  openDraft({ ...d, sections: { ...d.sections, risks: para('Kalix och kalix.'), agenda2030: [...para('Kalixbor i Kalix.'), ...para('Mer om KALIX.')] } });
  uninstall = installShortcuts();
  render(<FindBar />);
});
afterEach(() => uninstall());

const openReplace = () => userEvent.keyboard('{Control>}h{/Control}');

describe('find and replace bar', () => {
  it('Ctrl+H opens it with a replace field; matches across sections, with match case and whole words', async () => {
    await openReplace();
    expect(replaceField()).toBeTruthy();
    await userEvent.type(findField(), 'Kalix');
    expect(count()).toBe('1 av 5');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Matcha gemener/versaler' }));
    expect(count()).toBe('1 av 3');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Hela ord' }));
    expect(count()).toBe('1 av 2');
    await userEvent.click(screen.getByRole('button', { name: 'Nästa träff' }));
    expect(count()).toBe('2 av 2');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Matcha gemener/versaler' }));
    expect(count()).toBe('1 av 4');
  });

  it('replaces all in every section as one step: one undo brings every section back, redo does it again', async () => {
    await openReplace();
    await userEvent.type(findField(), 'kalix');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Hela ord' }));
    await userEvent.type(replaceField()!, 'Haparanda');
    await userEvent.click(screen.getByRole('button', { name: 'Ersätt alla' }));
    expect(text('risks')).toBe('Haparanda och Haparanda.');
    expect(text('agenda2030')).toBe('Kalixbor i Haparanda.Mer om Haparanda.');
    expect(count()).toBe('4 ersatta');

    runAction('edit.undo');
    expect(text('risks')).toBe('Kalix och kalix.');
    expect(text('agenda2030')).toBe('Kalixbor i Kalix.Mer om KALIX.');
    // The bar finds the restored text again.
    await waitFor(() => expect(document.querySelectorAll('[aria-label="Nästa träff"]:disabled')).toHaveLength(0));
    runAction('edit.redo');
    expect(text('risks')).toBe('Haparanda och Haparanda.');
    expect(text('agenda2030')).toBe('Kalixbor i Haparanda.Mer om Haparanda.');
  });

  it('replaces one match at a time with Enter, going on to the next, even when the replacement holds the query', async () => {
    await openReplace();
    await userEvent.type(findField(), 'kalix');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Matcha gemener/versaler' }));
    expect(count()).toBe('1 av 1');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Matcha gemener/versaler' }));
    await userEvent.type(replaceField()!, 'kalix kommun{Enter}');
    expect(text('risks')).toBe('kalix kommun och kalix.');
    expect(count()).toBe('2 av 5');
    await userEvent.click(screen.getByRole('button', { name: 'Ersätt' }));
    expect(text('risks')).toBe('kalix kommun och kalix kommun.');
    expect(count()).toBe('3 av 5');
  });

  it("in a reviewer's locked view finds but offers no replace, and replacing does nothing", async () => {
    setRole('reviewer');
    await openReplace();
    await userEvent.type(findField(), 'Kalix');
    expect(count()).toBe('1 av 5');
    expect(replaceField()).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ersätt alla' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Visa ersätt' })).toBeNull();
    expect(replaceAll()).toBe(0);
    expect(text('risks')).toBe('Kalix och kalix.');
  });

  it('Ctrl+F opens find alone; the ▸ button shows the replace row', async () => {
    await userEvent.keyboard('{Control>}f{/Control}');
    expect(findField()).toBeTruthy();
    expect(replaceField()).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Visa ersätt' }));
    expect(replaceField()).toBeTruthy();
  });
});
