import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { app } from 'electron';
import Store from 'electron-store';
import type { KeyValueStore } from '../services/app-store';
import type { Logger } from './log';

const NAME = 'config';
// Keys are opaque names ('settings', 'recent', 'windowState'); a dot in one must not mean nesting.
const OPTIONS = { name: NAME, accessPropertiesByDotNotation: false } as const;

/**
 * The app's electron-store (settings, recent files, window state) in the user-data folder.
 * A config file that no longer parses (hand-edited, disk trouble) is copied aside before a fresh
 * one is started, so the app still opens and the old content can be recovered by hand.
 */
export function openElectronStore(log: Logger): KeyValueStore {
  try {
    return new Store(OPTIONS);
  } catch (e) {
    log.error('settings file unreadable; keeping a copy and starting with defaults', e);
    const file = join(app.getPath('userData'), `${NAME}.json`);
    try {
      copyFileSync(file, `${file}.unreadable-${Date.now()}`);
    } catch (copyError) {
      log.error('could not keep a copy of the unreadable settings file', copyError);
    }
    return new Store({ ...OPTIONS, clearInvalidConfig: true });
  }
}
