import type { Localized } from '../template/schema';
import type { Severity } from './finding';
import type { RulePack } from './pack-schema';
import { ruleDefinition } from './registry';

/** One rule as `kp rules` and the UI list it. */
export interface RuleDescription {
  id: string;
  title: Localized;
  /** The editions that apply the rule, with its severity and sources there. */
  editions: Array<{ id: string; severity: Severity; sources: string[] }>;
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
    for (const r of p.rules) {
      let d = byId.get(r.id);
      if (!d) byId.set(r.id, (d = { id: r.id, title: ruleDefinition.get(r.id)?.title ?? { sv: r.id, en: r.id }, editions: [], sources: [] }));
      d.editions.push({ id: p.id, severity: r.severity, sources: [...r.sources] });
      for (const s of r.sources) if (!d.sources.includes(s)) d.sources.push(s);
    }
  }
  return [...byId.values()].sort((a, b) => order(a.id) - order(b.id));
}
