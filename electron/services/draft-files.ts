import { readFile } from 'node:fs/promises';
import writeFileAtomic from 'write-file-atomic';
import { parseDraftFile, serializeDraft } from '../../core/draft/file-format';
import type { Draft } from '../../core/draft/schema';
import { err, ok, type Result } from '../../core/result';

/** Reads and validates a `.kpdraft` file. Never throws; never writes. */
export async function readDraftFile(path: string): Promise<Result<Draft>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return err('file-not-found', 'the file does not exist', path);
    return err('file-unreadable', 'the file could not be read', path);
  }
  const parsed = parseDraftFile(text);
  return parsed.ok ? parsed : err(parsed.error.code, parsed.error.message, path);
}

/** Writes a draft atomically (temp file in the same folder, fsync, rename). */
export async function writeDraftFile(path: string, draft: Draft): Promise<Result<{ savedAt: string }>> {
  try {
    await writeFileAtomic(path, serializeDraft(draft), { encoding: 'utf8', fsync: true });
    return ok({ savedAt: new Date().toISOString() });
  } catch {
    return err('write-failed', 'the file could not be saved; the previous version is untouched', path);
  }
}
