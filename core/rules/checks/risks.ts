import type { Finding } from '../finding';
import { finding } from '../rule';
import { asArray, asString, field } from '../read';
import { ruleText } from '../rule-text';
import { textIn } from '../../i18n/lookup';
import { listed, named, planRule, PlanParams } from './plan-rule';
import { frameworkOf } from './plan-read';

/**
 * The risk register: each risk judged (likelihood and impact), handled (mitigation, owner) and, when
 * it threatens a part of the framework, pointing at one that still exists.
 */

const FIELDS = ['text', 'likelihood', 'impact', 'mitigation', 'owner'] as const;
type RiskField = (typeof FIELDS)[number];

function missingFields(r: unknown): RiskField[] {
  return FIELDS.filter((f) => {
    const v = field(r, f);
    return f === 'likelihood' || f === 'impact' ? typeof v !== 'number' : asString(v).trim() === '';
  });
}

const riskNamed = (r: unknown, i: number) => named('risk', String(i + 1), asString(field(r, 'text')));

/** RK-01: every risk says how likely and how harmful it is, how it is handled and by whom. */
export const rk01 = planRule('RK-01', ruleText('rules.RK-01.title'), PlanParams, ['risks'], (d, ctx) => {
  const out: Finding[] = [];
  asArray(d.risks).forEach((r, i) => {
    const missing = missingFields(r);
    if (missing.length === 0) return;
    const item = riskNamed(r, i);
    out.push(finding(ctx, {
      location: { kind: 'risk', riskId: asString(field(r, 'id')), field: missing[0]! },
      message: ruleText('rules.RK-01.missing', (l) => ({ ...item(l), missing: listed(missing.map((f) => textIn(l, `rules.RK-01.fields.${f}`)), l) })),
    }));
  });
  return out;
});

/** RK-05: a risk that threatens a result or objective points at one that still exists. */
export const rk05 = planRule('RK-05', ruleText('rules.RK-05.title'), PlanParams, ['risks', 'framework'], (d, ctx) => {
  const fw = frameworkOf(d, ctx);
  const out: Finding[] = [];
  asArray(d.risks).forEach((r, i) => {
    const t = field(r, 'threatens');
    if (typeof t !== 'string' || fw.resultIds.has(t) || fw.objectiveIds.has(t)) return;
    const id = asString(field(r, 'id'));
    out.push(finding(ctx, {
      location: { kind: 'risk', riskId: id, field: 'threatens' },
      message: ruleText('rules.RK-05.gone', riskNamed(r, i)),
      fix: { label: ruleText('rules.RK-05.wholeProject'), edits: [{ path: ['risks', { id }, 'threatens'], value: null }] },
    }));
  });
  return out;
});
