import type { BudgetLine, Draft, ReuseRecord, TeamMember } from '../draft/schema';
import type { SideMap } from './sides';

/** Where reused content came from, as the open draft remembers it. */
export interface ReuseSource {
  file: string;
  draft: Draft;
}

export interface ReuseContext {
  now: Date;
  newId: () => string;
}

/** A fresh id that none of `taken` has (ids from the generator are tried until one is free). */
export function freshId(taken: Set<string>, newId: () => string): string {
  for (let i = 0; i < 1000; i++) {
    const id = newId();
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
  throw new Error('the id generator gave no unused id');
}

/** The record that says a part of the open draft (section id, "team" or "budget") came from `source`. */
export function buildReuseRecord(target: Draft, source: ReuseSource, part: string, ids: string[], c: ReuseContext): ReuseRecord {
  const taken = new Set(target.reused.map((r) => r.id));
  return {
    id: freshId(taken, c.newId),
    part,
    ids,
    sourceFile: source.file,
    sourceTitle: source.draft.title,
    sourceModifiedAt: source.draft.modifiedAt,
    reusedAt: c.now.toISOString(),
  };
}

/** Thrown when a side of a chosen item has no side in the open draft yet (the user must choose one first). */
export class UnmappedSide extends Error {
  constructor(readonly side: string) {
    super('a side of the reused items is not mapped to the open draft');
  }
}

function mapped(sides: SideMap, side: string): string {
  const to = sides[side];
  if (!to) throw new UnmappedSide(side);
  return to;
}

/**
 * The open draft with chosen team members of `source` added at the end of its team, with new ids
 * and sides mapped, and a record of where they came from. Throws UnmappedSide when a side is unmapped.
 */
export function reuseTeamMembers(target: Draft, source: ReuseSource, memberIds: readonly string[], sides: SideMap, c: ReuseContext): Draft {
  const taken = new Set(target.team.map((m) => m.id));
  const chosen = source.draft.team.filter((m) => memberIds.includes(m.id));
  const added: TeamMember[] = chosen.map((m) => ({ ...m, id: freshId(taken, c.newId), side: mapped(sides, m.side) }));
  if (added.length === 0) return target;
  const record = buildReuseRecord(target, source, 'team', added.map((m) => m.id), c);
  return { ...target, team: [...target.team, ...added], reused: [...target.reused, record] };
}

/**
 * The open draft with chosen budget lines of `source` added at the end of its budget: new ids,
 * sides mapped, and no activity (the earlier draft's activities are not this draft's).
 */
export function reuseBudgetLines(target: Draft, source: ReuseSource, lineIds: readonly string[], sides: SideMap, c: ReuseContext): Draft {
  const taken = new Set(target.budget.map((l) => l.id));
  const chosen = source.draft.budget.filter((l) => lineIds.includes(l.id));
  const added: BudgetLine[] = chosen.map((l) => ({ ...l, id: freshId(taken, c.newId), side: mapped(sides, l.side), activityId: null }));
  if (added.length === 0) return target;
  const record = buildReuseRecord(target, source, 'budget', added.map((l) => l.id), c);
  return { ...target, budget: [...target.budget, ...added], reused: [...target.reused, record] };
}

/** The newest record of reuse into a part of the draft, if any (what its header shows). */
export function latestReuse(draft: Draft, part: string): ReuseRecord | null {
  const records = draft.reused.filter((r) => r.part === part);
  return records.at(-1) ?? null;
}
