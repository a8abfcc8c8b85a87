import { describe, expect, it } from 'vitest';
import { ActionId } from '../../../core/ipc/actions';
import { KEY_CONTEXT_STACKS, KEYBINDINGS, type KeyBinding } from '../../../core/ipc/keybindings';
import { commandFor, findConflicts, type KeyPress } from '../../../core/ipc/key-match';

/** A key press as the browser reports it: `press('s', 'ctrl shift')`. */
function press(key: string, mods = '', code?: string): KeyPress {
  const has = (m: string) => mods.split(' ').includes(m);
  return { key, code, ctrlKey: has('ctrl'), metaKey: has('meta'), altKey: has('alt'), shiftKey: has('shift') };
}

const { text, fields, budget } = KEY_CONTEXT_STACKS;

describe('the key binding table', () => {
  it('gives no key press two commands where their contexts meet', () => {
    expect(findConflicts()).toEqual([]);
  });

  it('finds a key given to a second command in the same context', () => {
    const duplicate: KeyBinding = { command: 'draft.versions', context: 'global', keys: [{ key: 'S', mod: true }] };
    expect(findConflicts([...KEYBINDINGS, duplicate])).toEqual([{ commands: ['draft.save', 'draft.versions'], chord: { key: 's', mod: true } }]);
  });

  it('finds a text-editor key that would hide a key of the whole window, but not keys of places that never meet', () => {
    const shadowing: KeyBinding = { command: 'view.toggleSidePanel', context: 'text', keys: [{ key: 'F8' }] };
    expect(findConflicts([...KEYBINDINGS, shadowing]).map((c) => c.commands)).toEqual([['view.nextProblem', 'view.toggleSidePanel']]);
    // Ctrl+Z is Slate's undo in a text editor and the fields' undo elsewhere: one target never has both.
    expect(KEYBINDINGS.filter((b) => b.keys.some((k) => k.key === 'z' && !k.shift)).map((b) => [b.command, b.context]))
      .toEqual([['edit.undo', 'fields'], ['text.undo', 'text']]);
  });

  it('finds the ⌘-only and the Ctrl-or-⌘ forms of one key as the same press', () => {
    const macOnly: KeyBinding = { command: 'draft.versions', context: 'budget', keys: [{ key: 'Delete', cmd: true }] };
    expect(findConflicts([...KEYBINDINGS, macOnly]).map((c) => c.commands)).toEqual([['budget.removeLine', 'draft.versions']]);
  });

  it('binds only known actions, each at most once per context', () => {
    const appActions = KEYBINDINGS.map((b) => b.command).filter((c) => ActionId.safeParse(c).success);
    expect(appActions.length).toBeGreaterThan(10);
    const seen = KEYBINDINGS.map((b) => `${b.context}:${b.command}`);
    expect(new Set(seen).size).toBe(seen.length);
  });
});

describe('a key press', () => {
  it('finds the app commands with Ctrl or ⌘, Shift telling Save As from Save', () => {
    expect(commandFor(press('s', 'ctrl'), fields)).toBe('draft.save');
    expect(commandFor(press('s', 'meta'), text)).toBe('draft.save');
    expect(commandFor(press('S', 'ctrl shift'), fields)).toBe('draft.saveAs');
    expect(commandFor(press('s'), fields)).toBeUndefined();
    expect(commandFor(press('s', 'ctrl alt'), fields)).toBeUndefined();
  });

  it('finds Comment by the M key even where Alt turns it into another letter', () => {
    expect(commandFor(press('µ', 'meta alt', 'KeyM'), text)).toBe('review.comment');
    expect(commandFor(press('m', 'ctrl alt', 'KeyM'), fields)).toBe('review.comment');
    expect(commandFor(press('M', 'ctrl alt shift', 'KeyM'), fields)).toBeUndefined();
  });

  it('turns suggestion mode on and off with Ctrl+Shift+E (Word’s Track Changes), Ctrl+E still exporting', () => {
    expect(commandFor(press('E', 'ctrl shift'), text)).toBe('review.suggest');
    expect(commandFor(press('E', 'meta shift'), fields)).toBe('review.suggest');
    expect(commandFor(press('e', 'ctrl'), text)).toBe('draft.export');
  });

  it('undoes with the editor’s own history in a text editor and the app’s elsewhere; links only in text', () => {
    expect(commandFor(press('z', 'ctrl'), text)).toBe('text.undo');
    expect(commandFor(press('z', 'ctrl'), fields)).toBe('edit.undo');
    expect(commandFor(press('Z', 'meta shift'), text)).toBe('text.redo');
    expect(commandFor(press('y', 'ctrl'), fields)).toBe('edit.redo');
    expect(commandFor(press('k', 'ctrl'), text)).toBe('edit.link');
    expect(commandFor(press('k', 'ctrl'), fields)).toBeUndefined();
    expect(commandFor(press('b', 'ctrl'), text)).toBe('format.bold');
  });

  it('moves a budget line with Alt+Shift+arrows and goes to the next section with Alt+arrows', () => {
    expect(commandFor(press('ArrowUp', 'alt shift'), budget)).toBe('budget.moveUp');
    expect(commandFor(press('ArrowUp', 'alt'), budget)).toBe('view.previousSection');
    expect(commandFor(press('ArrowDown', 'alt'), text)).toBe('view.nextSection');
  });

  it('removes a budget line with Ctrl+Delete or ⌘⌫, but Ctrl+Backspace deletes a word', () => {
    expect(commandFor(press('Delete', 'ctrl'), budget)).toBe('budget.removeLine');
    expect(commandFor(press('Delete', 'meta'), budget)).toBe('budget.removeLine');
    expect(commandFor(press('Backspace', 'meta'), budget)).toBe('budget.removeLine');
    expect(commandFor(press('Backspace', 'ctrl'), budget)).toBeUndefined();
    expect(commandFor(press('Delete'), budget)).toBeUndefined();
  });

  it('leaves Quit to the operating system’s menu', () => {
    expect(commandFor(press('q', 'ctrl'), fields.filter((c) => c !== 'native'))).toBeUndefined();
  });
});
