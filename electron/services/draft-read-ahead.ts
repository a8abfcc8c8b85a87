import { stat } from 'node:fs/promises';
import type { Draft } from '../../core/draft/schema';
import type { Result } from '../../core/result';
import { readDraftFile } from './draft-files';

/**
 * A draft named at launch (command line, file manager) is read and validated while the window
 * is still loading, so the window's `draft:open` finds it ready. A read-ahead is used once, and
 * only while the file is unchanged since it was read (same size and modification time).
 */
interface Ahead {
  size: number;
  mtimeMs: number;
  result: Result<Draft>;
}

const ahead = new Map<string, Promise<Ahead | null>>();

async function readAhead(path: string): Promise<Ahead | null> {
  try {
    // Taken before reading: a change during or after the read shows up as a different stat at use.
    const before = await stat(path);
    return { size: before.size, mtimeMs: before.mtimeMs, result: await readDraftFile(path) };
  } catch {
    return null;
  }
}

/** Starts reading a draft the window is about to ask for. */
export function readDraftAhead(path: string): void {
  if (!ahead.has(path)) ahead.set(path, readAhead(path));
}

/** Like readDraftFile, answered from a read-ahead of the same, unchanged file when there is one. */
export async function readDraftFileOrAhead(path: string): Promise<Result<Draft>> {
  const pending = ahead.get(path);
  ahead.delete(path);
  const hit = pending && (await pending);
  if (hit) {
    const now = await stat(path).catch(() => null);
    if (now && now.size === hit.size && now.mtimeMs === hit.mtimeMs) return hit.result;
  }
  return readDraftFile(path);
}
