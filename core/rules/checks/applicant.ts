import type { Finding } from '../finding';
import { finding, single, type RuleContext, type RuleDefinition } from '../rule';
import { asArray, asString, field } from '../read';
import type { Draft } from '../../draft/schema';
import { ruleText } from '../rule-text';

const TYPE_FIELD = { kind: 'field', field: 'applicant.type' } as const;

function checkApplicantType(id: string, draft: Draft, ctx: RuleContext): Finding[] {
  const typeId = asString(field(draft.applicant, 'type'));
  const type = ctx.index.applicantType.get(typeId);
  if (!type) {
    // Only APP-01 speaks about a missing or unknown type, so the two rules never both fire.
    if (id !== 'APP-01') return [];
    const message = typeId === '' ? ruleText('rules.applicantType.none') : ruleText('rules.applicantType.unknown', () => ({ type: typeId }));
    return [finding(ctx, { message, location: TYPE_FIELD })];
  }
  if (type.status === 'eligible' || (type.reportedBy ?? 'APP-01') !== id) return [];
  const replacement = type.replacedBy ? ctx.index.applicantType.get(type.replacedBy) : undefined;
  const uncertain = type.status === 'unknown' || type.confidence === 'U';
  const key = uncertain ? 'rules.applicantType.unconfirmed' : replacement ? 'rules.applicantType.notEligible' : 'rules.applicantType.notEligibleAtAll';
  const message = ruleText(key, (l) => ({
    type: type[l], typeLower: type[l].toLowerCase(), replacementLower: replacement?.[l].toLowerCase() ?? '',
  }));
  return [finding(ctx, {
    severity: type.status === 'unknown' ? 'warning' : undefined,
    message,
    location: TYPE_FIELD,
    sources: type.sources,
    confidence: type.confidence,
    fix: replacement && replacement.status === 'eligible'
      ? { label: ruleText('rules.applicantType.change', (l) => ({ replacement: replacement[l] })), edits: [{ path: ['applicant', 'type'], value: replacement.id }] }
      : undefined,
  })];
}

/** APP-01: the applicant type is one the edition lists as eligible. */
export const app01: RuleDefinition = {
  id: 'APP-01',
  title: ruleText('rules.APP-01.title'),
  units: single(['applicant'], (d, ctx) => checkApplicantType('APP-01', d, ctx)),
};

/** APP-02: municipal companies and associations, eligible only from 2023. */
export const app02: RuleDefinition = {
  id: 'APP-02',
  title: ruleText('rules.APP-02.title'),
  units: single(['applicant'], (d, ctx) => checkApplicantType('APP-02', d, ctx)),
};

/** APP-03: an international partner organisation is named. */
export const app03: RuleDefinition = {
  id: 'APP-03',
  title: ruleText('rules.APP-03.title'),
  units: single(['partners'], (d, ctx) => {
    const partners = asArray(d.partners).filter((p) => field(p, 'role') === 'partner');
    if (partners.length === 0) {
      return [finding(ctx, {
        message: ruleText('rules.APP-03.noPartner'),
        location: { kind: 'field', field: 'partners' },
      })];
    }
    return partners
      .filter((p) => asString(field(p, 'organisation')).trim() === '')
      .map((p) => finding(ctx, {
        message: ruleText('rules.APP-03.unnamed'),
        location: { kind: 'partner', partnerId: asString(field(p, 'id')), field: 'organisation' },
      }));
  }),
};
