import type { Annotation } from '../draft/annotation';
import type { Draft } from '../draft/schema';
import { tryProposal, type ProposalRefusal } from './proposal';
import { openRowProposals, type RowProposalThread } from './proposal-rows';
import { setResolved, type ReviewEnv } from './threads';

/**
 * Deciding proposed rows and removals, one or many at once (Acceptera alla / Avvisa alla, per
 * person too): an accepted one goes into the draft through `tryProposal`, a rejected one leaves the
 * draft as it is; either way its comment is resolved. A proposal the draft cannot take is refused
 * and stays open, so nothing a reviewer proposed is lost and the draft always stays one that saves.
 */

export type RowVerdict = 'accept' | 'reject' | 'keep';

export interface RowDecision {
  draft: Draft;
  annotations: Annotation[];
  /** Ids of the comments decided (their proposals accepted or rejected). */
  decided: string[];
  /** Accepted proposals the draft could not take, with why; their comments stay open. */
  refused: Array<{ id: string; reason: ProposalRefusal }>;
}

/** Decides the open row proposals `verdict` names, in the order of the comments. Pure. */
export function decideRowProposals(draft: Draft, annotations: readonly Annotation[], verdict: (t: RowProposalThread) => RowVerdict, env: ReviewEnv): RowDecision {
  const out: RowDecision = { draft, annotations: [...annotations], decided: [], refused: [] };
  for (const thread of openRowProposals(annotations)) {
    const v = verdict(thread);
    if (v === 'keep' || thread.anchor.kind !== 'field') continue;
    if (v === 'accept') {
      const r = tryProposal(out.draft, thread.anchor.field, thread.proposal);
      if (!r.ok) {
        out.refused.push({ id: thread.id, reason: r.reason });
        continue;
      }
      out.draft = r.draft;
    }
    const resolved = setResolved(out.annotations, env, thread.id, true);
    if (resolved.ok) out.annotations = resolved.value;
    out.decided.push(thread.id);
  }
  return out;
}
