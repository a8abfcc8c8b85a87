import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { ActionId } from '../../../core/ipc/actions';
import { buildMenuTemplate, type MenuInput } from '../../../electron/main/menu';
import { stringsFor } from '../../../electron/main/strings';
import { KEYBINDINGS, type KeyCommand } from '../../../core/ipc/keybindings';
import { menuAccelerator } from '../../../core/ipc/key-labels';

type Item = MenuItemConstructorOptions;

function build(over: Partial<MenuInput> = {}) {
  const input: MenuInput = {
    platform: 'linux',
    strings: stringsFor('en'),
    recent: [],
    withDevTools: false,
    dispatch: vi.fn(),
    openRecent: vi.fn(),
    clearRecent: vi.fn(),
    ...over,
  };
  return { template: buildMenuTemplate(input), input };
}
const submenu = (item: Item | undefined) => (item?.submenu ?? []) as Item[];
const top = (template: Item[], id: string) => template.find((m) => m.id === id);
const click = (item: Item) => (item.click as unknown as () => void)();
const walk = (items: Item[]): Item[] => items.flatMap((i) => [i, ...walk(submenu(i))]);

describe('the native menu', () => {
  it('has File: New, Open…, Import Word Document…, Open for Review…, Open Recent, Save, Save As…, Versions…, Export Word…, Export Budget (.xlsx)…, Ready to submit?, Form view, Import Comments and Suggestions…, Insert from an Earlier Application…, Quit', () => {
    const file = submenu(top(build().template, 'file'));
    expect(file.filter((i) => i.type !== 'separator').map((i) => i.label)).toEqual([
      'New Draft',
      'Open…',
      'Import Word Document…',
      'Open for Review…',
      'Open Recent',
      'Save',
      'Save As…',
      'Versions…',
      'Export Word…',
      'Export Budget (.xlsx)…',
      'Ready to submit?',
      'Form view',
      'Import Comments and Suggestions from Reviewers’ Copies…',
      'Insert from an Earlier Application…',
      'Quit',
    ]);
    expect(file.find((i) => i.label === 'Quit')?.role).toBe('quit');
  });

  it('has Edit, View and Help menus', () => {
    expect(build().template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it('sends the named action of every command item, the same ids the toolbar and shortcuts use', () => {
    const { template, input } = build();
    const commands = walk(template).filter((i) => ActionId.safeParse(i.id).success);
    for (const item of commands) click(item);
    const sent = (input.dispatch as ReturnType<typeof vi.fn>).mock.calls.map((c) => c[0]);
    expect(sent).toEqual(commands.map((i) => i.id));
    expect(sent).toEqual(
      expect.arrayContaining(['draft.new', 'draft.open', 'draft.save', 'draft.saveAs', 'draft.versions', 'draft.export', 'edit.undo', 'edit.redo', 'help.about']),
    );
    for (const id of sent) expect(ActionId.options).toContain(id);
  });

  it('shows the platform shortcuts, leaving the keys themselves to the renderer on Windows and Linux', () => {
    const items = walk(build().template);
    const save = items.find((i) => i.id === 'draft.save');
    expect(save).toMatchObject({ accelerator: 'CmdOrCtrl+S', registerAccelerator: false });
    expect(items.find((i) => i.id === 'draft.saveAs')?.accelerator).toBe('CmdOrCtrl+Shift+S');
    expect(items.find((i) => i.id === 'edit.redo')?.accelerator).toBe('Ctrl+Y');
    expect(items.find((i) => i.id === 'edit.link')).toMatchObject({ label: 'Link…', accelerator: 'CmdOrCtrl+K' });
    expect(items.find((i) => i.id === 'edit.find')).toMatchObject({ label: 'Find…', accelerator: 'CmdOrCtrl+F' });
    expect(items.find((i) => i.id === 'edit.replace')).toMatchObject({ label: 'Find and replace…', accelerator: 'Ctrl+H' });
    const mac = walk(build({ platform: 'darwin' }).template);
    expect(mac.find((i) => i.id === 'edit.redo')?.accelerator).toBe('Cmd+Shift+Z');
    // ⌘H is the app menu's Hide on a Mac: find and replace is ⌥⌘F there, and no two items share an accelerator.
    expect(mac.find((i) => i.id === 'edit.replace')?.accelerator).toBe('Cmd+Alt+F');
    const macAccelerators = mac.map((i) => i.accelerator).filter(Boolean);
    expect(new Set(macAccelerators).size).toBe(macAccelerators.length);
  });

  it('takes every accelerator from the key bindings, and shows one for every bound command it has', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const mac = platform === 'darwin';
      const items = walk(build({ platform }).template).filter((i) => i.id);
      for (const item of items) {
        const bound = KEYBINDINGS.some((b) => b.command === item.id);
        expect({ id: item.id, accelerator: item.accelerator }).toEqual({ id: item.id, accelerator: bound ? menuAccelerator(item.id as KeyCommand, mac) : undefined });
      }
      expect(walk(build({ platform }).template).filter((i) => i.accelerator && !i.id)).toEqual([]);
    }
    expect(walk(build().template).find((i) => i.role === 'quit')?.accelerator).toBe('Ctrl+Q');
    expect(walk(build().template).find((i) => i.id === 'review.comment')?.accelerator).toBe('CmdOrCtrl+Alt+M');
  });

  it('speaks Swedish when the UI language is Swedish', () => {
    const { template } = build({ strings: stringsFor('sv') });
    expect(template.map((m) => m.label)).toEqual(['&Arkiv', '&Redigera', '&Visa', '&Hjälp']);
    expect(submenu(top(template, 'file')).map((i) => i.label)).toContain('Spara som…');
  });

  it('on macOS has the app menu with Quit, a Window menu, and no mnemonic ampersands', () => {
    const { template } = build({ platform: 'darwin' });
    expect(template[0]?.label).toBe('KP Drafter');
    expect(submenu(template[0]).some((i) => i.role === 'quit')).toBe(true);
    expect(submenu(top(template, 'file')).some((i) => i.role === 'quit')).toBe(false);
    expect(template.some((m) => m.role === 'windowMenu')).toBe(true);
    expect(walk(template).every((i) => !i.label?.includes('&'))).toBe(true);
  });

  it('lists recent files; choosing one opens it, and the list can be cleared', () => {
    const { template, input } = build({
      recent: [{ path: '/home/u/gavle.kpdraft', title: 'Gävle–Kisumu', modifiedAt: '2026-01-01T00:00:00Z' }],
    });
    const recent = submenu(submenu(top(template, 'file')).find((i) => i.id === 'file.recent'));
    expect(recent[0]?.label).toBe('Gävle–Kisumu — gavle.kpdraft');
    click(recent[0]!);
    expect(input.openRecent).toHaveBeenCalledWith('/home/u/gavle.kpdraft');
    click(recent.find((i) => i.id === 'recent.clear')!);
    expect(input.clearRecent).toHaveBeenCalled();
    const empty = submenu(submenu(top(build().template, 'file')).find((i) => i.id === 'file.recent'));
    expect(empty).toEqual([{ label: 'No Recent Files', enabled: false }]);
  });

  it('has Settings… with Ctrl/⌘+, — in the app menu on macOS (“Inställningar…”), at the end of Edit elsewhere', () => {
    const mac = build({ platform: 'darwin', strings: stringsFor('sv') });
    const appMenu = submenu(mac.template[0]);
    expect(appMenu.find((i) => i.id === 'app.settings')).toMatchObject({ label: 'Inställningar…', accelerator: 'CmdOrCtrl+,' });
    expect(submenu(top(mac.template, 'edit')).some((i) => i.id === 'app.settings')).toBe(false);
    for (const platform of ['linux', 'win32'] as const) {
      const { template, input } = build({ platform });
      const edit = submenu(top(template, 'edit'));
      expect(edit.at(-1)).toMatchObject({ id: 'app.settings', label: 'Settings…', accelerator: 'CmdOrCtrl+,', registerAccelerator: false });
      click(edit.at(-1)!);
      expect(input.dispatch).toHaveBeenCalledWith('app.settings');
    }
  });

  it('offers developer tools only in development builds', () => {
    const has = (withDevTools: boolean) => walk(build({ withDevTools }).template).some((i) => i.role === 'toggleDevTools');
    expect(has(false)).toBe(false);
    expect(has(true)).toBe(true);
  });
});
