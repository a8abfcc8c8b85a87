import { describe, expect, it } from 'vitest';
import { ariaKeyShortcuts, menuAccelerator, pairText, shortcutText } from '../../../core/ipc/key-labels';

const pc = { mac: false };
const mac = { mac: true };

describe('shortcut labels from the key bindings', () => {
  it('writes Ctrl+, Alt+ and Shift+ on a PC and the signs ⌥ ⇧ ⌘ on macOS', () => {
    expect(shortcutText('review.comment', pc)).toBe('Ctrl+Alt+M');
    expect(shortcutText('review.comment', mac)).toBe('⌥⌘M');
    expect(shortcutText('budget.addLine', mac)).toBe('⌘↩');
    expect(shortcutText('budget.removeLine', pc)).toBe('Ctrl+Delete');
    expect(shortcutText('budget.removeLine', mac)).toBe('⌘⌫');
    expect(shortcutText('budget.moveDown', { mac: false, shift: 'Skift' })).toBe('Alt+Skift+↓');
    expect(shortcutText('view.nextProblem', mac)).toBe('F8');
    expect(shortcutText('budget.nextLine', mac)).toBe('Enter');
    expect(shortcutText('draft.versions', pc)).toBe('');
  });

  it('writes two moves that differ in their arrow once', () => {
    expect(pairText('budget.moveUp', 'budget.moveDown', { mac: false, shift: 'Skift' })).toBe('Alt+Skift+↑/\u2060↓');
    expect(pairText('budget.moveUp', 'budget.moveDown', mac)).toBe('⌥⇧↑/\u2060↓');
  });

  it('gives the menu CmdOrCtrl where both platforms use the same keys, and each its own where they differ', () => {
    expect(menuAccelerator('draft.saveAs', false)).toBe('CmdOrCtrl+Shift+S');
    expect(menuAccelerator('review.comment', true)).toBe('CmdOrCtrl+Alt+M');
    expect(menuAccelerator('edit.redo', false)).toBe('Ctrl+Y');
    expect(menuAccelerator('edit.redo', true)).toBe('Cmd+Shift+Z');
    expect(menuAccelerator('view.previousSection', false)).toBe('Alt+Up');
    expect(menuAccelerator('app.quit', false)).toBe('Ctrl+Q');
    expect(menuAccelerator('app.quit', true)).toBeUndefined();
  });

  it('names every key of the budget line for screen readers, ⌘⌫ only on macOS', () => {
    const keys = ['budget.addLine', 'budget.removeLine', 'budget.moveUp', 'budget.moveDown'] as const;
    expect(ariaKeyShortcuts(keys, false)).toBe('Control+Enter Control+Delete Alt+Shift+ArrowUp Alt+Shift+ArrowDown');
    expect(ariaKeyShortcuts(keys, true)).toBe('Meta+Enter Meta+Delete Meta+Backspace Alt+Shift+ArrowUp Alt+Shift+ArrowDown');
  });
});
