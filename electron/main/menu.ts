import { basename } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { ActionId } from '../../core/ipc/actions';
import { menuAccelerator } from '../../core/ipc/key-labels';
import type { RecentFile } from '../../core/ipc/contract';
import type { MainStrings } from './strings';

export interface MenuInput {
  platform: NodeJS.Platform;
  strings: MainStrings;
  recent: readonly RecentFile[];
  /** Development builds get the developer tools; packaged builds do not. */
  withDevTools: boolean;
  /** Sends a named action to the focused window's renderer. */
  dispatch: (action: ActionId) => void;
  openRecent: (path: string) => void;
  clearRecent: () => void;
}

/**
 * The native menu; its accelerators come from the key bindings (core/ipc/keybindings.ts). Every command item sends a named action (core/ipc/actions.ts) to the renderer,
 * which runs it exactly as the toolbar or a keyboard shortcut would.
 *
 * The renderer owns its keyboard shortcuts (it needs them in browser mode too), so action items
 * only *show* their accelerator on Windows and Linux (`registerAccelerator: false`) — otherwise one
 * Ctrl+S would save twice. On macOS the page sees the key first and its preventDefault wins.
 */
export function buildMenuTemplate(input: MenuInput): MenuItemConstructorOptions[] {
  const { strings: s, platform } = input;
  const mac = platform === 'darwin';
  // macOS has no menu mnemonics; elsewhere "&Arkiv" underlines the A for Alt+A.
  const label = (text: string) => (mac ? text.replace(/&(?!&)/g, '') : text);
  const action = (text: string, id: ActionId): MenuItemConstructorOptions => {
    const accelerator = menuAccelerator(id, mac);
    return { id, label: label(text), ...(accelerator ? { accelerator, registerAccelerator: false } : {}), click: () => input.dispatch(id) };
  };

  const recentItems: MenuItemConstructorOptions[] =
    input.recent.length === 0
      ? [{ label: s.noRecent, enabled: false }]
      : [
          ...input.recent.map((r) => ({
            label: r.title ? `${r.title} — ${basename(r.path)}` : basename(r.path),
            toolTip: r.path,
            click: () => input.openRecent(r.path),
          })),
          { type: 'separator' },
          { id: 'recent.clear', label: s.clearRecent, click: () => input.clearRecent() },
        ];

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: 'KP Drafter',
          submenu: [
            action(s.about, 'help.about'),
            { type: 'separator' },
            action(s.settings, 'app.settings'),
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    id: 'file',
    label: label(s.file),
    submenu: [
      action(s.newDraft, 'draft.new'),
      action(s.open, 'draft.open'),
      action(s.importDocx, 'draft.importDocx'),
      action(s.openForReview, 'draft.openForReview'),
      { id: 'file.recent', label: s.openRecent, submenu: recentItems },
      { type: 'separator' },
      action(s.save, 'draft.save'),
      action(s.saveAs, 'draft.saveAs'),
      action(s.versions, 'draft.versions'),
      { type: 'separator' },
      action(s.exportWord, 'draft.export'),
      action(s.exportBudget, 'draft.exportBudget'),
      action(s.submitCheck, 'draft.submitCheck'),
      action(s.formView, 'draft.formView'),
      action(s.importComments, 'review.importComments'),
      action(s.reuse, 'draft.reuse'),
      ...(mac ? [] : ([{ type: 'separator' }, { id: 'app.quit', role: 'quit', label: s.quit, accelerator: menuAccelerator('app.quit', mac) }] as const)),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    id: 'edit',
    label: label(s.edit),
    submenu: [
      // The document keeps one history of its own (text and fields); native undo would bypass it.
      action(s.undo, 'edit.undo'),
      action(s.redo, 'edit.redo'),
      { type: 'separator' },
      { role: 'cut', label: s.cut },
      { role: 'copy', label: s.copy },
      { role: 'paste', label: s.paste },
      { role: 'selectAll', label: s.selectAll },
      { type: 'separator' },
      action(s.find, 'edit.find'),
      action(s.replace, 'edit.replace'),
      { type: 'separator' },
      action(s.link, 'edit.link'),
      action(s.comment, 'review.comment'),
      action(s.suggest, 'review.suggest'),
      // macOS keeps Settings in the app menu; elsewhere it ends the Edit menu, as in GNOME and Office apps.
      ...(mac ? [] : ([{ type: 'separator' }, action(s.settings, 'app.settings')] as const)),
    ],
  };

  const view: MenuItemConstructorOptions = {
    id: 'view',
    label: label(s.view),
    submenu: [
      action(s.nextProblem, 'view.nextProblem'),
      action(s.nextSection, 'view.nextSection'),
      action(s.previousSection, 'view.previousSection'),
      action(s.toggleSidePanel, 'view.toggleSidePanel'),
      { type: 'separator' },
      { role: 'zoomIn', label: s.zoomIn },
      { role: 'zoomOut', label: s.zoomOut },
      { role: 'resetZoom', label: s.actualSize },
      { type: 'separator' },
      { role: 'togglefullscreen', label: s.fullScreen },
      ...(input.withDevTools ? ([{ role: 'toggleDevTools', label: s.devTools }] as const) : []),
    ],
  };

  const windowMenu: MenuItemConstructorOptions[] = mac ? [{ role: 'windowMenu', label: s.window }] : [];

  const help: MenuItemConstructorOptions = {
    id: 'help',
    role: 'help',
    label: label(s.help),
    submenu: mac ? [] : [action(s.about, 'help.about')],
  };

  return [...appMenu, file, edit, view, ...windowMenu, help];
}
