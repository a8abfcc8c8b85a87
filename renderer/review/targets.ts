import type { Anchor } from '../../core/draft/annotation';
import type { Draft } from '../../core/draft/schema';
import { fieldAnchor, itemAnchor, parseField, sectionAnchor } from '../../core/review/field-anchor';
import i18next, { type TOptions } from 'i18next';
import type { TemplateSection } from '../../core/template/schema';
import type { TextKey } from '../i18n/text-key';

/**
 * What a comment can be about, found from the part of the window the user last clicked or
 * focused (its `data-kp-loc` / `data-kp-section` marks), and the way back: a comment's label and
 * the element that shows its target.
 */

/** Whole cards (not text) have no rich text of their own: a comment on one points at its list. */
const CARD_FIELDS: Record<string, string> = { parties: 'partners', core_areas: 'coreAreas', team: 'team', budget: 'budget', activity_plan: 'activity', risk_register: 'risk' };

/** The anchor for a `data-kp-loc` key (and the section it sits in), or null when it names nothing commentable. */
export function anchorForLoc(loc: string | null, sectionId: string | null, draft: Draft, sections: readonly TemplateSection[]): Anchor | null {
  const [kind, id = '', ...rest] = (loc ?? '').split(':');
  switch (kind) {
    case 'section':
      return anchorForSection(id, sections);
    case 'field':
      return fieldAnchor([id, ...rest].join(':'));
    case 'budget':
      if (draft.budget.some((b) => b.id === id)) return itemAnchor('budget', id);
      break;
    case 'team':
      if (draft.team.some((m) => m.id === id)) return itemAnchor('team', id);
      break;
    case 'partner':
      if (draft.partners.some((p) => p.id === id)) return itemAnchor('partner', id);
      break;
    case 'activity':
      if (draft.activities.some((a) => a.id === id)) return itemAnchor('activity', id);
      break;
    case 'risk':
      if (draft.risks.some((r) => r.id === id)) return itemAnchor('risk', id);
      break;
    case 'core-area':
      // An unticked core area is not in the draft; the comment then goes on the whole card.
      if (draft.coreAreas.some((c) => c.id === id)) return itemAnchor('coreArea', id);
      return fieldAnchor('coreAreas');
  }
  if (sectionId === 'general') return fieldAnchor('title');
  return sectionId ? anchorForSection(sectionId, sections) : null;
}

function anchorForSection(id: string, sections: readonly TemplateSection[]): Anchor | null {
  const s = sections.find((x) => x.id === id);
  if (!s) return null;
  return s.kind === 'text' ? sectionAnchor(id) : fieldAnchor(CARD_FIELDS[s.kind] ?? s.id);
}

type T = (key: TextKey, o?: TOptions) => string;

const FIELD_LABELS: Record<string, TextKey> = {
  title: 'fields.title',
  component: 'fields.component',
  editionId: 'fields.edition',
  documentLanguage: 'fields.documentLanguage',
  'period.start': 'fields.start',
  'period.end': 'fields.end',
  submissionDate: 'fields.submission',
  'applicant.organisation': 'parties.applicant',
  'applicant.type': 'parties.applicantType',
};

/** A short name for what a comment is about, e.g. "Budgetrad 2 – Studieresa till Skopje". */
export function anchorLabel(anchor: Anchor, draft: Draft, sections: readonly TemplateSection[], t: T, lang: 'sv' | 'en'): string {
  const title = (id: string) => sections.find((s) => s.id === id)?.title[lang] ?? id;
  const known = (key: string) => (i18next.exists(key) ? t(key as TextKey) : undefined);
  if (anchor.kind === 'text') return title(anchor.sectionId);
  if (anchor.kind === 'section') return t('review.target.section', { title: title(anchor.sectionId) });
  const f = parseField(anchor.field);
  const unnamed = t('review.target.unnamed');
  if ('item' in f) {
    switch (f.item) {
      case 'budget': {
        const i = draft.budget.findIndex((b) => b.id === f.id);
        const desc = draft.budget[i]?.description.trim();
        return t('review.target.budget', { label: i < 0 ? unnamed : `${i + 1}${desc ? ` – ${desc}` : ''}` });
      }
      case 'team':
        return t('review.target.team', { label: draft.team.find((m) => m.id === f.id)?.name.trim() || unnamed });
      case 'partner': {
        const p = draft.partners.find((x) => x.id === f.id);
        return t('review.target.partner', { label: p?.organisation.trim() || p?.country.trim() || unnamed });
      }
      case 'coreArea':
        // The id comes from a stored comment: one this version does not know is shown as written.
        return t('review.target.coreArea', { label: known(`coreAreas.names.${f.id}.0`) ?? f.id });
      case 'activity': {
        const i = draft.activities.findIndex((a) => a.id === f.id);
        return t('review.target.activity', { label: i < 0 ? unnamed : draft.activities[i]!.title.trim() || `${i + 1}` });
      }
      case 'risk': {
        const i = draft.risks.findIndex((r) => r.id === f.id);
        return t('review.target.risk', { label: i < 0 ? unnamed : draft.risks[i]!.text.trim() || t('risks.number', { n: i + 1 }) });
      }
    }
  }
  const path = f.path.join('.');
  const card = Object.entries(CARD_FIELDS).find(([, field]) => field === path)?.[0];
  const cardSection = card ? sections.find((s) => s.kind === card) : undefined;
  if (cardSection) return t('review.target.section', { title: cardSection.title[lang] });
  if (path.startsWith('prerequisites.')) return t('review.target.field', { label: known(`annexes.prerequisite.${path.slice(14)}`) ?? path });
  if (path.startsWith('annexes.')) return t('review.target.field', { label: `${t('annexes.legend')}: ${path.slice(8)}` });
  const key = FIELD_LABELS[path];
  return t('review.target.field', { label: key ? t(key) : path });
}

/** CSS selectors of the element(s) that show a comment's target (text comments: their highlight). */
export function targetSelectors(anchor: Anchor, threadId: string, sections: readonly TemplateSection[]): string[] {
  const q = (s: string) => CSS.escape(s);
  if (anchor.kind === 'text') return [`mark[data-kp-threads~="${q(threadId)}"]`, `[data-kp-section="${q(anchor.sectionId)}"]`];
  if (anchor.kind === 'section') return [`[data-kp-section="${q(anchor.sectionId)}"]`];
  const f = parseField(anchor.field);
  if ('item' in f) {
    const prefix = f.item === 'coreArea' ? 'core-area' : f.item;
    return [`[data-kp-loc="${q(`${prefix}:${f.id}`)}"]`, `[data-kp-loc^="${q(`${prefix}:${f.id}:`)}"]`];
  }
  const path = f.path.join('.');
  const card = Object.entries(CARD_FIELDS).find(([, field]) => field === path)?.[0];
  const cardSection = card ? sections.find((s) => s.kind === card) : undefined;
  if (cardSection) return [`[data-kp-section="${q(cardSection.id)}"]`];
  return [`[data-kp-loc="${q(`field:${path}`)}"]`, '[data-kp-section="general"]'];
}
