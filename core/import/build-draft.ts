import type { Annotation } from '../draft/annotation';
import { emptyRichText, type BlockElement } from '../draft/rich-text';
import { buildNewDraft, newPartner } from '../draft/new-draft';
import type { BudgetLine, ComponentId, DocumentLanguage, Draft, Partner } from '../draft/schema';
import { projectText } from '../review/plain-text';
import { textAnchorAt } from '../review/text-anchor';
import { sectionsFor, type ApplicationTemplate } from '../template/schema';
import type { ImportedComment, ImportedParty, ImportPlan } from './plan';

/**
 * Turns an import plan and the user's choices in the preview into a new draft: the text sections
 * of the chosen component get their blocks, text found under a section the component does not have
 * is not placed (after a heading naming it, so the user sees where it came from), the budget
 * tables the user took become budget lines, and the comments, if taken, become the draft's
 * comments on the text they quote. A new draft, never written over an open one.
 */

export interface ImportChoices {
  editionId: string;
  component: ComponentId;
  documentLanguage: DocumentLanguage;
  /** Ids of the budget tables to take as budget lines. */
  acceptedBudget: readonly string[];
  importComments: boolean;
}

export interface ImportDeps {
  template: ApplicationTemplate;
  now: Date;
  newId: () => string;
}

const heading = (text: string): BlockElement => ({ type: 'heading-two', children: [{ text }] });

function parties(found: readonly ImportedParty[], draft: Draft, newId: () => string): Pick<Draft, 'applicant' | 'partners'> {
  const applicant = found.find((p) => p.role === 'applicant');
  const partners: Partner[] = found
    .filter((p): p is ImportedParty & { role: Partner['role'] } => p.role !== 'applicant')
    .slice(0, 20)
    .map((p) => newPartner({ id: newId(), organisation: p.organisation, country: p.country, role: p.role }));
  return {
    applicant: applicant ? { ...draft.applicant, organisation: applicant.organisation } : draft.applicant,
    partners: partners.length ? partners : draft.partners,
  };
}

/** The party a budget line's "side" text names: a partner by its organisation, else the Swedish side. */
function sideOf(text: string, partners: readonly Partner[]): string {
  const t = text.trim().toLowerCase();
  const p = t === '' ? undefined : partners.find((x) => x.organisation.trim().toLowerCase() === t);
  return p ? p.id : 'swedish';
}

function budget(plan: ImportPlan, accepted: ReadonlySet<string>, partners: readonly Partner[], newId: () => string): BudgetLine[] {
  return plan.budget
    .filter((c) => accepted.has(c.id))
    .flatMap((c) => c.lines)
    .slice(0, 5000)
    .map((l) => ({ id: newId(), category: l.category, side: sideOf(l.side, partners), year: l.year, amountOre: l.amountOre, description: l.description, activityId: null }));
}

const validDate = (s: string | null, fallback: string) => (s && !Number.isNaN(Date.parse(s)) ? new Date(s).toISOString() : fallback);

/** A comment on the first section text holding its quote; kept detached (listed with its quote) when none does. */
function annotation(c: ImportedComment, sections: Draft['sections'], order: readonly string[], deps: ImportDeps): Annotation {
  const stamp = deps.now.toISOString();
  const quote = c.quote.replace(/\s+/g, ' ').trim();
  let anchor: Annotation['anchor'] | null = null;
  for (const id of order) {
    const value = sections[id];
    if (!value || quote === '') continue;
    const p = projectText(value);
    const at = p.text.indexOf(quote);
    if (at >= 0) {
      anchor = textAnchorAt(p, id, at, at + quote.length);
      break;
    }
  }
  anchor ??= { kind: 'text', sectionId: order[0] ?? 'summary', anchor: { path: [0, 0], offset: 0 }, focus: { path: [0, 0], offset: 0 }, quote: { exact: quote.slice(0, 20000), prefix: '', suffix: '' }, detached: true };
  const name = c.author.trim() || '?';
  const createdAt = validDate(c.date, stamp);
  return { id: deps.newId(), author: { name: name.slice(0, 200), initials: c.initials.slice(0, 10) }, body: c.body, createdAt, editedAt: null, anchor, resolved: false, replies: [] };
}

export function buildImportedDraft(plan: ImportPlan, choices: ImportChoices, deps: ImportDeps): Draft {
  const draft = buildNewDraft({ template: deps.template, editionId: choices.editionId, component: choices.component, documentLanguage: choices.documentLanguage, now: deps.now, newId: deps.newId });
  const lang = choices.documentLanguage === 'sv-SE' ? 'sv' : 'en';
  const own = new Set(sectionsFor(deps.template, choices.component).filter((s) => s.kind === 'text').map((s) => s.id));
  const sections: Draft['sections'] = { ...draft.sections };
  const unplaced: BlockElement[] = [...plan.unplaced];
  for (const s of deps.template.sections) {
    const blocks = plan.sections[s.id];
    if (!blocks?.length) continue;
    if (own.has(s.id)) sections[s.id] = blocks;
    else unplaced.push(heading(s.title[lang]), ...blocks);
  }
  for (const id of own) if (!sections[id]?.length) sections[id] = emptyRichText();
  const accepted = new Set(choices.acceptedBudget);
  for (const c of plan.budget) if (!accepted.has(c.id)) unplaced.push(...c.text);
  const who = parties(plan.parties, draft, deps.newId);
  const order = deps.template.sections.map((s) => s.id).filter((id) => own.has(id));
  return {
    ...draft,
    ...who,
    title: plan.title.slice(0, 1000),
    sections,
    budget: budget(plan, accepted, who.partners, deps.newId),
    unplaced: unplaced.slice(0, 5000),
    annotations: choices.importComments ? plan.comments.map((c) => annotation(c, sections, order, deps)) : [],
  };
}
