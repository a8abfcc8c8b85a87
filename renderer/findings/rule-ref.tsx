import { sourcesTooltip } from '../rules/sources';

/** "CTY-03 · S12, S16" after a finding's message; hovering names the documents behind the ids. */
export function RuleRef({ ruleId, sources, lang }: { ruleId: string; sources: readonly string[]; lang: 'sv' | 'en' }) {
  return <span className="kp-rule-ref" title={sourcesTooltip(sources, lang)}>{ruleId} · {sources.join(', ')}</span>;
}
