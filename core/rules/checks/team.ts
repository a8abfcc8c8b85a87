import { z } from 'zod';
import { ComponentId, type Draft } from '../../draft/schema';
import type { Finding } from '../finding';
import { finding, type RuleContext, type RuleDefinition } from '../rule';
import { asArray, asString, field } from '../read';
import { ruleText } from '../rule-text';

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
  const out: Side[] = [{ id: 'swedish', name: applicant ? { sv: applicant, en: applicant } : ruleText('rules.team.swedishSide'), members: of('swedish') }];
  for (const p of asArray(d.partners)) {
    if (field(p, 'role') === 'swedish_coapplicant') continue;
    const id = asString(field(p, 'id'));
    const org = asString(field(p, 'organisation')).trim();
    out.push({ id, name: org ? { sv: org, en: org } : ruleText('rules.team.partnerSide'), members: of(id) });
  }
  return out;
}

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** A side's name as the team rules' texts use it: {{side}} in running text, {{Side}} starting a sentence. */
const named = (s: Side, lang: 'sv' | 'en') => ({ side: s.name[lang], Side: upperFirst(s.name[lang]) });
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
export const team01 = teamRule('TEAM-01', ruleText('rules.TEAM-01.title'),
  z.strictObject({ components: Components, perSide: z.number().int().positive() }),
  (s, p, ctx) => {
    const n = s.members.filter(kindIs('politician')).length;
    if (n >= p.perSide) return [];
    return [finding(ctx, { severity: n === 0 ? undefined : 'warning', location: TEAM,
      message: ruleText('rules.TEAM-01.tooFew', (l) => ({ ...named(s, l), count: n, perSide: p.perSide })) })];
  });

/** TEAM-02: the inception politicians represent majority and opposition. */
export const team02 = teamRule('TEAM-02', ruleText('rules.TEAM-02.title'),
  z.strictObject({ components: Components }),
  (s, _p, ctx) => {
    const pols = s.members.filter(kindIs('politician'));
    if (pols.length < 2) return [];
    const has = (x: string) => pols.some((m) => field(m, 'politicalSide') === x);
    if (has('majority') && has('opposition')) return [];
    return [finding(ctx, { location: TEAM, message: ruleText('rules.TEAM-02.oneSided', (l) => named(s, l)) })];
  });

/** TEAM-03: one or two civil servants per party in an inception, one of them coordinator. */
export const team03 = teamRule('TEAM-03', ruleText('rules.TEAM-03.title'),
  z.strictObject({ components: Components, expected: z.number().int().positive() }),
  (s, p, ctx) => {
    const cs = s.members.filter(kindIs('civil_servant'));
    if (cs.length === 0) {
      return [finding(ctx, { location: TEAM, message: ruleText('rules.TEAM-03.none', (l) => ({ ...named(s, l), expected: p.expected })) })];
    }
    const out: Finding[] = [];
    if (!cs.some((m) => field(m, 'coordinator') === true)) {
      out.push(finding(ctx, { location: TEAM, message: ruleText('rules.TEAM-03.noCoordinator', (l) => named(s, l)) }));
    }
    if (cs.length !== p.expected) {
      out.push(finding(ctx, { severity: 'warning', location: TEAM,
        message: ruleText('rules.TEAM-03.otherCount', (l) => ({ ...named(s, l), count: cs.length, expected: p.expected })) }));
    }
    return out;
  });

/** TEAM-04: three to five civil servants per party in a project team. */
export const team04 = teamRule('TEAM-04', ruleText('rules.TEAM-04.title'),
  z.strictObject({ components: Components, min: z.number().int().positive(), max: z.number().int().positive() }),
  (s, p, ctx) => {
    const n = s.members.filter(kindIs('civil_servant')).length;
    if (n >= p.min && n <= p.max) return [];
    return [finding(ctx, { severity: n < p.min ? undefined : 'warning', location: TEAM,
      message: ruleText(n < p.min ? 'rules.TEAM-04.tooFew' : 'rules.TEAM-04.tooMany', (l) => ({ ...named(s, l), count: n, min: p.min, max: p.max })) })];
  });

/** TEAM-05: one project manager per party is ICLD's contact. */
export const team05 = teamRule('TEAM-05', ruleText('rules.TEAM-05.title'),
  z.strictObject({ components: Components }),
  (s, _p, ctx) => {
    if (s.members.some((m) => field(m, 'projectManager') === true && field(m, 'icldContact') === true)) return [];
    return [finding(ctx, { location: TEAM, message: ruleText('rules.TEAM-05.noContact', (l) => named(s, l)) })];
  });

/** TEAM-06: civil-society representatives are encouraged. */
export const team06: RuleDefinition = {
  id: 'TEAM-06',
  title: ruleText('rules.TEAM-06.title'),
  params: z.strictObject({ components: Components }),
  units: (_pack, config) => {
    const p = z.strictObject({ components: Components }).parse(config.params);
    return [{
      key: 'TEAM-06',
      reads: ['component', 'team'],
      run: (d, ctx) => {
        if (!p.components.includes(d.component) || asArray(d.team).some(kindIs('cso'))) return [];
        return [finding(ctx, { location: TEAM, message: ruleText('rules.TEAM-06.noCso') })];
      },
    }];
  },
};
