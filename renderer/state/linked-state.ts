import type { LinkedDraftSummary } from '../../core/ipc/linked-contract';
import type { CheckOptions } from '../../core/rules';
import type { Draft } from '../../core/draft/schema';
import { createStore } from './create-store';

/** The linked draft as last read: its summary, or the error code reading it gave. */
export interface LinkedRead {
  file: string;
  result: { ok: true; summary: LinkedDraftSummary } | { ok: false; code: string };
}

export const linkedStore = createStore<{ read: LinkedRead | null }>({ read: null });

/** What the checks of `draft` are told of its linked draft: nothing until it has been read. */
export function linkedOption(draft: Draft): CheckOptions['linked'] {
  const read = linkedStore.get().read;
  if (!draft.linkedDraft || !read || read.file !== draft.linkedDraft.file) return undefined;
  return read.result.ok ? read.result.summary : 'missing';
}
