import type { Finding } from '../finding';
import type { Prerequisite } from '../pack-schema';
import { finding, single, type RuleContext, type RuleDefinition } from '../rule';
import { compareDates, field, parseDate, periodMonths } from '../read';
import type { Draft } from '../../draft/schema';

/** COMP-01: the component is one of the edition's components. */
export const comp01: RuleDefinition = {
  id: 'COMP-01',
  title: { sv: 'Ansökningstypen finns i utgåvan', en: 'The component exists in the edition' },
  units: single(['component'], (d, ctx) => {
    const c = ctx.index.component.get(d.component as string);
    const location = { kind: 'field', field: 'component' } as const;
    const list = ctx.pack.components.filter((x) => x.status === 'eligible');
    if (!c) {
      return [finding(ctx, {
        message: { sv: `Ansökningstypen ”${String(d.component)}” finns inte i den här utgåvan. Välj en av: ${list.map((x) => x.sv).join(', ')}.`,
                   en: `The component "${String(d.component)}" does not exist in this edition. Choose one of: ${list.map((x) => x.en).join(', ')}.` },
        location,
      })];
    }
    if (c.status === 'eligible') return [];
    return [finding(ctx, {
      severity: c.status === 'unknown' ? 'warning' : undefined,
      message: c.status === 'unknown'
        ? { sv: `Det är inte bekräftat att ansökningstypen ${c.sv} finns i den här utgåvan. Fråga ICLD innan ni lägger tid på ansökan.`,
            en: `It is not confirmed that the component ${c.en} exists in this edition. Ask ICLD before you put time into the application.` }
        : { sv: `Ansökningstypen ${c.sv} kan inte sökas i den här utgåvan. Välj en av: ${list.map((x) => x.sv).join(', ')}.`,
            en: `The component ${c.en} cannot be applied for in this edition. Choose one of: ${list.map((x) => x.en).join(', ')}.` },
      location, sources: c.sources, confidence: c.confidence,
    })];
  }),
};

function checkDuration(id: string, d: Draft, ctx: RuleContext): Finding[] {
  const c = ctx.index.component.get(d.component as string);
  const rule = c?.duration;
  if (!c || !rule || rule.ruleId !== id) return [];
  const start = parseDate(field(d.period, 'start'));
  const end = parseDate(field(d.period, 'end'));
  if (!start || !end) return [];
  const location = { kind: 'field', field: 'period' } as const;
  const base = { location, sources: rule.sources, confidence: rule.confidence };
  if (compareDates(end, start) < 0) {
    return [finding(ctx, { ...base, message: { sv: 'Periodens slutdatum ligger före startdatumet. Rätta datumen.', en: 'The period ends before it starts. Correct the dates.' } })];
  }
  const months = periodMonths(start, end);
  if (rule.maxMonths !== undefined && months > rule.maxMonths) {
    return [finding(ctx, { ...base, message: {
      sv: `Perioden är ${months} månader; ${c.sv.toLowerCase()} får vara högst ${rule.maxMonths} månader. Korta perioden.`,
      en: `The period is ${months} months; ${c.en.toLowerCase()} may last at most ${rule.maxMonths} months. Shorten the period.` } })];
  }
  if (rule.minMonths !== undefined && months < rule.minMonths) {
    return [finding(ctx, { ...base, severity: 'warning', message: {
      sv: `Perioden är ${months} månader; ${c.sv.toLowerCase()} brukar vara minst ${rule.minMonths} månader. Kontrollera datumen.`,
      en: `The period is ${months} months; ${c.en.toLowerCase()} usually lasts at least ${rule.minMonths} months. Check the dates.` } })];
  }
  return [];
}

function durationRule(id: string, title: RuleDefinition['title']): RuleDefinition {
  return { id, title, units: single(['component', 'period'], (d, ctx) => checkDuration(id, d, ctx)) };
}

/** DUR-01: an inception period lasts at most about a year. */
export const dur01 = durationRule('DUR-01', { sv: 'Förberedelse pågår högst cirka ett år', en: 'An inception lasts at most about one year' });
/** DUR-02: a project lasts 12–36 months. */
export const dur02 = durationRule('DUR-02', { sv: 'Ett projekt pågår 12–36 månader', en: 'A project lasts 12–36 months' });

/** What to tell the user when a declaration a component needs is missing. */
const prerequisiteText: Record<Prerequisite['declaration'], (comp: { sv: string; en: string }) => { sv: string; en: string }> = {
  planningToolCompleted: () => ({
    sv: 'Ansökan bekräftar inte att ICLD:s projektplaneringsverktyg är ifyllt. Fyll i verktyget tillsammans med partnern och bifoga resultatet.',
    en: 'The application does not confirm that ICLD\'s project-planning tool has been completed. Complete it with your partner and attach the result.' }),
  priorInception: () => ({
    sv: 'Ett nytt partnerskap brukar först söka förberedelse. Ange om ni har haft en förberedelse eller ett tidigare partnerskap, annars fråga ICLD.',
    en: 'A new partnership usually applies for an inception first. State whether you had an inception or an earlier partnership, or ask ICLD.' }),
  steeringGroupApplication: () => ({
    sv: 'En projektansökan brukar åtföljas av en ansökan eller plan för styrgruppen. Ange att styrgruppsansökan skickas in.',
    en: 'A project application is usually accompanied by a steering-group application or plan. State that it is being submitted.' }),
  existingPartnership: (comp) => ({
    sv: `${comp.sv} är avsedd för befintliga partnerskap. Ange det partnerskap ni bygger vidare på, eller fråga ICLD.`,
    en: `${comp.en} is meant for existing partnerships. State the partnership you build on, or ask ICLD.` }),
  letterOfIntentAttached: () => ({
    sv: 'Ingen undertecknad avsiktsförklaring (Letter of Intent) är bifogad. Skanna in och bifoga den.',
    en: 'No signed Letter of Intent is attached. Scan and attach it.' }),
};

/** A rule that checks the declarations components list as prerequisites under its id. */
export function prerequisiteRule(id: string, title: RuleDefinition['title']): RuleDefinition {
  return {
    id, title,
    units: single(['component', 'declarations'], (d, ctx) => {
      const c = ctx.index.component.get(d.component as string);
      if (!c) return [];
      return c.prerequisites.filter((p) => p.ruleId === id).flatMap((p) => {
        if (field(d.declarations, p.declaration) === true) return [];
        if (p.unless && field(d.declarations, p.unless) === true) return [];
        return [finding(ctx, {
          message: prerequisiteText[p.declaration](c),
          location: { kind: 'field', field: `declarations.${p.declaration}` },
          sources: p.sources, confidence: p.confidence,
        })];
      });
    }),
  };
}

/** PRE-01: a project confirms the completed project-planning tool. */
export const pre01 = prerequisiteRule('PRE-01', { sv: 'Projektplaneringsverktyget är ifyllt', en: 'The project-planning tool is completed' });
/** PRE-02: a new partnership has had an inception before a project. */
export const pre02 = prerequisiteRule('PRE-02', { sv: 'Förberedelse före projekt i nya partnerskap', en: 'Inception before a project in new partnerships' });
/** PRE-03: a project comes with a steering-group application. */
export const pre03 = prerequisiteRule('PRE-03', { sv: 'Projekt åtföljs av styrgruppsansökan', en: 'A project comes with a steering-group application' });
/** PRE-04: development/expansion and dissemination build on an existing partnership. */
export const pre04 = prerequisiteRule('PRE-04', { sv: 'Utveckling/breddning och spridning bygger på befintligt partnerskap', en: 'Development/expansion and dissemination build on an existing partnership' });
