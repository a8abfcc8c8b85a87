import { beforeAll, describe, expect, it, vi } from 'vitest';
import { i18next, initI18n } from '../../renderer/i18n';
import { messageFor } from '../../renderer/messages';

beforeAll(() => {
  initI18n('sv');
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('a refused save says why and what to do', () => {
  it.each([
    ['draft-too-large', /25 MB/, /25 MB/],
    ['draft-too-deep', /Skift\+Tab \(listor kan ha högst 9 nivåer\)/, /Shift\+Tab \(lists can have at most 9 levels\)/],
    ['draft-not-reopenable', /oförändrad/, /unchanged/],
  ] as const)('%s', async (code, sv, en) => {
    const error = { code, message: 'raw', path: '/home/anna/Ansökan.kpdraft' };
    await i18next.changeLanguage('sv');
    expect(messageFor(error)).toMatch(/^”Ansökan\.kpdraft” sparades inte/);
    expect(messageFor(error)).toMatch(sv);
    expect(messageFor(error)).toMatch(/Ditt arbete finns kvar/);
    await i18next.changeLanguage('en');
    expect(messageFor(error)).toMatch(/^“Ansökan\.kpdraft” was not saved/);
    expect(messageFor(error)).toMatch(en);
    expect(messageFor(error)).toMatch(/Your work is still here/);
  });
});

describe('a failed export says "export", not "save"', () => {
  it.each(['write-failed', 'read-only', 'disk-full', 'folder-not-found', 'target-is-folder'] as const)('%s', async (code) => {
    const error = { code, message: 'raw', path: '/home/anna/Mapp.docx' };
    await i18next.changeLanguage('sv');
    expect(messageFor(error, { during: 'export' })).toMatch(/exportera/);
    expect(messageFor(error, { during: 'export' })).not.toMatch(/\bspara/);
    await i18next.changeLanguage('en');
    expect(messageFor(error, { during: 'export' })).toMatch(/export/);
    expect(messageFor(error, { during: 'export' })).not.toMatch(/\bsaved?\b/);
  });

  it('a folder in the way is named as a folder', async () => {
    await i18next.changeLanguage('sv');
    expect(messageFor({ code: 'target-is-folder', message: 'raw', path: '/x/Mapp.docx' }, { during: 'export' })).toMatch(/^Det finns en mapp som heter ”Mapp\.docx”/);
    expect(messageFor({ code: 'target-is-folder', message: 'raw', path: '/x/Mapp.kpdraft' })).toMatch(/^Det finns en mapp som heter ”Mapp\.kpdraft”/);
  });
});
