import { resolve } from 'node:path';

/**
 * Which file each window has open, as main last saw it answered (open, save, restore, new). A
 * second open of a file that a window already shows brings that window forward instead of
 * reading the file into a window twice, where two copies would then be edited against each other.
 */
export class OpenFiles {
  private readonly byWindow = new Map<number, string>();

  constructor(private readonly platform: NodeJS.Platform = process.platform) {}

  /** The window now shows `path` (null: a draft with no file, or nothing). */
  set(windowId: number, path: string | null): void {
    if (path) this.byWindow.set(windowId, path);
    else this.byWindow.delete(windowId);
  }

  forget(windowId: number): void {
    this.byWindow.delete(windowId);
  }

  /** The window that has `path` open, if any. */
  holderOf(path: string): number | undefined {
    const wanted = this.normal(path);
    for (const [id, open] of this.byWindow) if (this.normal(open) === wanted) return id;
    return undefined;
  }

  // Windows and macOS file systems ignore case by default; Linux does not.
  private normal(path: string): string {
    const full = resolve(path);
    return this.platform === 'win32' || this.platform === 'darwin' ? full.toLowerCase() : full;
  }
}
