import { describe, expect, it } from 'vitest';
import { isMacPlatform, shortcutFor, withShortcut } from '../../../renderer/layout/shortcut-label';

describe('shortcuts in tooltips', () => {
  it('writes Ctrl+ on Windows and Linux and ⌘ on macOS', () => {
    expect(withShortcut('Fetstil', shortcutFor('format.bold', false))).toBe('Fetstil (Ctrl+B)');
    expect(withShortcut('Kursiv', shortcutFor('format.italic', true))).toBe('Kursiv (⌘I)');
    expect(shortcutFor('draft.saveAs', false)).toBe('Ctrl+Shift+S');
    expect(shortcutFor('draft.saveAs', true)).toBe('⇧⌘S');
    expect(shortcutFor('edit.redo', false)).toBe('Ctrl+Y');
    expect(shortcutFor('edit.redo', true)).toBe('⇧⌘Z');
  });

  it('knows macOS from the client hints or the older navigator.platform', () => {
    expect(isMacPlatform({ userAgentData: { platform: 'macOS' } })).toBe(true);
    expect(isMacPlatform({ platform: 'MacIntel' })).toBe(true);
    expect(isMacPlatform({ userAgentData: { platform: '' }, platform: 'MacIntel' })).toBe(true);
    expect(isMacPlatform({ userAgentData: { platform: 'Windows' }, platform: 'Win32' })).toBe(false);
    expect(isMacPlatform({ platform: 'Linux x86_64' })).toBe(false);
  });
});
