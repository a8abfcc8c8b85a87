import { ActionId } from '../../core/ipc/actions';
import { KEY_CONTEXT_STACKS } from '../../core/ipc/keybindings';
import { commandFor } from '../../core/ipc/key-match';
import { runAction } from './registry';

/**
 * The window's one key dispatcher: maps a key press to an app action in the contexts at its target
 * (core/ipc/keybindings.ts). Editor and budget commands are left to their own handlers, which run
 * first (they are on the target) and mark the keys they use as handled.
 */
function actionFor(e: KeyboardEvent): ActionId | null {
  const target = e.target as HTMLElement | null;
  const inTextEditor = !!target?.closest?.('[data-slate-editor]');
  // A tray block's keys are its own only while the block itself (not a control in it) has the focus.
  const onTrayBlock = !!target?.matches?.('[data-kp-keys="unplaced"]');
  const stack = inTextEditor ? KEY_CONTEXT_STACKS.text : onTrayBlock ? KEY_CONTEXT_STACKS.unplaced : KEY_CONTEXT_STACKS.fields;
  const command = commandFor(e, stack);
  const parsed = ActionId.safeParse(command);
  return parsed.success ? parsed.data : null;
}

/** Listens for the app's shortcuts on the whole window. Returns the unsubscribe function. */
export function installShortcuts(): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented) return;
    const id = actionFor(e);
    if (!id) return;
    e.preventDefault();
    runAction(id);
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
