import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ErrorCode } from '../../core/result';
import { i18next, initI18n } from '../../renderer/i18n';
import { messageFor } from '../../renderer/messages';
import { en } from '../../core/i18n/en';
import { sv } from '../../core/i18n/sv';

beforeAll(() => {
  initI18n('sv');
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && !Array.isArray(v) ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe('UI text', () => {
  it('has the same keys in Swedish and English', () => {
    expect(keys(en).sort()).toEqual(keys(sv).sort());
  });
});

describe('messageFor', () => {
  const fileCodes = ['file-not-found', 'file-unreadable', 'file-too-large', 'file-binary', 'file-not-draft', 'file-corrupt', 'draft-invalid', 'draft-unknown-field', 'draft-too-new', 'wrong-extension', 'write-failed', 'folder-not-found', 'read-only', 'disk-full', 'target-exists', 'file-locked'];

  it.each(ErrorCode.options)('words %s in both languages without the raw message', async (code) => {
    for (const lng of ['sv', 'en'] as const) {
      await i18next.changeLanguage(lng);
      const text = messageFor({ code, message: 'ENOENT: raw detail at draft.sections.x', path: '/home/anna/Utkast/mombasa.kpdraft' });
      expect(text).not.toMatch(/ENOENT|raw detail|^errors\./);
      expect(text.length).toBeGreaterThan(8);
      if (fileCodes.includes(code)) expect(text).toContain('mombasa.kpdraft');
    }
  });

  it('says that nothing was lost', async () => {
    await i18next.changeLanguage('sv');
    expect(messageFor({ code: 'file-corrupt', message: 'x', path: '/a/b.kpdraft' }))
      .toBe('Filen ”b.kpdraft” kunde inte läsas: den verkar avbruten eller skadad. Originalet är orört.');
    expect(messageFor({ code: 'disk-full', message: 'x', path: 'C:\\Utkast\\b.kpdraft' })).toMatch(/Ditt arbete finns kvar/);
    await i18next.changeLanguage('en');
    expect(messageFor({ code: 'file-corrupt', message: 'x', path: '/a/b.kpdraft' })).toMatch(/The original is untouched\.$/);
  });

  it('words a refused file as a file to choose again, not as a lost connection', async () => {
    await i18next.changeLanguage('sv');
    const refused = messageFor({ code: 'forbidden', message: 'x', path: '/etc/passwd.kpdraft' });
    expect(refused).toContain('”passwd.kpdraft”');
    expect(refused).toContain('Öppna…');
    expect(refused).not.toMatch(/Ladda om sidan/);
    expect(messageFor({ code: 'forbidden', message: 'x' })).toMatch(/Ladda om sidan/);
    await i18next.changeLanguage('en');
    expect(messageFor({ code: 'forbidden', message: 'x', path: '/etc/passwd.kpdraft' })).toMatch(/^KP Drafter only uses files you chose in it\. Choose “passwd\.kpdraft”/);
  });

  it('says plainly that a gone app saved nothing, not even the automatic copy, and what to do', async () => {
    await i18next.changeLanguage('sv');
    const sv = messageFor({ code: 'app-gone', message: 'x' });
    expect(sv).toMatch(/^KP Drafter körs inte längre, så inget kunde sparas – inte heller den automatiska kopian/);
    expect(sv).toContain('Texten finns kvar i det här fönstret');
    expect(sv).toContain('npm run start:web');
    expect(sv).toContain('kopiera det till ett säkert ställe');
    await i18next.changeLanguage('en');
    const en = messageFor({ code: 'app-gone', message: 'x' });
    expect(en).toMatch(/^KP Drafter is not running any more, so nothing could be saved – not even the automatic copy/);
    expect(en).toContain('copy it somewhere safe');
  });

  it('names the field of an invalid draft, not the schema', async () => {
    await i18next.changeLanguage('sv');
    const text = messageFor({ code: 'draft-invalid', message: 'the draft is invalid at budget.3.amountOre: Invalid input: expected int', path: '/x.kpdraft' });
    expect(text).toContain('budget.3.amountOre');
    expect(text).not.toContain('Invalid input');
  });
});
