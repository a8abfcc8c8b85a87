const MAC_KEYS: Record<string, string> = { Enter: '↩', Delete: '⌫', Backspace: '⌫', Escape: '⎋', Tab: '⇥' };
/** macOS writes modifiers as signs, in this order: ⌥ ⇧ ⌘ (Ctrl in the texts is ⌘ there). */
const MAC_MODIFIERS: Array<[RegExp, string]> = [[/^Alt$/, '⌥'], [/^(Shift|Skift)$/, '⇧'], [/^Ctrl$/, '⌘']];

/**
 * Shortcuts in UI text written the macOS way: "Ctrl+Alt+M" → "⌥⌘M", "Ctrl+Enter" → "⌘↩",
 * "Alt+Skift+↑/↓" → "⌥⇧↑/↓". The texts say Ctrl+…; on a Mac those keys are ⌘ (keys.ts and
 * shortcuts.ts accept either).
 */
export function macShortcutText(text: string): string {
  return text.replace(/(?<![\p{L}\p{N}])((?:(?:Ctrl|Alt|Shift|Skift)\+)+)([\p{L}\p{N}]+(?![\p{L}\p{N}])|[↑↓←→](?:\/[↑↓←→])?)/gu, (_all, mods: string, key: string) => {
    const names = mods.split('+').filter(Boolean);
    const signs = MAC_MODIFIERS.filter(([re]) => names.some((n) => re.test(n))).map(([, sign]) => sign).join('');
    return `${signs}${MAC_KEYS[key] ?? (key.length === 1 ? key.toUpperCase() : key)}`;
  });
}

/** An i18next post-processor applying macShortcutText; initI18n turns it on only on macOS. */
export const platformShortcuts = {
  type: 'postProcessor' as const,
  name: 'platformShortcuts',
  process: (value: string): string => macShortcutText(value),
};
