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
