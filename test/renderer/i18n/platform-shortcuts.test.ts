import { describe, expect, it } from 'vitest';
import { macShortcutText } from '../../../renderer/i18n/platform-shortcuts';
import { en } from '../../../renderer/i18n/en';
import { sv } from '../../../renderer/i18n/sv';

describe('shortcuts in UI text on macOS', () => {
  it('writes Ctrl shortcuts with ⌘ and the Mac modifier signs', () => {
    expect(macShortcutText('Åtgärdat. Ctrl+Z ångrar.')).toBe('Åtgärdat. ⌘Z ångrar.');
    expect(macShortcutText('Kommentera (Ctrl+Alt+M)')).toBe('Kommentera (⌥⌘M)');
    expect(macShortcutText('Ctrl+Enter ny rad, Ctrl+Shift+Z gör om, Ctrl+Delete tar bort')).toBe('⌘↩ ny rad, ⇧⌘Z gör om, ⌘⌫ tar bort');
    expect(macShortcutText('Alt+Skift+↑/↓ flyttar den; Alt+Shift+↓ i en cell')).toBe('⌥⇧↑/↓ flyttar den; ⌥⇧↓ i en cell');
  });

  it('leaves other text alone, words that merely contain "Ctrl" included', () => {
    expect(macShortcutText('Tab flyttar mellan celler, Enter till nästa rad.')).toBe('Tab flyttar mellan celler, Enter till nästa rad.');
    expect(macShortcutText('XCtrl+Z')).toBe('XCtrl+Z');
  });

  it('leaves no PC modifier names in any UI text once rewritten', () => {
    const texts = (o: object): string[] => Object.values(o).flatMap((v) => (typeof v === 'string' ? [v] : typeof v === 'object' && v ? texts(v) : []));
    for (const t of [...texts(sv), ...texts(en)]) expect(macShortcutText(t)).not.toMatch(/\b(Ctrl|Alt|Shift|Skift)\+/);
  });
});
