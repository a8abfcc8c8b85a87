import { homedir } from 'node:os';
import { join } from 'node:path';

type Env = Record<string, string | undefined>;

/**
 * Where browser mode keeps its settings, recent files and recovery area: KP_USER_DATA, else the
 * platform's configuration folder (kept apart from the desktop app's, which Electron owns).
 */
export function webUserDataDir(env: Env = process.env, platform = process.platform, home = homedir()): string {
  if (env.KP_USER_DATA) return env.KP_USER_DATA;
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'kp-drafter-web');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'kp-drafter-web');
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'kp-drafter-web');
}

/** The folder the in-app picker opens on: KP_DRAFTS_DIR, else "KP Drafter" in the user's documents. */
export function draftsDirFor(env: Env = process.env, home = homedir()): string {
  return env.KP_DRAFTS_DIR || join(home, 'Documents', 'KP Drafter');
}
