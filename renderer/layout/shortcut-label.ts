/** The shortcut shown in tooltips, written the way the platform writes it. */

type PlatformHints = { platform?: string; userAgentData?: { platform?: string } };

let thisPlatformIsMac: boolean | undefined;

/**
 * True on macOS, where the shortcuts use ⌘ (keys.ts and shortcuts.ts accept Ctrl or ⌘ anywhere).
 * This window's answer is read once: navigator.userAgentData is slow to ask, and asked per render.
 */
export function isMacPlatform(nav?: PlatformHints): boolean {
  if (nav) return macPlatform(nav);
  thisPlatformIsMac ??= macPlatform(typeof navigator === 'undefined' ? undefined : navigator);
  return thisPlatformIsMac;
}

function macPlatform(nav: PlatformHints | undefined): boolean {
  const platform = nav?.userAgentData?.platform || nav?.platform || '';
  return /^mac/i.test(platform);
}

/** "Ctrl+B" or "⌘B"; with Shift "Ctrl+Shift+Z" or "⇧⌘Z" (the order macOS menus use). */
export function shortcutLabel(key: string, o: { shift?: boolean; mac?: boolean } = {}): string {
  const mac = o.mac ?? isMacPlatform();
  const k = key.toUpperCase();
  if (mac) return `${o.shift ? '⇧' : ''}⌘${k}`;
  return `Ctrl+${o.shift ? 'Shift+' : ''}${k}`;
}

/** Redo is ⇧⌘Z on macOS and Ctrl+Y elsewhere (both work everywhere). */
export const redoShortcutLabel = (mac = isMacPlatform()): string => (mac ? shortcutLabel('z', { shift: true, mac }) : shortcutLabel('y', { mac }));

/** "Fetstil (Ctrl+B)". */
export const withShortcut = (label: string, shortcut: string): string => `${label} (${shortcut})`;
