import { existsSync } from 'node:fs';
import { dirname, extname, isAbsolute, resolve } from 'node:path';

/** What a request wants to do with a path: read an existing file, or write a file of this extension. */
export type PathUse = { kind: 'read' } | { kind: 'write'; ext: '.kpdraft' | '.docx' | '.xlsx' };

export interface GrantedPathsDeps {
  /** The paths of this user's recent list (electron-store), read at every check. */
  recent: () => readonly string[];
  /** Defaults to the file system; tests pass their own. */
  exists?: (path: string) => boolean;
  /** Defaults to process.platform: Windows and macOS compare paths without regard to case. */
  platform?: NodeJS.Platform;
}

/**
 * The files main has handed out: what a native dialog returned, what the command line, a second
 * launch, macOS's open-file or a drop on the window named, and this user's recent list. The
 * renderer names files by path, and a page that went wrong (a bug, injected content) must not be
 * able to read or overwrite any other file of the user's. One registry for the app: a file chosen
 * in one window may be opened in another.
 *
 * One more kind of write is allowed: a new file (it does not exist yet) with the right extension
 * in the folder of a granted file. That is where the app itself puts copies next to an opened
 * draft (a reviewer's copy, "keep both" after a conflict). Nothing existing can be reached that way.
 */
export class GrantedPaths {
  private readonly granted = new Set<string>();
  private readonly exists: (path: string) => boolean;
  private readonly foldCase: boolean;

  constructor(private readonly d: GrantedPathsDeps) {
    this.exists = d.exists ?? existsSync;
    const platform = d.platform ?? process.platform;
    this.foldCase = platform === 'win32' || platform === 'darwin';
  }

  /** Records a path main handed out (relative paths never count). */
  grant(path: string): void {
    if (isAbsolute(path)) this.granted.add(this.key(path));
  }

  /** True when the renderer may use `path` this way. */
  allows(path: string, use: PathUse): boolean {
    if (!isAbsolute(path)) return false;
    const key = this.key(path);
    if (this.granted.has(key) || this.recentKeys().has(key)) return true;
    if (use.kind !== 'write' || extname(key).toLowerCase() !== use.ext) return false;
    return !this.exists(resolve(path)) && this.grantedFolders().has(dirname(key));
  }

  private key(path: string): string {
    const full = resolve(path);
    return this.foldCase ? full.toLowerCase() : full;
  }

  private recentKeys(): Set<string> {
    return new Set(this.d.recent().filter((p) => isAbsolute(p)).map((p) => this.key(p)));
  }

  private grantedFolders(): Set<string> {
    return new Set([...this.granted, ...this.recentKeys()].map((k) => dirname(k)));
  }
}
