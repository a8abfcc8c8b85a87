import type { SectionRule } from '../pack-schema';
import { finding, type RuleContext, type RuleDefinition } from '../rule';
import { field } from '../read';
import type { Draft } from '../../draft/schema';
import { prerequisiteRule } from './component';
import { wordLimitBreachSeverity } from '../breach-severity';

type Text = { sv: string; en: string };

/** What to do, per rule, when a section is missing or thin. */
const hint: Record<string, Text> = {
  'DOC-03': { sv: 'Beskriv kopplingen till Agenda 2030 och vilka globala mål partnerskapet bidrar till.',
              en: 'Describe the link to Agenda 2030 and which Sustainable Development Goals the partnership contributes to.' },
  'DOC-04': { sv: 'ICLD:s projektplanering bygger på LFA: problem, övergripande mål, projektmål, resultat, aktiviteter, indikatorer och risker ska finnas med.',
              en: 'ICLD\'s project planning follows LFA: problem, overall objective, project objective, results, activities, indicators and risks must all be there.' },
  'DOC-05': { sv: 'Skriv vad den svenska parten lär sig och får ut av samarbetet – båda parter ska ha nytta.',
              en: 'State what the Swedish party learns and gains from the cooperation – both parties must benefit.' },
};

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function checkSection(rule: SectionRule, d: Draft, ctx: RuleContext) {
  if (!rule.components.includes(d.component)) return [];
  const text = field(field(d, 'sections'), rule.sectionId);
  const location = { kind: 'section', sectionId: rule.sectionId } as const;
  const base = { location, sources: rule.sources, confidence: rule.confidence };
  const h = hint[rule.ruleId] ?? { sv: 'Fyll i avsnittet.', en: 'Fill in the section.' };
  const l = rule.label;
  // Most checks need only "at least n words"; the exact count is taken only for the message.
  if (rule.minWords !== undefined && !ctx.hasWords(text, rule.minWords)) {
    const words = ctx.words(text);
    return [finding(ctx, { ...base, message: words === 0
      ? { sv: `${l.sv} saknas. ${h.sv}`, en: `Nothing is written yet on ${lowerFirst(l.en)}. ${h.en}` }
      : { sv: `${l.sv} är mycket kort (${words} ord, minst ${rule.minWords}). ${h.sv}`, en: `${l.en}: only ${words} word${words === 1 ? '' : 's'} (at least ${rule.minWords}). ${h.en}` } })];
  }
  // Over a soft limit warns; over a hard limit is an error (both capped by the edition's severity;
  // the editor's underline takes the same severity from wordLimitBreachSeverity).
  if (rule.maxWords !== undefined && ctx.hasWords(text, rule.maxWords + 1)) {
    const words = ctx.words(text);
    const over = words - rule.maxWords;
    return [finding(ctx, { ...base, severity: wordLimitBreachSeverity(ctx.config, rule), message: {
      sv: `${l.sv}: ${words} ord; gränsen är ${rule.maxWords} ord. Korta med ${over} ord.`,
      en: `${l.en}: ${words} words; the limit is ${rule.maxWords} words. Cut ${over} word${over === 1 ? '' : 's'}.` } })];
  }
  return [];
}

/** A word rule on text sections: one cached unit per section the pack lists for it. */
function sectionRule(id: string, title: Text): RuleDefinition {
  return {
    id, title,
    units: (pack) => pack.sections.filter((s) => s.ruleId === id).map((s) => ({
      key: `${id}:${s.sectionId}`,
      reads: ['component', `section:${s.sectionId}`] as const,
      run: (d: Draft, ctx: RuleContext) => checkSection(s, d, ctx),
    })),
  };
}

/** DOC-01: the summary stays within 200 words. */
export const doc01 = sectionRule('DOC-01', { sv: 'Sammanfattningen håller sig inom ordgränsen', en: 'The summary stays within the word limit' });
/** DOC-03: the Agenda 2030 link is stated. */
export const doc03 = sectionRule('DOC-03', { sv: 'Kopplingen till Agenda 2030 är beskriven', en: 'The Agenda 2030 link is stated' });
/** DOC-04: the LFA elements are present. */
export const doc04 = sectionRule('DOC-04', { sv: 'LFA-delarna finns med', en: 'The LFA elements are present' });
/** DOC-05: the mutual benefit is described. */
export const doc05 = sectionRule('DOC-05', { sv: 'Den ömsesidiga nyttan är beskriven', en: 'The mutual benefit is described' });
/** DOC-02: a signed Letter of Intent is attached. */
export const doc02 = prerequisiteRule('DOC-02', { sv: 'Undertecknad avsiktsförklaring (Letter of Intent) bifogad', en: 'Signed Letter of Intent attached' });
