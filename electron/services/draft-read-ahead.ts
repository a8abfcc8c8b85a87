import { stat } from 'node:fs/promises';
import { hasDraftExtension } from '../../core/draft/file-format';
import type { Draft } from '../../core/draft/schema';
import type { DiskFingerprint } from '../../core/ipc/contract';
import { err, ok, type Err, type Result } from '../../core/result';
import { fingerprintOf } from './disk-fingerprint';
import { parseDraftBytes, readDraftBytes, readDraftFile } from './draft-files';

type Read = Result<{ draft: Draft; fingerprint: DiskFingerprint }>;

/** The draft, and the fingerprint of exactly the bytes it was parsed from (for the save's conflict check). */
export async function readDraftWithFingerprint(path: string): Promise<Read> {
  if (!hasDraftExtension(path)) return readDraftFile(path) as Promise<Err>;
  const before = await stat(path).catch(() => null);
  const bytes = await readDraftBytes(path);
  if (!bytes.ok) return bytes;
  const parsed = parseDraftBytes(bytes.value);
  if (!parsed.ok) return err(parsed.error.code, parsed.error.message, path);
  return ok({ draft: parsed.value, fingerprint: fingerprintOf(bytes.value, before?.mtimeMs ?? 0) });
}

/**
 * A draft named at launch (command line, file manager) is read and validated while the window
 * is still loading, so the window's `draft:open` finds it ready. A read-ahead is used once, and
 * only while the file is unchanged since it was read (same size and modification time).
 */
interface Ahead {
  size: number;
  mtimeMs: number;
  result: Read;
}

const ahead = new Map<string, Promise<Ahead | null>>();

async function readAhead(path: string): Promise<Ahead | null> {
  try {
    // Taken before reading: a change during or after the read shows up as a different stat at use.
    const before = await stat(path);
    return { size: before.size, mtimeMs: before.mtimeMs, result: await readDraftWithFingerprint(path) };
  } catch {
    return null;
  }
}

/** Starts reading a draft the window is about to ask for. */
export function readDraftAhead(path: string): Promise<unknown> {
  if (!ahead.has(path)) ahead.set(path, readAhead(path));
  // Callers need not wait; the promise only says when the read is done (tests change the file after it).
  return ahead.get(path)!;
}

/** Like readDraftWithFingerprint, answered from a read-ahead of the same, unchanged file when there is one. */
export async function readDraftFileOrAhead(path: string): Promise<Read> {
  const pending = ahead.get(path);
  ahead.delete(path);
  const hit = pending && (await pending);
  if (hit) {
    const now = await stat(path).catch(() => null);
    if (now && now.size === hit.size && now.mtimeMs === hit.mtimeMs) return hit.result;
  }
  return readDraftWithFingerprint(path);
}
