/** The shortcut shown in tooltips, written the way the platform writes it (from core/ipc/keybindings.ts). */
import type { KeyCommand } from '../../core/ipc/keybindings';
import { ariaKeyShortcuts, shortcutText } from '../../core/ipc/key-labels';

type PlatformHints = { platform?: string; userAgentData?: { platform?: string } };

let thisPlatformIsMac: boolean | undefined;

/**
 * True on macOS, where the shortcuts use ⌘ (the key bindings accept Ctrl or ⌘ anywhere).
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

/** A command's shortcut as this platform writes it: "Ctrl+B" or "⌘B"; "Ctrl+Shift+S" or "⇧⌘S" (the order macOS menus use). */
export const shortcutFor = (command: KeyCommand, mac = isMacPlatform()): string => shortcutText(command, { mac });

/** The same shortcut for screen readers (`aria-keyshortcuts`): "Control+B", "Meta+B". */
export const ariaShortcutFor = (command: KeyCommand, mac = isMacPlatform()): string => ariaKeyShortcuts([command], mac);

/** "Fetstil (Ctrl+B)". */
export const withShortcut = (label: string, shortcut: string): string => `${label} (${shortcut})`;
