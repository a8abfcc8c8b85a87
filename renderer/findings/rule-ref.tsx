import { sourcesTooltip } from '../rules/sources';

/**
 * "CTY-03 · S12, S16" after a finding's message; hovering names the documents behind the ids. A
 * rule that rests on no programme document (FLD-01) shows its id alone.
 */
export function RuleRef({ ruleId, sources, lang }: { ruleId: string; sources: readonly string[]; lang: 'sv' | 'en' }) {
  if (sources.length === 0) return <span className="kp-rule-ref">{ruleId}</span>;
  return <span className="kp-rule-ref" title={sourcesTooltip(sources, lang)}>{ruleId} · {sources.join(', ')}</span>;
}
