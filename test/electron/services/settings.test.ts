import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../core/ipc/dispatch';
import { defaultSettings } from '../../../core/settings';
import { AppStore } from '../../../electron/services/app-store';
import { createServiceHandlers } from '../../../electron/services/handlers';
import { memoryStore } from './draft-files-helpers';

function service(stored?: unknown) {
  const kv = memoryStore();
  if (stored !== undefined) kv.set('settings', stored);
  const store = new AppStore(kv);
  const handlers = createServiceHandlers({ store, mode: 'web', version: 't', draftsDir: '/tmp/none', userDataDir: '/tmp/none-user' });
  return { kv, store, ask: (channel: 'settings:get' | 'settings:set', req: unknown) => dispatch(handlers, channel, req) };
}

describe('settings through the one contract', () => {
  it('start from the defaults: no name, autosave to file off, 5 backups, the edition in force, spelling in both languages', async () => {
    const { ask } = service();
    expect(await ask('settings:get', {})).toEqual({ ok: true, value: defaultSettings });
    expect(defaultSettings).toMatchObject({ authorName: '', authorOrganisation: '', autosaveToFile: false, backupCount: 5, defaultEdition: 'in-force', spellcheck: true, spellcheckLanguages: ['sv-SE', 'en-GB'] });
  });

  it('store a change and keep it for the next start (read back from the same store)', async () => {
    const { ask, kv } = service();
    const patch = { authorName: 'Lena Berg', authorOrganisation: 'Kalix kommun', autosaveToFile: true, backupCount: 12, defaultEdition: 'icld-kp-2023', spellcheckLanguages: ['en-GB' as const] };
    const set = await ask('settings:set', patch);
    expect(set).toMatchObject({ ok: true, value: patch });
    const again = new AppStore(kv);
    expect(again.getSettings()).toMatchObject({ ...patch, uiLanguage: 'sv', spellcheck: true });
  });

  it('refuse bad values with a message naming the setting, and change nothing', async () => {
    const { ask, store } = service();
    for (const [patch, field] of [
      [{ backupCount: 101 }, 'backupCount'],
      [{ backupCount: -1 }, 'backupCount'],
      [{ backupCount: 2.5 }, 'backupCount'],
      [{ defaultEdition: '' }, 'defaultEdition'],
      [{ spellcheckLanguages: ['de-DE'] }, 'spellcheckLanguages'],
      [{ authorOrganisation: 'x'.repeat(201) }, 'authorOrganisation'],
      [{ colour: 'red' }, 'colour'],
    ] as const) {
      const r = await ask('settings:set', patch);
      expect(r, JSON.stringify(patch)).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining(field) } });
    }
    expect(store.getSettings()).toEqual(defaultSettings);
  });

  it('accept the bounds of the backup count: 0 (keep none) and 100', async () => {
    const { ask } = service();
    expect(await ask('settings:set', { backupCount: 0 })).toMatchObject({ ok: true, value: { backupCount: 0 } });
    expect(await ask('settings:set', { backupCount: 100 })).toMatchObject({ ok: true, value: { backupCount: 100 } });
  });

  it('read a hand-edited file value by value: one bad value falls back to its default, the others stay', async () => {
    const { store } = service({ authorName: 'Lena', backupCount: 'many', spellcheck: false, uiLanguage: 'fi', unknown: 1 });
    expect(store.getSettings()).toEqual({ ...defaultSettings, authorName: 'Lena', spellcheck: false });
  });

  it('read settings written before organisation, edition and spelling existed', async () => {
    const { store } = service({ uiLanguage: 'en', authorName: 'Ann', authorInitials: 'A', autosaveToFile: true, backupCount: 3 });
    expect(store.getSettings()).toEqual({ ...defaultSettings, uiLanguage: 'en', authorName: 'Ann', authorInitials: 'A', autosaveToFile: true, backupCount: 3 });
  });

  it('survive a settings entry that is not an object at all', async () => {
    expect(service('garbage').store.getSettings()).toEqual(defaultSettings);
    expect(service(null).store.getSettings()).toEqual(defaultSettings);
  });
});
