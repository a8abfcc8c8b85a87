import { mkdtemp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { defaultSettings } from '../../../core/settings';
import { Spelling, dictionarySources, hasDictionaryIn, spellingPlan } from '../../../electron/main/spelling';
import { createFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});
async function folders(bundled: Record<string, string> = {}) {
  const root = await mkdtemp(join(tmpdir(), 'kp-spelling-'));
  dirs.push(root);
  const bundledDir = join(root, 'resources', 'dictionaries');
  await mkdir(bundledDir, { recursive: true });
  for (const [name, content] of Object.entries(bundled)) await writeFile(join(bundledDir, name), content);
  return { bundledDir, profileDir: join(root, 'userData', 'Dictionaries') };
}
function start(platform: NodeJS.Platform, dirs: { bundledDir: string; profileDir: string }) {
  const session = createFakeElectron().fakeSession();
  const spelling = new Spelling({ session: session as unknown as Session, platform, profileDictionaries: dirs.profileDir, bundledDictionaries: dirs.bundledDir, log: () => {} });
  return { session, spelling };
}

describe('where dictionaries come from', () => {
  it('macOS and Windows: the operating system’s spellchecker; Linux: only a dictionary on this computer', () => {
    const none = () => false;
    expect(dictionarySources('darwin', none, new Set())).toEqual({ 'sv-SE': 'system', 'en-GB': 'system' });
    expect(dictionarySources('win32', none, new Set())).toEqual({ 'sv-SE': 'system', 'en-GB': 'system' });
    expect(dictionarySources('linux', (l) => l === 'en-GB', new Set())).toEqual({ 'sv-SE': 'missing', 'en-GB': 'local' });
    expect(dictionarySources('win32', none, new Set(['sv-SE']))).toEqual({ 'sv-SE': 'missing', 'en-GB': 'system' });
  });

  it('reads Chromium’s .bdic dictionaries only, not a distribution’s Hunspell .aff/.dic pair', async () => {
    const { bundledDir } = await folders({ 'sv_SE.aff': 'SET UTF-8\n', 'sv_SE.dic': '1\nkommun\n', 'en-GB-10-1.bdic': 'BDic' });
    expect(hasDictionaryIn(bundledDir, 'sv-SE')).toBe(false);
    expect(hasDictionaryIn(bundledDir, 'en-GB')).toBe(true);
    expect(hasDictionaryIn(join(bundledDir, 'nowhere'), 'en-GB')).toBe(false);
  });
});

describe('what the spellchecker checks', () => {
  const both = { 'sv-SE': 'local', 'en-GB': 'local' } as const;
  it('the draft’s document language only, when spelling is on for it', () => {
    expect(spellingPlan(defaultSettings, 'sv-SE', both)).toEqual({ enabled: true, languages: ['sv-SE'] });
    expect(spellingPlan(defaultSettings, 'en-GB', both)).toEqual({ enabled: true, languages: ['en-GB'] });
  });
  it('nothing when spelling is off, the language is not chosen, or its dictionary is missing', () => {
    expect(spellingPlan({ ...defaultSettings, spellcheck: false }, 'sv-SE', both).enabled).toBe(false);
    expect(spellingPlan({ ...defaultSettings, spellcheckLanguages: ['en-GB'] }, 'sv-SE', both).enabled).toBe(false);
    expect(spellingPlan(defaultSettings, 'sv-SE', { ...both, 'sv-SE': 'missing' }).enabled).toBe(false);
  });
});

describe('the session’s spellchecker, offline', () => {
  it('on Linux points the dictionary download at the app’s own folder (file://), never a web address', async () => {
    const d = await folders();
    const { session } = start('linux', d);
    const url = session.setSpellCheckerDictionaryDownloadURL.mock.calls[0]![0] as string;
    expect(url).toMatch(/^file:\/\//);
    expect(url.endsWith('/resources/dictionaries/')).toBe(true);
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
  });

  it('puts the shipped dictionaries where Chromium looks before it would download, keeping any already there', async () => {
    const d = await folders({ 'sv-SE-3-0.bdic': 'shipped sv', 'en-GB-10-1.bdic': 'shipped en', 'de-DE-3-0.bdic': 'other' });
    await mkdir(d.profileDir, { recursive: true });
    await writeFile(join(d.profileDir, 'en-GB-10-1.bdic'), 'newer en');
    const { spelling } = start('linux', d);
    expect((await readdir(d.profileDir)).sort()).toEqual(['en-GB-10-1.bdic', 'sv-SE-3-0.bdic']);
    expect(spelling.status()).toEqual({ 'sv-SE': 'local', 'en-GB': 'local' });
  });

  it('checks the focused window’s draft language, and turns off for a language without a dictionary', async () => {
    const d = await folders({ 'en-GB-10-1.bdic': 'en' });
    const { session, spelling } = start('linux', d);
    spelling.apply(defaultSettings, 'en-GB');
    expect(session.setSpellCheckerEnabled).toHaveBeenLastCalledWith(true);
    expect(session.setSpellCheckerLanguages).toHaveBeenLastCalledWith(['en-GB']);
    spelling.apply(defaultSettings, 'sv-SE');
    expect(session.setSpellCheckerEnabled).toHaveBeenLastCalledWith(false);
    expect(session.setSpellCheckerLanguages).toHaveBeenCalledTimes(1);
  });

  it('counts a language whose dictionary failed to load as missing', async () => {
    const { session, spelling } = start('win32', await folders());
    expect(spelling.status()['sv-SE']).toBe('system');
    session.emit('spellcheck-dictionary-download-failure', {}, 'sv-SE');
    expect(spelling.status()['sv-SE']).toBe('missing');
    spelling.apply(defaultSettings, 'sv-SE');
    expect(session.setSpellCheckerEnabled).toHaveBeenLastCalledWith(false);
  });

  it('on macOS leaves the system’s spellchecker to find its language and sets no download address', async () => {
    const { session, spelling } = start('darwin', await folders());
    spelling.apply(defaultSettings, 'sv-SE');
    expect(session.setSpellCheckerDictionaryDownloadURL).not.toHaveBeenCalled();
    expect(session.setSpellCheckerLanguages).not.toHaveBeenCalled();
    expect(session.setSpellCheckerEnabled).toHaveBeenLastCalledWith(true);
  });
});

describe('the dictionaries the app ships', () => {
  const shipped = join(import.meta.dirname, '../../../build/dictionaries');

  it('cover both document languages on Linux, in Chromium’s own format and under the names it asks for', async () => {
    for (const language of ['sv-SE', 'en-GB'] as const) expect(hasDictionaryIn(shipped, language)).toBe(true);
    const status = dictionarySources('linux', (l) => hasDictionaryIn(shipped, l), new Set());
    expect(spellingPlan(defaultSettings, 'sv-SE', status).enabled).toBe(true);
    const { readFile } = await import('node:fs/promises');
    for (const f of (await readdir(shipped)).filter((n) => n.endsWith('.bdic'))) {
      expect(f).toMatch(/^(sv-SE-3-0|en-GB-10-1)\.bdic$/);
      expect((await readFile(join(shipped, f))).subarray(0, 4).toString('latin1')).toBe('BDic');
    }
  });
});
