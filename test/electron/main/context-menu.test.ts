import { describe, expect, it, vi } from 'vitest';
import * as electron from 'electron';
import type { MenuItemConstructorOptions, WebContents } from 'electron';
import { buildContextMenu, installContextMenu, type ContextMenuInput } from '../../../electron/main/context-menu';
import { stringsFor } from '../../../electron/main/strings';
import { FakeWebContents, type FakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());
const fake = electron as unknown as FakeElectron;

type Item = MenuItemConstructorOptions;
const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
const params = (over: Partial<ContextMenuInput> = {}): ContextMenuInput => ({
  misspelledWord: '', dictionarySuggestions: [], isEditable: true, selectionText: '', editFlags: flags, ...over,
});
const actions = () => ({ replaceMisspelling: vi.fn(), addToDictionary: vi.fn() });
const labels = (items: Item[]) => items.map((i) => (i.type === 'separator' ? '—' : i.label));
const click = (item: Item | undefined) => (item!.click as unknown as () => void)();

describe('the right-click menu', () => {
  it('offers a misspelled word’s suggestions first; choosing one replaces the word', () => {
    const act = actions();
    const menu = buildContextMenu(params({ misspelledWord: 'kommunn', dictionarySuggestions: ['kommun', 'kommuner'] }), stringsFor('sv'), act);
    expect(labels(menu)).toEqual(['kommun', 'kommuner', '—', 'Lägg till i ordlistan', '—', 'Klipp ut', 'Kopiera', 'Klistra in', '—', 'Markera allt']);
    click(menu[1]);
    expect(act.replaceMisspelling).toHaveBeenCalledWith('kommuner');
    expect(act.addToDictionary).not.toHaveBeenCalled();
  });

  it('adds the misspelled word itself to the dictionary (“Add to Dictionary”)', () => {
    const act = actions();
    const menu = buildContextMenu(params({ misspelledWord: 'Masaka', dictionarySuggestions: ['Masala'] }), stringsFor('en'), act);
    click(menu.find((i) => i.label === 'Add to Dictionary'));
    expect(act.addToDictionary).toHaveBeenCalledWith('Masaka');
    expect(act.replaceMisspelling).not.toHaveBeenCalled();
  });

  it('says there are no suggestions rather than showing none, and shows at most five', () => {
    const none = buildContextMenu(params({ misspelledWord: 'xqzv' }), stringsFor('en'), actions());
    expect(none[0]).toMatchObject({ label: 'No Spelling Suggestions', enabled: false });
    const many = buildContextMenu(params({ misspelledWord: 'ab', dictionarySuggestions: ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7'] }), stringsFor('en'), actions());
    expect(labels(many).slice(0, 6)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', '—']);
  });

  it('gives editable text the clipboard commands, enabled as the page says', () => {
    const menu = buildContextMenu(params({ editFlags: { ...flags, canCut: false, canCopy: false } }), stringsFor('en'), actions());
    expect(menu.map((i) => i.role ?? i.type)).toEqual(['cut', 'copy', 'paste', 'separator', 'selectAll']);
    expect(menu.find((i) => i.role === 'cut')?.enabled).toBe(false);
    expect(menu.find((i) => i.role === 'paste')?.enabled).toBe(true);
  });

  it('offers only Copy for selected read-only text (a reviewer’s view), and nothing for a plain click there', () => {
    expect(buildContextMenu(params({ isEditable: false, selectionText: 'Risker' }), stringsFor('en'), actions()).map((i) => i.role)).toEqual(['copy']);
    expect(buildContextMenu(params({ isEditable: false }), stringsFor('en'), actions())).toEqual([]);
    // A misspelling outside editable text (none should be reported there) adds no spelling items.
    expect(buildContextMenu(params({ isEditable: false, misspelledWord: 'x', selectionText: 'x' }), stringsFor('en'), actions())).toHaveLength(1);
  });

  it('is shown on the page’s context-menu event; its suggestion replaces the word in that page', () => {
    const contents = new FakeWebContents();
    const addWord = vi.fn();
    installContextMenu(contents as unknown as WebContents, () => stringsFor('en'), addWord);
    contents.emit('context-menu', {}, { ...params({ misspelledWord: 'budgett', dictionarySuggestions: ['budget'] }) });
    const built = fake.Menu.buildFromTemplate.mock.results.at(-1)!.value as { template: Item[]; popup: ReturnType<typeof vi.fn> };
    expect(built.popup).toHaveBeenCalled();
    click(built.template[0]);
    expect(contents.replaced).toEqual(['budget']);
    click(built.template.find((i) => i.label === 'Add to Dictionary'));
    expect(addWord).toHaveBeenCalledWith('budgett');
  });
});
