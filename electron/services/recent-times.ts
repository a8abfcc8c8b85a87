import { stat } from 'node:fs/promises';
import type { RecentFile } from '../../core/ipc/contract';

/**
 * The recent list with each file's own modification time, not when the app last opened or saved
 * it: a draft changed by a colleague, a sync client or another program shows when it really
 * changed. A file that cannot be read now keeps the time the app last knew.
 */
export async function withFileTimes(recent: readonly RecentFile[]): Promise<RecentFile[]> {
  return Promise.all(recent.map(async (r) => {
    try {
      const s = await stat(r.path);
      return { ...r, modifiedAt: s.mtime.toISOString() };
    } catch {
      return r;
    }
  }));
}
