import { KEYBINDINGS, shownChord, type KeyBinding, type KeyChord, type KeyCommand } from './keybindings';

/** How a platform and a UI language write a shortcut. */
export interface LabelStyle {
  mac: boolean;
  /** The Shift key's name on a PC keyboard: "Skift" in Swedish. */
  shift?: string;
}

const ARROWS: Record<string, string> = { ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→' };
/** macOS writes these keys as signs after a modifier (a bare Enter stays "Enter" in running text). */
const MAC_KEYS: Record<string, string> = { Enter: '↩', Delete: '⌫', Backspace: '⌫', Escape: '⎋', Tab: '⇥' };

function keyName(c: KeyChord, mac: boolean): string {
  const hasModifier = c.mod || c.cmd || c.alt || c.shift;
  if (mac && hasModifier && MAC_KEYS[c.key]) return MAC_KEYS[c.key]!;
  return ARROWS[c.key] ?? (c.key.length === 1 ? c.key.toUpperCase() : c.key);
}

/** "Ctrl+Shift+S" on Windows and Linux, "⇧⌘S" on macOS (signs in the order ⌥ ⇧ ⌘ that the app's texts use). */
export function chordLabel(c: KeyChord, style: LabelStyle): string {
  const key = keyName(c, style.mac);
  if (style.mac) return `${c.alt ? '⌥' : ''}${c.shift ? '⇧' : ''}${c.mod || c.cmd ? '⌘' : ''}${key}`;
  const mods = [c.mod || c.cmd ? 'Ctrl' : '', c.alt ? 'Alt' : '', c.shift ? (style.shift ?? 'Shift') : ''].filter(Boolean);
  return [...mods, key].join('+');
}

/** The shortcut of a command as the platform writes it, or '' when it has none there. */
export function shortcutText(command: KeyCommand, style: LabelStyle, table: readonly KeyBinding[] = KEYBINDINGS): string {
  const c = shownChord(command, style.mac, table);
  return c ? chordLabel(c, style) : '';
}

/**
 * Two shortcuts that differ only in their last key, written once: "Alt+Skift+↑/↓", "⌥⇧↑/↓". A word
 * joiner after the slash keeps a wrapping line from splitting the shortcut there.
 */
export function pairText(a: KeyCommand, b: KeyCommand, style: LabelStyle, table: readonly KeyBinding[] = KEYBINDINGS): string {
  const [x, y] = [shortcutText(a, style, table), shortcutText(b, style, table)];
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return `${x}/\u2060${y.slice(i)}`;
}

const ACCELERATOR_KEYS: Record<string, string> = { ArrowUp: 'Up', ArrowDown: 'Down', ArrowLeft: 'Left', ArrowRight: 'Right' };

const sameChord = (a?: KeyChord, b?: KeyChord) => !!a && !!b && JSON.stringify(a) === JSON.stringify(b);

/**
 * The Electron menu accelerator of a command: "CmdOrCtrl+S" when both platforms name the same
 * keys, else the platform's own ("Ctrl+Y" / "Cmd+Shift+Z"). Undefined when it has none there.
 */
export function menuAccelerator(command: KeyCommand, mac: boolean, table: readonly KeyBinding[] = KEYBINDINGS): string | undefined {
  const c = shownChord(command, mac, table);
  if (!c) return undefined;
  const both = sameChord(c, shownChord(command, !mac, table));
  const cmd = c.mod || c.cmd ? (both ? 'CmdOrCtrl' : mac ? 'Cmd' : 'Ctrl') : '';
  const key = ACCELERATOR_KEYS[c.key] ?? (c.key.length === 1 ? c.key.toUpperCase() : c.key);
  return [cmd, c.alt ? 'Alt' : '', c.shift ? 'Shift' : '', key].filter(Boolean).join('+');
}

/** One chord in the `aria-keyshortcuts` syntax: "Control+Delete", "Meta+Enter", "Alt+Shift+ArrowUp". */
function ariaChord(c: KeyChord, mac: boolean): string {
  const cmd = c.cmd ? 'Meta' : c.mod ? (mac ? 'Meta' : 'Control') : '';
  const key = c.key.length === 1 ? c.key.toUpperCase() : c.key;
  return [cmd, c.alt ? 'Alt' : '', c.shift ? 'Shift' : '', key].filter(Boolean).join('+');
}

/** The `aria-keyshortcuts` value for some commands: every chord the platform names for them. */
export function ariaKeyShortcuts(commands: readonly KeyCommand[], mac: boolean, table: readonly KeyBinding[] = KEYBINDINGS): string {
  const platform = mac ? 'mac' : 'pc';
  return commands
    .flatMap((id) => table.find((b) => b.command === id)?.keys ?? [])
    .filter((k) => !k.shownOn || k.shownOn === platform)
    .map((k) => ariaChord(k, mac))
    .join(' ');
}
