import type { Localized } from '../template/schema';
import type { Severity } from './finding';
import { capSeverity } from './rule';
import type { Confidence, RulePack } from './pack-schema';
import { ruleDefinition } from './registry';

/** One rule as `kp rules` and the UI list it. */
export interface RuleDescription {
  id: string;
  title: Localized;
  /**
   * The editions that apply the rule, with the severity its findings get there (the pack's, capped
   * as findings are) and its sources. `uncertainData`: some figure it checks is uncertain, and a
   * breach of that figure only warns. `confidence` and `note`: how sure the pack is that the rule
   * applies in that edition, and why where it is inferred.
   */
  editions: Array<{ id: string; severity: Severity; sources: string[]; uncertainData: boolean; confidence: Confidence; note?: Localized }>;
  /** Every source the rule rests on, across those editions. */
  sources: string[];
}

const order = (id: string) => {
  const i = [...ruleDefinition.keys()].indexOf(id);
  return i === -1 ? Number.MAX_SAFE_INTEGER : i;
};

/** Every rule the given packs apply (or those of one edition), in the fact sheet's order. */
export function describeRules(packs: readonly RulePack[]): RuleDescription[] {
  const byId = new Map<string, RuleDescription>();
  for (const p of packs) {
    const uncertain = uncertainRuleData(p);
    for (const r of p.rules) {
      let d = byId.get(r.id);
      if (!d) byId.set(r.id, (d = { id: r.id, title: ruleDefinition.get(r.id)?.title ?? { sv: r.id, en: r.id }, editions: [], sources: [] }));
      const severity = capSeverity(r.severity, r.severity, [r.confidence]);
      d.editions.push({
        id: p.id, severity, sources: [...r.sources], uncertainData: severity === 'error' && uncertain.has(r.id),
        confidence: r.confidence, ...(r.note ? { note: r.note } : {}),
      });
      for (const s of r.sources) if (!d.sources.includes(s)) d.sources.push(s);
    }
  }
  return [...byId.values()].sort((a, b) => order(a.id) - order(b.id));
}

/** Ids of the rules that check at least one figure of the pack tagged uncertain. */
function uncertainRuleData(pack: RulePack): Set<string> {
  const ids = new Set<string>();
  const perComponent = pack.components.flatMap((c) => [...(c.duration ? [c.duration] : []), ...c.prerequisites]);
  const data = [pack.windows, pack.roundOverrides, pack.deadlines, pack.blackouts, pack.budgetLimits, pack.sections, perComponent].flat();
  for (const d of data as Array<{ ruleId?: string; confidence: string }>) if (d.ruleId && d.confidence === 'U') ids.add(d.ruleId);
  return ids;
}
