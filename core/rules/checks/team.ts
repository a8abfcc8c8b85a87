import { z } from 'zod';
import { ComponentId, type Draft } from '../../draft/schema';
import type { Finding } from '../finding';
import { finding, type RuleContext, type RuleDefinition } from '../rule';
import { asArray, asString, field } from '../read';

type Text = { sv: string; en: string };

interface Side {
  id: string;
  name: Text;
  members: unknown[];
}

/** The Swedish side and each partner's side, with their team members. */
function sides(d: Draft): Side[] {
  const team = asArray(d.team);
  const of = (id: string) => team.filter((m) => field(m, 'side') === id);
  const applicant = asString(field(d.applicant, 'organisation')).trim();
  const out: Side[] = [{ id: 'swedish', name: applicant ? { sv: applicant, en: applicant } : { sv: 'den svenska parten', en: 'the Swedish party' }, members: of('swedish') }];
  for (const p of asArray(d.partners)) {
    if (field(p, 'role') === 'swedish_coapplicant') continue;
    const id = asString(field(p, 'id'));
    const org = asString(field(p, 'organisation')).trim();
    out.push({ id, name: org ? { sv: org, en: org } : { sv: 'partnern', en: 'the partner' }, members: of(id) });
  }
  return out;
}

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const kindIs = (k: string) => (m: unknown) => field(m, 'kind') === k;
const TEAM = { kind: 'team' } as const;

const Components = z.array(ComponentId).min(1);

/** A team rule that applies to some components and checks each side. */
function teamRule<P extends z.ZodType<{ components: ComponentId[] }>>(
  id: string, title: Text, params: P, check: (side: Side, p: z.infer<P>, ctx: RuleContext) => Finding[],
): RuleDefinition {
  return {
    id, title, params,
    units: (_pack, config) => {
      const p = params.parse(config.params) as z.infer<P>;
      return [{
        key: id,
        reads: ['component', 'team', 'partners', 'applicant'],
        run: (d, ctx) => (p.components.includes(d.component) ? sides(d).flatMap((s) => check(s, p, ctx)) : []),
      }];
    },
  };
}

/** TEAM-01: two politicians per party in an inception. */
export const team01 = teamRule('TEAM-01',
  { sv: 'Förberedelse: två politiker per part', en: 'Inception: two politicians per party' },
  z.strictObject({ components: Components, perSide: z.number().int().positive() }),
  (s, p, ctx) => {
    const n = s.members.filter(kindIs('politician')).length;
    if (n >= p.perSide) return [];
    return [finding(ctx, { severity: n === 0 ? undefined : 'warning', location: TEAM, message: {
      sv: `${upperFirst(s.name.sv)} har ${n} politiker i teamet; det ska vara ${p.perSide}, gärna en från majoriteten och en från oppositionen. Lägg till politiker.`,
      en: `${upperFirst(s.name.en)} has ${n} politician${n === 1 ? '' : 's'} in the team; there should be ${p.perSide}, preferably one from the majority and one from the opposition. Add politicians.` } })];
  });

/** TEAM-02: the inception politicians represent majority and opposition. */
export const team02 = teamRule('TEAM-02',
  { sv: 'Förberedelse: politiker från både majoritet och opposition', en: 'Inception: politicians from both majority and opposition' },
  z.strictObject({ components: Components }),
  (s, _p, ctx) => {
    const pols = s.members.filter(kindIs('politician'));
    if (pols.length < 2) return [];
    const has = (x: string) => pols.some((m) => field(m, 'politicalSide') === x);
    if (has('majority') && has('opposition')) return [];
    return [finding(ctx, { location: TEAM, message: {
      sv: `Politikerna från ${s.name.sv} representerar inte både majoritet och opposition. Ange en politiker från vardera för att förankra partnerskapet brett.`,
      en: `The politicians of ${s.name.en} do not represent both majority and opposition. Include one from each to anchor the partnership broadly.` } })];
  });

/** TEAM-03: one or two civil servants per party in an inception, one of them coordinator. */
export const team03 = teamRule('TEAM-03',
  { sv: 'Förberedelse: tjänstepersoner per part, en av dem samordnare', en: 'Inception: civil servants per party, one of them coordinator' },
  z.strictObject({ components: Components, expected: z.number().int().positive() }),
  (s, p, ctx) => {
    const cs = s.members.filter(kindIs('civil_servant'));
    if (cs.length === 0) {
      return [finding(ctx, { location: TEAM, message: {
        sv: `${upperFirst(s.name.sv)} har ingen tjänsteperson i teamet. Lägg till ${p.expected} tjänstepersoner, varav en samordnare och ICLD:s kontaktperson.`,
        en: `${upperFirst(s.name.en)} has no civil servant in the team. Add ${p.expected} civil servants, one of them the coordinator and ICLD's contact.` } })];
    }
    const out: Finding[] = [];
    if (!cs.some((m) => field(m, 'coordinator') === true)) {
      out.push(finding(ctx, { location: TEAM, message: {
        sv: `Ingen av tjänstepersonerna hos ${s.name.sv} är markerad som samordnare. Markera den som samordnar och är ICLD:s kontaktperson.`,
        en: `None of the civil servants of ${s.name.en} is marked as coordinator. Mark the one who coordinates and is ICLD's contact.` } }));
    }
    if (cs.length !== p.expected) {
      out.push(finding(ctx, { severity: 'warning', location: TEAM, message: {
        sv: `${upperFirst(s.name.sv)} har ${cs.length} tjänstepersoner i teamet; riktlinjerna anger ${p.expected} (den svenska sidan säger ”en eller två”). Kontrollera bemanningen.`,
        en: `${upperFirst(s.name.en)} has ${cs.length} civil servant${cs.length === 1 ? '' : 's'} in the team; the guidelines say ${p.expected} (the Swedish page says "one or two"). Check the staffing.` } }));
    }
    return out;
  });

/** TEAM-04: three to five civil servants per party in a project team. */
export const team04 = teamRule('TEAM-04',
  { sv: 'Projekt: 3–5 tjänstepersoner per part', en: 'Project: 3–5 civil servants per party' },
  z.strictObject({ components: Components, min: z.number().int().positive(), max: z.number().int().positive() }),
  (s, p, ctx) => {
    const n = s.members.filter(kindIs('civil_servant')).length;
    if (n >= p.min && n <= p.max) return [];
    return [finding(ctx, { severity: n < p.min ? undefined : 'warning', location: TEAM, message: n < p.min
      ? { sv: `${upperFirst(s.name.sv)} har ${n} tjänstepersoner i projektteamet; det ska vara ${p.min}–${p.max}. Lägg till fler.`,
          en: `${upperFirst(s.name.en)} has ${n} civil servant${n === 1 ? '' : 's'} in the project team; there should be ${p.min}–${p.max}. Add more.` }
      : { sv: `${upperFirst(s.name.sv)} har ${n} tjänstepersoner i projektteamet; riktlinjerna anger ${p.min}–${p.max}. Överväg ett mindre team.`,
          en: `${upperFirst(s.name.en)} has ${n} civil servants in the project team; the guidelines say ${p.min}–${p.max}. Consider a smaller team.` } })];
  });

/** TEAM-05: one project manager per party is ICLD's contact. */
export const team05 = teamRule('TEAM-05',
  { sv: 'Projekt: en projektledare är ICLD:s kontaktperson', en: 'Project: a project manager is ICLD\'s contact' },
  z.strictObject({ components: Components }),
  (s, _p, ctx) => {
    if (s.members.some((m) => field(m, 'projectManager') === true && field(m, 'icldContact') === true)) return [];
    return [finding(ctx, { location: TEAM, message: {
      sv: `Ingen i teamet hos ${s.name.sv} är markerad som projektledare och ICLD:s kontaktperson. Markera projektledaren med båda.`,
      en: `No one in the team of ${s.name.en} is marked as project manager and ICLD's contact. Mark the project manager with both.` } })];
  });

/** TEAM-06: civil-society representatives are encouraged. */
export const team06: RuleDefinition = {
  id: 'TEAM-06',
  title: { sv: 'Representanter för civilsamhället uppmuntras', en: 'Civil-society representatives are encouraged' },
  params: z.strictObject({ components: Components }),
  units: (_pack, config) => {
    const p = z.strictObject({ components: Components }).parse(config.params);
    return [{
      key: 'TEAM-06',
      reads: ['component', 'team'],
      run: (d, ctx) => {
        if (!p.components.includes(d.component) || asArray(d.team).some(kindIs('cso'))) return [];
        return [finding(ctx, { location: TEAM, message: {
          sv: 'Teamet har ingen representant för civilsamhället. ICLD uppmuntrar att sådana som är relevanta för förvaltningen tas med.',
          en: 'The team has no civil-society representative. ICLD encourages including ones relevant to the local government.' } })];
      },
    }];
  },
};
