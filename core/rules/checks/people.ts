import type { Finding, FindingLocation } from '../finding';
import { finding, single, type RuleContext, type RuleDefinition } from '../rule';
import { asString, field } from '../read';
import { normaliseName } from '../pack-index';
import type { Draft } from '../../draft/schema';
import { ruleText } from '../rule-text';

type Role = 'contact' | 'signatory';

/** Each party with its name for messages and where its people's fields are. */
function parties(d: Draft): { name: string; person: (role: Role) => unknown; location: (role: Role) => FindingLocation }[] {
  // Spread first: a damaged list may have holes, which map would keep and spreading turns into undefined.
  const partners = (Array.isArray(d.partners) ? [...d.partners] : []).filter((p) => typeof p === 'object' && p !== null);
  return [
    {
      name: asString(field(d.applicant, 'organisation')),
      person: (role) => field(d.applicant, role),
      location: (role) => ({ kind: 'field', field: `applicant.${role}.name` }),
    },
    ...partners.map((p) => ({
      name: asString(field(p, 'organisation')),
      person: (role: Role) => field(p, role),
      location: (role: Role): FindingLocation => ({ kind: 'partner', partnerId: asString(field(p, 'id')), field: `${role}.name` }),
    })),
  ];
}

const named = (person: unknown) => asString(field(person, 'name')).trim() !== '';

function missingPeople(role: Role, d: Draft, ctx: RuleContext): Finding[] {
  return parties(d).filter((p) => !named(p.person(role))).map((p) => finding(ctx, {
    message: p.name.trim() === ''
      ? ruleText(`rules.people.${role}.missingUnnamed`)
      : ruleText(`rules.people.${role}.missing`, () => ({ party: p.name.trim() })),
    location: p.location(role),
  }));
}

/** PPL-01: the applicant and every partner name a contact person. */
export const ppl01: RuleDefinition = {
  id: 'PPL-01',
  title: ruleText('rules.PPL-01.title'),
  units: single(['applicant', 'partners'], (d, ctx) => missingPeople('contact', d, ctx)),
};

/** PPL-02: the applicant and every partner name the person authorised to sign. */
export const ppl02: RuleDefinition = {
  id: 'PPL-02',
  title: ruleText('rules.PPL-02.title'),
  units: single(['applicant', 'partners'], (d, ctx) => missingPeople('signatory', d, ctx)),
};

/** PPL-03: the team member marked as ICLD's contact is one of the parties' named people. */
export const ppl03: RuleDefinition = {
  id: 'PPL-03',
  title: ruleText('rules.PPL-03.title'),
  units: single(['applicant', 'partners', 'team'], (d, ctx) => {
    const people = parties(d).flatMap((p) => [p.person('contact'), p.person('signatory')]).filter(named);
    // Nobody named yet: PPL-01 and PPL-02 say so; comparing with nobody would only repeat them.
    if (people.length === 0) return [];
    const names = new Set(people.map((x) => normaliseName(asString(field(x, 'name')))));
    const team = Array.isArray(d.team) ? d.team : [];
    return team.filter((m) => field(m, 'icldContact') === true && asString(field(m, 'name')).trim() !== '')
      .filter((m) => !names.has(normaliseName(asString(field(m, 'name')))))
      .map((m) => finding(ctx, {
        message: ruleText('rules.PPL-03.notNamed', () => ({ name: asString(field(m, 'name')).trim() })),
        location: { kind: 'team-member', memberId: asString(field(m, 'id')) },
      }));
  }),
};
