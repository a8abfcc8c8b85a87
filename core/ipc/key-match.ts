import { KEY_CONTEXT_STACKS, KEYBINDINGS, type KeyBinding, type KeyChord, type KeyCommand, type KeyContext } from './keybindings';

/** The parts of a DOM KeyboardEvent a chord looks at (core has no DOM types). */
export interface KeyPress {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

function modifiersMatch(c: KeyChord, e: KeyPress): boolean {
  const command = c.cmd ? e.metaKey && !e.ctrlKey : c.mod ? e.ctrlKey || e.metaKey : !e.ctrlKey && !e.metaKey;
  return command && e.altKey === !!c.alt && e.shiftKey === !!c.shift;
}

/** True when the key press is this chord. */
export function isChord(c: KeyChord, e: KeyPress): boolean {
  const key = c.code ? e.code === c.code : e.key.toLowerCase() === c.key.toLowerCase();
  return key && modifiersMatch(c, e);
}

/** The command a key press stands for in the given contexts (most specific first), if any. */
export function commandFor(e: KeyPress, contexts: readonly KeyContext[], table: readonly KeyBinding[] = KEYBINDINGS): KeyCommand | undefined {
  for (const context of contexts) {
    const hit = table.find((b) => b.context === context && b.keys.some((k) => isChord(k, e)));
    if (hit) return hit.command;
  }
  return undefined;
}

/** Which modifier keys a chord can be pressed with: ctrl and meta as sets, since `mod` is either. */
function commandKeys(c: KeyChord): Array<[ctrl: boolean, meta: boolean]> {
  if (c.cmd) return [[false, true]];
  if (c.mod) return [[true, false], [false, true], [true, true]];
  return [[false, false]];
}

/** True when one key press could be both chords. */
export function chordsOverlap(a: KeyChord, b: KeyChord): boolean {
  const sameKey = a.code && b.code ? a.code === b.code : a.key.toLowerCase() === b.key.toLowerCase();
  if (!sameKey || !!a.alt !== !!b.alt || !!a.shift !== !!b.shift) return false;
  const bKeys = commandKeys(b);
  return commandKeys(a).some(([c, m]) => bKeys.some(([c2, m2]) => c === c2 && m === m2));
}

/** True when some target has both contexts in force at once. */
export function contextsMeet(a: KeyContext, b: KeyContext): boolean {
  return Object.values(KEY_CONTEXT_STACKS).some((stack: readonly KeyContext[]) => stack.includes(a) && stack.includes(b));
}

export interface KeyConflict {
  commands: [KeyCommand, KeyCommand];
  chord: KeyChord;
}

/**
 * Pairs of different commands that one key press could reach where their contexts meet. A more
 * specific context would silently shadow the other, so that counts as a conflict too.
 */
export function findConflicts(table: readonly KeyBinding[] = KEYBINDINGS): KeyConflict[] {
  const found: KeyConflict[] = [];
  table.forEach((a, i) => {
    for (const b of table.slice(i + 1)) {
      if (a.command === b.command || !contextsMeet(a.context, b.context)) continue;
      const chord = a.keys.find((k) => b.keys.some((l) => chordsOverlap(k, l)));
      if (chord) found.push({ commands: [a.command, b.command], chord });
    }
  });
  return found;
}
