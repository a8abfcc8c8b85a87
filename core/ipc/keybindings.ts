import type { ActionId } from './actions';

/**
 * Where a key binding applies. A key press is looked up in the contexts stacked at its target
 * (KEY_CONTEXT_STACKS), most specific first:
 * - `global`: anywhere in the window;
 * - `fields`: outside a text editor (form fields, lists, the page itself);
 * - `text`: inside a section's text editor, where Slate's marks and lists live;
 * - `budget`: a cell of the budget table (inside `fields`);
 * - `plan`: a field of an activity in the activity plan (inside `fields`);
 * - `timeline`: an activity's bar on the activity plan's timeline (inside `fields`);
 * - `results`: a field of an objective, result or indicator in the results matrix (inside `fields`);
 * - `risks`: a field of a risk in the risk register (inside `fields`);
 * - `unplaced`: a block of the "Inte placerat" tray (inside `fields`);
 * - `native`: handled by the operating system through a menu role, never by the page.
 */
export type KeyContext = 'global' | 'fields' | 'text' | 'budget' | 'plan' | 'timeline' | 'results' | 'risks' | 'unplaced' | 'native';

/** The contexts in force at each kind of target, most specific first. */
export const KEY_CONTEXT_STACKS = {
  text: ['text', 'global', 'native'],
  fields: ['fields', 'global', 'native'],
  budget: ['budget', 'fields', 'global', 'native'],
  plan: ['plan', 'fields', 'global', 'native'],
  timeline: ['timeline', 'fields', 'global', 'native'],
  results: ['results', 'fields', 'global', 'native'],
  risks: ['risks', 'fields', 'global', 'native'],
  unplaced: ['unplaced', 'fields', 'global', 'native'],
} as const satisfies Record<string, readonly KeyContext[]>;

/** Commands inside a text editor that act on that editor rather than on the app. */
export type TextCommand = 'format.bold' | 'format.italic' | 'format.underline' | 'text.undo' | 'text.redo' | 'list.indent' | 'list.outdent';
/** Spreadsheet keys of a budget line (the cell's line and column are the command's subject). */
export type BudgetCommand = 'budget.nextLine' | 'budget.addLine' | 'budget.removeLine' | 'budget.moveUp' | 'budget.moveDown';
/** The activity plan's keys: the budget table's habits for activities, and moving a timeline bar by a month. */
export type PlanCommand = 'plan.nextActivity' | 'plan.addActivity' | 'plan.removeActivity' | 'plan.moveUp' | 'plan.moveDown'
  | 'plan.barEarlier' | 'plan.barLater' | 'plan.endEarlier' | 'plan.endLater';
/** The results matrix's keys: the budget table's habits for the item (objective, result or indicator) in focus. */
export type ResultsCommand = 'results.next' | 'results.add' | 'results.remove' | 'results.moveUp' | 'results.moveDown';
/** The risk register's keys: the budget table's habits for risks. */
export type RiskCommand = 'risks.nextRisk' | 'risks.addRisk' | 'risks.removeRisk' | 'risks.moveUp' | 'risks.moveDown';
/** Everything a key can be bound to: app actions, editor, budget, plan, matrix and risk commands, and the shell's Quit. */
export type KeyCommand = ActionId | TextCommand | BudgetCommand | PlanCommand | ResultsCommand | RiskCommand | 'app.quit';

/**
 * One key combination. `mod` is Ctrl or ⌘ (either works on every platform, as users of both expect);
 * `cmd` is the ⌘ key alone. Other modifiers must match exactly, so Alt+Shift+↑ is not Alt+↑.
 */
export interface KeyChord {
  /** `KeyboardEvent.key`, compared without case ('s', 'ArrowUp', 'F8', 'Enter'). */
  key: string;
  /** Matched on the physical key instead: with Alt a Mac keyboard types 'µ' for M. */
  code?: string;
  mod?: boolean;
  cmd?: boolean;
  alt?: boolean;
  shift?: boolean;
  /** Named in labels, menus and aria-keyshortcuts only on this platform (it works on both). */
  shownOn?: 'mac' | 'pc';
}

export interface KeyBinding {
  command: KeyCommand;
  context: KeyContext;
  /** The first chord shown on a platform is the one its labels and menu name. */
  keys: readonly KeyChord[];
}

const mod = (key: string, more: Partial<KeyChord> = {}): KeyChord => ({ key, mod: true, ...more });

/** Every keyboard shortcut of the app (DESIGN.md §Keyboard). Handlers, menu accelerators and labels derive from it. */
export const KEYBINDINGS: readonly KeyBinding[] = [
  { command: 'draft.new', context: 'global', keys: [mod('n')] },
  { command: 'draft.open', context: 'global', keys: [mod('o')] },
  { command: 'draft.save', context: 'global', keys: [mod('s')] },
  { command: 'draft.saveAs', context: 'global', keys: [mod('s', { shift: true })] },
  { command: 'draft.export', context: 'global', keys: [mod('e')] },
  // B for budget; Ctrl+Alt would be AltGr on a Swedish keyboard, where AltGr+E types €.
  { command: 'draft.exportBudget', context: 'global', keys: [mod('b', { shift: true })] },
  // O as in Open: a Word document is opened into a new draft.
  { command: 'draft.importDocx', context: 'global', keys: [mod('o', { shift: true })] },
  { command: 'edit.find', context: 'global', keys: [mod('f')] },
  // ⌘H hides the app on macOS (its app menu's Hide), so a Mac shows ⌥⌘F, as Pages and Xcode do; Ctrl+H works there too.
  { command: 'edit.replace', context: 'global', keys: [mod('h', { shownOn: 'pc' }), mod('f', { alt: true, code: 'KeyF', shownOn: 'mac' })] },
  { command: 'view.nextProblem', context: 'global', keys: [{ key: 'F8' }] },
  // Beside F8 (next problem): the whole list of what is left before submitting.
  { command: 'draft.submitCheck', context: 'global', keys: [{ key: 'F9' }] },
  { command: 'view.nextSection', context: 'global', keys: [{ key: 'ArrowDown', alt: true }] },
  { command: 'view.previousSection', context: 'global', keys: [{ key: 'ArrowUp', alt: true }] },
  { command: 'review.comment', context: 'global', keys: [mod('m', { code: 'KeyM', alt: true })] },
  // Word's key for Track Changes.
  { command: 'review.suggest', context: 'global', keys: [mod('e', { shift: true })] },
  // Ctrl+, / ⌘, as in Word, Chrome and VS Code.
  { command: 'app.settings', context: 'global', keys: [mod(',')] },
  // One history for the whole document (renderer/state/doc-history.ts): the newest change, wherever it is.
  { command: 'edit.undo', context: 'fields', keys: [mod('z')] },
  // Redo is Ctrl+Y on Windows and ⇧⌘Z on macOS, as each platform's apps write it; both keys work on both.
  { command: 'edit.redo', context: 'fields', keys: [mod('y', { shownOn: 'pc' }), mod('z', { shift: true, shownOn: 'mac' })] },
  // A link stands on text; a form field has none.
  { command: 'edit.link', context: 'text', keys: [mod('k')] },
  { command: 'format.bold', context: 'text', keys: [mod('b')] },
  { command: 'format.italic', context: 'text', keys: [mod('i')] },
  { command: 'format.underline', context: 'text', keys: [mod('u')] },
  // Inside a text editor the same document history (editor/keys.ts); the keys are edit.undo/redo's.
  { command: 'text.undo', context: 'text', keys: [mod('z')] },
  { command: 'text.redo', context: 'text', keys: [mod('y', { shownOn: 'pc' }), mod('z', { shift: true, shownOn: 'mac' })] },
  // Only in a list item; elsewhere Tab leaves the editor so the keyboard can reach the next control.
  { command: 'list.indent', context: 'text', keys: [{ key: 'Tab' }] },
  { command: 'list.outdent', context: 'text', keys: [{ key: 'Tab', shift: true }] },
  { command: 'budget.nextLine', context: 'budget', keys: [{ key: 'Enter' }] },
  { command: 'budget.addLine', context: 'budget', keys: [mod('Enter')] },
  // A Mac keyboard's delete key sends Backspace: ⌘⌫ there is what Ctrl+Delete is elsewhere.
  { command: 'budget.removeLine', context: 'budget', keys: [mod('Delete'), { key: 'Backspace', cmd: true, shownOn: 'mac' }] },
  { command: 'budget.moveUp', context: 'budget', keys: [{ key: 'ArrowUp', alt: true, shift: true }] },
  { command: 'budget.moveDown', context: 'budget', keys: [{ key: 'ArrowDown', alt: true, shift: true }] },
  // The activity plan: the budget table's keys for its activities.
  { command: 'plan.nextActivity', context: 'plan', keys: [{ key: 'Enter' }] },
  { command: 'plan.addActivity', context: 'plan', keys: [mod('Enter')] },
  { command: 'plan.removeActivity', context: 'plan', keys: [mod('Delete'), { key: 'Backspace', cmd: true, shownOn: 'mac' }] },
  { command: 'plan.moveUp', context: 'plan', keys: [{ key: 'ArrowUp', alt: true, shift: true }] },
  { command: 'plan.moveDown', context: 'plan', keys: [{ key: 'ArrowDown', alt: true, shift: true }] },
  // A focused timeline bar moves a month with ←/→ and its end alone with Shift (as a slider steps).
  { command: 'plan.barEarlier', context: 'timeline', keys: [{ key: 'ArrowLeft' }] },
  { command: 'plan.barLater', context: 'timeline', keys: [{ key: 'ArrowRight' }] },
  { command: 'plan.endEarlier', context: 'timeline', keys: [{ key: 'ArrowLeft', shift: true }] },
  { command: 'plan.endLater', context: 'timeline', keys: [{ key: 'ArrowRight', shift: true }] },
  // The results matrix: the same keys, for the objective, result or indicator the field belongs to.
  { command: 'results.next', context: 'results', keys: [{ key: 'Enter' }] },
  { command: 'results.add', context: 'results', keys: [mod('Enter')] },
  { command: 'results.remove', context: 'results', keys: [mod('Delete'), { key: 'Backspace', cmd: true, shownOn: 'mac' }] },
  { command: 'results.moveUp', context: 'results', keys: [{ key: 'ArrowUp', alt: true, shift: true }] },
  { command: 'results.moveDown', context: 'results', keys: [{ key: 'ArrowDown', alt: true, shift: true }] },
  // The risk register: the budget table's keys for its risks.
  { command: 'risks.nextRisk', context: 'risks', keys: [{ key: 'Enter' }] },
  { command: 'risks.addRisk', context: 'risks', keys: [mod('Enter')] },
  { command: 'risks.removeRisk', context: 'risks', keys: [mod('Delete'), { key: 'Backspace', cmd: true, shownOn: 'mac' }] },
  { command: 'risks.moveUp', context: 'risks', keys: [{ key: 'ArrowUp', alt: true, shift: true }] },
  { command: 'risks.moveDown', context: 'risks', keys: [{ key: 'ArrowDown', alt: true, shift: true }] },
  // A block of the "Inte placerat" tray: Enter chooses the section to move it (or the chosen blocks) to; Delete discards it, undoably.
  { command: 'unplaced.move', context: 'unplaced', keys: [{ key: 'Enter' }] },
  { command: 'unplaced.discard', context: 'unplaced', keys: [{ key: 'Delete' }, { key: 'Backspace', shownOn: 'mac' }] },
  // macOS's app menu brings its own ⌘Q; elsewhere the File menu's Quit shows Ctrl+Q.
  { command: 'app.quit', context: 'native', keys: [mod('q', { shownOn: 'pc' })] },
];

/** The binding of a command, if it has one. */
export function bindingOf(command: KeyCommand, table: readonly KeyBinding[] = KEYBINDINGS): KeyBinding | undefined {
  return table.find((b) => b.command === command);
}

/** The chord a platform names for a command (labels, menus), if any. */
export function shownChord(command: KeyCommand, mac: boolean, table: readonly KeyBinding[] = KEYBINDINGS): KeyChord | undefined {
  const platform = mac ? 'mac' : 'pc';
  return bindingOf(command, table)?.keys.find((k) => !k.shownOn || k.shownOn === platform);
}
