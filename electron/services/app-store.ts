import { z } from 'zod';
import { Settings, settingsFromStored } from '../../core/settings';
import { RecentFile, ReviewRole } from '../../core/ipc/contract';

/**
 * The persistent key-value store behind settings and the recent-files list. Main passes an
 * electron-store instance; browser mode, the CLI and tests pass a `conf` instance (electron-store's
 * own engine), so this module never imports electron.
 */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

const MAX_RECENT = 12;
/** Files whose role (author or reviewer) is remembered; the oldest are forgotten first. */
const MAX_ROLES = 200;
const RoleEntry = z.strictObject({ path: z.string().min(1), role: ReviewRole });

/** Settings and recent files over a key-value store, validated on every read (users edit these files). */
export class AppStore {
  constructor(private readonly kv: KeyValueStore) {}

  getSettings(): Settings {
    return settingsFromStored(this.kv.get('settings'));
  }

  setSettings(patch: Partial<Settings>): Settings {
    const next = Settings.parse({ ...this.getSettings(), ...patch });
    this.kv.set('settings', next);
    return next;
  }

  getRecent(): RecentFile[] {
    const stored = z.array(RecentFile).safeParse(this.kv.get('recent') ?? []);
    return stored.success ? stored.data : [];
  }

  addRecent(entry: RecentFile): RecentFile[] {
    const next = [entry, ...this.getRecent().filter((r) => r.path !== entry.path)].slice(0, MAX_RECENT);
    this.kv.set('recent', next);
    return next;
  }

  /** The role each file was last opened in (most recent first). */
  getReviewRoles(): Array<z.infer<typeof RoleEntry>> {
    const stored = z.array(RoleEntry).safeParse(this.kv.get('reviewRoles') ?? []);
    return stored.success ? stored.data : [];
  }

  setReviewRole(path: string, role: ReviewRole): void {
    this.kv.set('reviewRoles', [{ path, role }, ...this.getReviewRoles().filter((r) => r.path !== path)].slice(0, MAX_ROLES));
  }

  removeRecent(path: string): RecentFile[] {
    const next = this.getRecent().filter((r) => r.path !== path);
    this.kv.set('recent', next);
    return next;
  }
}
