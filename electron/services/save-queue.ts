import fs from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';

/**
 * One save at a time per file. Saves of one file run one after another in the order they were
 * issued, each to its end (backup, write, rename) before the next starts, so the file ends as
 * the last save issued and every backup is the version its save replaced.
 */

const tails = new Map<string, Promise<void>>();

function inTurn<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  const run = previous.then(task);
  const tail = run.then(
    () => {},
    () => {},
  );
  tails.set(key, tail);
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key);
  });
  return run;
}

/**
 * Runs `task` when every earlier save of the same file has finished. Queued at once under the
 * path as given (so the order of issue holds, although finding the real path takes a moment),
 * then under the file's real path, so that a link or another spelling of the same file waits too.
 */
export function oneSaveAtATime<T>(path: string, task: () => Promise<T>): Promise<T> {
  return inTurn(`given:${resolve(path)}`, async () => inTurn(`real:${await realFileKey(path)}`, task));
}

const realpathNative = (p: string) => promisify(fs.realpath.native)(p);

/** The resolved real path; lower-cased where file names ignore case (Windows, macOS). */
async function realFileKey(path: string): Promise<string> {
  const absolute = resolve(path);
  const real = await realpathNative(absolute).catch(async () => {
    const folder = await realpathNative(dirname(absolute)).catch(() => dirname(absolute));
    return join(folder, basename(absolute));
  });
  return process.platform === 'win32' || process.platform === 'darwin' ? real.toLowerCase() : real;
}
