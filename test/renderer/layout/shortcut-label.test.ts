import { describe, expect, it } from 'vitest';
import { isMacPlatform, redoShortcutLabel, shortcutLabel, withShortcut } from '../../../renderer/layout/shortcut-label';

describe('shortcuts in tooltips', () => {
  it('writes Ctrl+ on Windows and Linux and ⌘ on macOS', () => {
    expect(withShortcut('Fetstil', shortcutLabel('b', { mac: false }))).toBe('Fetstil (Ctrl+B)');
    expect(withShortcut('Kursiv', shortcutLabel('I', { mac: true }))).toBe('Kursiv (⌘I)');
    expect(shortcutLabel('z', { shift: true, mac: false })).toBe('Ctrl+Shift+Z');
    expect(shortcutLabel('z', { shift: true, mac: true })).toBe('⇧⌘Z');
    expect(redoShortcutLabel(false)).toBe('Ctrl+Y');
    expect(redoShortcutLabel(true)).toBe('⇧⌘Z');
  });

  it('knows macOS from the client hints or the older navigator.platform', () => {
    expect(isMacPlatform({ userAgentData: { platform: 'macOS' } })).toBe(true);
    expect(isMacPlatform({ platform: 'MacIntel' })).toBe(true);
    expect(isMacPlatform({ userAgentData: { platform: '' }, platform: 'MacIntel' })).toBe(true);
    expect(isMacPlatform({ userAgentData: { platform: 'Windows' }, platform: 'Win32' })).toBe(false);
    expect(isMacPlatform({ platform: 'Linux x86_64' })).toBe(false);
  });
});
