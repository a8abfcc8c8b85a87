import { Packer } from 'docx';
import writeFileAtomic from 'write-file-atomic';
import { buildDocx } from '../../core/docx/build-docx';
import type { Draft, DocumentLanguage } from '../../core/draft/schema';
import { err, ok, type Result } from '../../core/result';
import { loadApplicationTemplate } from './templates';

export interface ExportOptions {
  language?: DocumentLanguage;
  withComments?: boolean;
  allowErrors?: boolean;
}

/** Builds and atomically writes the .docx of a draft. */
export async function exportDocx(draft: Draft, path: string, o: ExportOptions = {}): Promise<Result<{ path: string }>> {
  const doc = buildDocx(draft, { template: loadApplicationTemplate(), language: o.language ?? draft.documentLanguage });
  const bytes = await Packer.toBuffer(doc);
  try {
    await writeFileAtomic(path, bytes, { fsync: true });
  } catch {
    return err('write-failed', 'the Word document could not be written', path);
  }
  return ok({ path });
}
