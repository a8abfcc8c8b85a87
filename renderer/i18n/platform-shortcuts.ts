import { isMacPlatform } from '../layout/shortcut-label';

const MAC_KEYS: Record<string, string> = { Enter: '↩', Delete: '⌫', Backspace: '⌫', Escape: '⎋', Tab: '⇥' };
const MAC_MODIFIERS: Record<string, string> = { Alt: '⌥', Shift: '⇧' };

/**
 * Shortcuts in UI text written the macOS way: "Ctrl+Alt+M" → "⌥⌘M", "Ctrl+Enter" → "⌘↩".
 * The texts say Ctrl+…; on a Mac those keys are ⌘ (keys.ts and shortcuts.ts accept either).
 */
export function macShortcutText(text: string): string {
  return text.replace(/\bCtrl\+((?:(?:Alt|Shift)\+)*)([A-Za-z0-9]+)\b/g, (_all, mods: string, key: string) => {
    const modifiers = mods.split('+').filter(Boolean).map((m) => MAC_MODIFIERS[m] ?? m).join('');
    return `${modifiers}⌘${MAC_KEYS[key] ?? key.toUpperCase()}`;
  });
}

/** An i18next post-processor that applies macShortcutText on macOS and leaves text alone elsewhere. */
export const platformShortcuts = {
  type: 'postProcessor' as const,
  name: 'platformShortcuts',
  process: (value: string): string => (isMacPlatform() ? macShortcutText(value) : value),
};
