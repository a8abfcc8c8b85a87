import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temp folder, removed by the returned cleanup. */
export async function tempFolder(prefix = 'kp-draft-files-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Makes a folder truly unwritable and returns the undo. Permission bits stop ordinary users;
 * root ignores them, so as root the immutable attribute is used (which stops root too).
 * Returns null when this machine offers neither.
 */
export function makeUnwritable(dir: string): (() => void) | null {
  if (process.getuid?.() !== 0) {
    fs.chmodSync(dir, 0o555);
    return () => fs.chmodSync(dir, 0o755);
  }
  try {
    execFileSync('chattr', ['+i', dir], { stdio: 'ignore' });
    return () => execFileSync('chattr', ['-i', dir], { stdio: 'ignore' });
  } catch {
    return null;
  }
}

type Fault = { code: string; on: 'open' | 'write'; match: (path: string) => boolean };

/**
 * Makes the file system fail like a real one would, for paths that `match`: `open` fails at once
 * (EACCES, EROFS …), `write` writes half the data and then fails (ENOSPC: the disk filled up
 * mid-write). Patches Node's shared `fs` module, which the atomic writer calls through; the
 * returned function restores it.
 */
export function injectFault(fault: Fault): () => void {
  const realOpen = fs.open;
  const realWrite = fs.write;
  const watched = new Set<number>();
  const fail = (syscall: string, path?: string) =>
    Object.assign(new Error(`${fault.code}: injected fault, ${syscall}`), { code: fault.code, syscall, path });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  (fs as any).open = (path: fs.PathLike, ...rest: any[]) => {
    const cb = rest.at(-1) as (e: NodeJS.ErrnoException | null, fd?: number) => void;
    const p = String(path);
    if (!fault.match(p)) return (realOpen as (...a: unknown[]) => void)(path, ...rest);
    if (fault.on === 'open') return process.nextTick(cb, fail('open', p));
    return (realOpen as (...a: unknown[]) => void)(path, ...rest.slice(0, -1), (e: NodeJS.ErrnoException | null, fd?: number) => {
      if (!e && fd !== undefined) watched.add(fd);
      cb(e, fd);
    });
  };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  (fs as any).write = (fd: number, data: unknown, ...rest: any[]) => {
    const cb = rest.at(-1) as (e: NodeJS.ErrnoException | null) => void;
    if (!watched.has(fd)) return (realWrite as (...a: unknown[]) => void)(fd, data, ...rest);
    const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data as Uint8Array);
    fs.writeSync(fd, bytes.subarray(0, Math.floor(bytes.length / 2)));
    process.nextTick(cb, fail('write'));
  };
  return () => {
    fs.open = realOpen;
    fs.write = realWrite;
  };
}

/** The app store's key-value backing, in memory: what electron-store or conf hold on disk. */
export function memoryStore() {
  const kv = new Map<string, unknown>();
  return { get: (k: string) => kv.get(k), set: (k: string, v: unknown) => void kv.set(k, v) };
}
