import type { Draft } from '../draft/schema';
import type { Finding } from '../rules/finding';
import type { RulePack } from '../rules/pack-schema';
import { countWords } from '../rules/word-count';
import type { TemplateSection } from '../template/schema';
import { textIn } from '../i18n/lookup';
import { formOrder, type OnlineForm } from './online-form';
import { commentItems, dateItems, findingItems, suggestionItems, unruledAnnexItems, type SubmitItem, type SubmitKind } from './submit-items';

export interface SubmitInput {
  /** The draft with its comments and its sections' suggestion marks (as saved). */
  draft: Draft;
  pack: RulePack;
  form: OnlineForm;
  /** The draft's findings, of the author's text (checkDraft / the live checks). */
  findings: readonly Finding[];
  /** The template's sections for the draft's component (titles of text sections). */
  sections: readonly TemplateSection[];
  /** The day of submission, YYYY-MM-DD (the shell's clock, passed in). */
  today: string;
}

export interface SubmitCheck {
  /** What stops submission, in the order of the online form. */
  blocking: SubmitItem[];
  /** What deserves a look before submitting, in the same order. */
  look: SubmitItem[];
}

/** Within one field: what it is about, most pressing first. */
const KIND_ORDER: readonly SubmitKind[] = ['invalid', 'error', 'annex', 'date', 'comment', 'suggestion', 'warning', 'short'];

/** Text sections far under the usual length the form data gives (none where the data knows none). */
function shortItems(input: SubmitInput): SubmitItem[] {
  const { draft, form, sections } = input;
  return form.usualLength.filter((u) => u.editions.includes(draft.editionId)).flatMap((u): SubmitItem[] => {
    const section = sections.find((s) => s.id === u.field && s.kind === 'text');
    const value = draft.sections[u.field];
    if (!section || !value) return [];
    const words = countWords(value);
    if (words === 0 || words >= u.words * u.farUnder) return [];
    const params = (l: 'sv' | 'en') => ({ section: section.title[l], words, usual: u.words });
    return [{ kind: 'short', blocking: false, field: u.field, location: { kind: 'section', sectionId: u.field },
      message: { sv: textIn('sv', 'submit.farUnder', params('sv')), en: textIn('en', 'submit.farUnder', params('en')) } }];
  });
}

/**
 * "Klar att skicka in?": one list, in the order of ICLD's online form, of what blocks submission
 * (errors, unreadable fields, missing annexes, open comments and suggestions, the day of
 * submission) and what deserves a look (warnings, annexes no rule checks that are not done, sections
 * far under their usual length). The
 * window check on today replaces the rules' check of the planned date (WIN-01), which it supersedes.
 */
export function buildSubmitCheck(input: SubmitInput): SubmitCheck {
  const { draft, pack, form, today } = input;
  const dates = dateItems(draft, pack, today);
  const windowChecked = pack.components.some((c) => c.id === draft.component && c.submission === 'windows');
  const findings = windowChecked ? input.findings.filter((f) => f.ruleId !== 'WIN-01') : input.findings;
  const items = [
    ...findingItems(findings, form), ...unruledAnnexItems(draft, pack), ...dates, ...commentItems(draft.annotations), ...suggestionItems(draft.sections), ...shortItems(input),
  ];
  const order = formOrder(form, draft.component);
  const rank = (field: string) => (field === 'general' ? -1 : order.indexOf(field) === -1 ? order.length : order.indexOf(field));
  const sorted = items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => rank(a.item.field) - rank(b.item.field) || KIND_ORDER.indexOf(a.item.kind) - KIND_ORDER.indexOf(b.item.kind) || a.i - b.i)
    .map((x) => x.item);
  return { blocking: sorted.filter((x) => x.blocking), look: sorted.filter((x) => !x.blocking) };
}
