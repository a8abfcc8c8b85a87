import { dirname, resolve } from 'node:path';
import type { Draft } from '../../../core/draft/schema';
import { linkedSummary } from '../../../core/draft/linked-summary';
import type { CheckOptions } from '../../../core/rules';
import { readDraftFile } from '../../services/draft-files';

/**
 * The draft that `draft` (read from `draftPath`) names as submitted with it, as its checks need
 * it: a relative path is taken from the draft's own folder; one that cannot be read is 'missing'.
 * Undefined when the draft names none.
 */
export async function loadLinked(draftPath: string, draft: Draft): Promise<CheckOptions['linked']> {
  const file = draft.linkedDraft?.file;
  if (!file) return undefined;
  const r = await readDraftFile(resolve(dirname(draftPath), file));
  return r.ok ? linkedSummary(r.value) : 'missing';
}
