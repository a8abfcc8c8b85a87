import { afterAll, describe, expect, it, vi } from 'vitest';
import { en } from '../../../core/i18n/en';
import { sv } from '../../../core/i18n/sv';
import { reviewEn } from '../../../core/i18n/review-en';
import { reviewSv } from '../../../core/i18n/review-sv';

/** Every string of a text catalogue, wherever it sits. */
const texts = (o: object): string[] => Object.values(o).flatMap((v) => (typeof v === 'string' ? [v] : typeof v === 'object' && v ? texts(v) : []));

/** The UI texts as a window on the given platform shows them (the platform is read once, at start). */
async function uiOn(platform: string, lng: 'sv' | 'en') {
  vi.resetModules();
  vi.stubGlobal('navigator', { platform });
  const { initI18n } = await import('../../../renderer/i18n');
  const i18n = initI18n(lng);
  return i18n.t.bind(i18n);
}

afterAll(() => vi.unstubAllGlobals());

describe('shortcuts in UI text', () => {
  it('are written the Mac way on macOS: ⌘ and the modifier signs', async () => {
    const t = await uiOn('MacIntel', 'sv');
    expect(t('problems.fixed')).toBe('Åtgärdat. ⌘Z ångrar.');
    expect(t('review.commentShortcut')).toBe('Kommentera (⌥⌘M)');
    expect(t('budget.hint')).toBe('Tab flyttar mellan celler, Enter till nästa rad, ⌘↩ ny rad, ⌘⌫ tar bort raden (⌘Z ångrar), ⌥⇧↑/\u2060↓ flyttar den.');
    expect(t('budget.downKey', { n: 2 })).toBe('Flytta rad 2 ned (⌥⇧↓ i en cell)');
  });

  it('are written with Ctrl, Alt and the language’s name for Shift elsewhere', async () => {
    const t = await uiOn('Win32', 'sv');
    expect(t('budget.hint')).toBe('Tab flyttar mellan celler, Enter till nästa rad, Ctrl+Enter ny rad, Ctrl+Delete tar bort raden (Ctrl+Z ångrar), Alt+Skift+↑/\u2060↓ flyttar den.');
    expect(t('versions.restored', { time: '10:15' })).toBe('Versionen från 10:15 är återställd. Ångra (Ctrl+Z) tar tillbaka det som stod förut.');
    const tEn = await uiOn('Linux x86_64', 'en');
    expect(tEn('budget.upKey', { n: 1 })).toBe('Move line 1 up (Alt+Shift+↑ in a cell)');
    expect(tEn('review.newCommentHint')).toMatch(/^Select text and choose Comment \(Ctrl\+Alt\+M\), or/);
  });

  it('come from the key bindings: no text writes a shortcut itself', () => {
    for (const text of texts({ sv, en, reviewSv, reviewEn })) expect(text).not.toMatch(/\b(Ctrl|Alt|Shift|Skift|Cmd)\+|[⌘⌥⇧]|\bF\d+\b/);
  });
});
