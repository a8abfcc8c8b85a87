import type { ComponentId, Draft } from '../draft/schema';
import { checkDraft } from './engine';
import type { Finding } from './finding';
import type { Confidence, RulePack, SectionRule } from './pack-schema';

/** What the edition picker shows about an edition. */
export interface EditionSummary {
  id: string;
  name: { sv: string; en: string };
  description: { sv: string; en: string };
  effectiveFrom: string | null;
  /** U when the start date is approximate (the pack's effectiveFromConfidence; S when not given). */
  effectiveFromConfidence: Confidence;
  confidence: Confidence;
  /** True when the edition states numeric budget ceilings. */
  ceilingsKnown: boolean;
}

/** True when the pack states at least one numeric budget ceiling or guide value. */
export function hasKnownCeilings(pack: RulePack): boolean {
  return pack.budgetLimits.some((l) => l.amountSek !== null);
}

// Packs with an unknown start date sort by id (which carries the year).
function byDate(a: RulePack, b: RulePack): number {
  const da = a.effectiveFrom ?? a.id;
  const db = b.effectiveFrom ?? b.id;
  return da < db ? -1 : da > db ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The editions, oldest first. */
export function listEditions(packs: readonly RulePack[]): EditionSummary[] {
  return [...packs].sort(byDate).map((p) => ({
    id: p.id, name: p.name, description: p.description, effectiveFrom: p.effectiveFrom, effectiveFromConfidence: p.effectiveFromConfidence ?? 'S', confidence: p.confidence, ceilingsKnown: hasKnownCeilings(p),
  }));
}

/**
 * The edition a new draft targets: the newest one whose budget ceilings are known, so that the
 * budget can be checked (the fact sheet's advice); the newest edition when none has ceilings.
 */
export function defaultEditionId(packs: readonly RulePack[]): string | undefined {
  const sorted = [...packs].sort(byDate);
  return [...sorted].reverse().find(hasKnownCeilings)?.id ?? sorted.at(-1)?.id;
}

/** The pack with the given id. */
export function findPack(packs: readonly RulePack[], id: string): RulePack | undefined {
  return packs.find((p) => p.id === id);
}

/** What changes in the findings when a draft moves from one edition to another. */
export interface EditionSwitch {
  from: string;
  to: string;
  /** Findings the new edition raises that the old one did not. */
  added: Finding[];
  /** Findings of the old edition that go away. */
  removed: Finding[];
  /** How many findings are the same in both. */
  unchanged: number;
  /** Counts per severity after the switch. */
  after: Record<'error' | 'warning' | 'info', number>;
}

const key = (f: Finding) => `${f.ruleId}|${f.severity}|${JSON.stringify(f.location)}|${f.message.en}`;

/** Re-checks the draft under `toPack` and explains what changed compared with `fromPack`. */
export function explainEditionSwitch(draft: Draft, fromPack: RulePack, toPack: RulePack): EditionSwitch {
  const before = checkDraft(draft, fromPack);
  const after = checkDraft(draft, toPack);
  const beforeKeys = new Map<string, number>();
  for (const f of before) beforeKeys.set(key(f), (beforeKeys.get(key(f)) ?? 0) + 1);
  const added: Finding[] = [];
  let unchanged = 0;
  for (const f of after) {
    const k = key(f);
    const n = beforeKeys.get(k) ?? 0;
    if (n > 0) { beforeKeys.set(k, n - 1); unchanged++; } else added.push(f);
  }
  const removed = before.filter((f) => {
    const k = key(f);
    const n = beforeKeys.get(k) ?? 0;
    if (n > 0) { beforeKeys.set(k, n - 1); return true; }
    return false;
  });
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of after) counts[f.severity]++;
  return { from: fromPack.id, to: toPack.id, added, removed, unchanged, after: counts };
}

/** The word limits and requirements of each text section for a component, for the live counter. */
export function sectionLimits(pack: RulePack, component: ComponentId): Map<string, SectionRule[]> {
  const out = new Map<string, SectionRule[]>();
  for (const s of pack.sections) {
    if (!s.components.includes(component)) continue;
    out.set(s.sectionId, [...(out.get(s.sectionId) ?? []), s]);
  }
  return out;
}

/** How many project years a component may span in the edition (null when its duration is unknown). */
export function maxProjectYears(pack: RulePack, component: ComponentId): number | null {
  const max = pack.components.find((c) => c.id === component)?.duration?.maxMonths;
  return max === undefined ? null : Math.ceil(max / 12);
}
