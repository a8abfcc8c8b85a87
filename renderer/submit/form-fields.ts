import type { Draft } from '../../core/draft/schema';
import { decidedDraft } from '../../core/review/decided-text';
import { findPack, sectionLimits } from '../../core/rules';
import { formCounting, formOrder, formText } from '../../core/submit';
import { i18next } from '../i18n';
import { loadedPacks } from '../rules/engine';
import { templateSections } from '../template';
import { onlineForm } from './submit-data';

/** One field of the online form as the form view shows it. */
export interface FormField {
  id: string;
  label: string;
  /** The text to paste; null for a field filled in as a table (budget, team …). */
  text: string | null;
  /** The pack's word limit for a text section, and whether its basis is uncertain. */
  limit: { maxWords: number; uncertain: boolean } | null;
}

const t = (key: string, o?: Record<string, unknown>) => i18next.t(key as never, o as never) as unknown as string;

function headerText(d: Draft, id: string, lang: 'sv' | 'en'): string | null {
  const pack = findPack(loadedPacks(), d.editionId);
  switch (id) {
    case 'title': return d.title.trim();
    case 'applicant': return d.applicant.organisation.trim();
    case 'partners': return d.partners.map((p) => p.organisation.trim()).filter(Boolean).join('\n');
    case 'component': return pack?.components.find((c) => c.id === d.component)?.[lang] ?? d.component;
    case 'period': return d.period.start || d.period.end ? `${d.period.start ?? ''} – ${d.period.end ?? ''}` : '';
    case 'submissionDate': return d.submissionDate ?? '';
    default: return null;
  }
}

const HEADER_LABEL: Record<string, string> = {
  title: 'fields.title', applicant: 'submit.summary.applicant', partners: 'submit.summary.partners', component: 'fields.component',
  period: 'fields.period', submissionDate: 'fields.submission', annexes: 'submit.form.annexes',
};

/** Every field of the online form for the draft, in the form's order, with the text to paste (the author's text). */
export function formFields(draft: Draft): FormField[] {
  const lang = i18next.language === 'en' ? 'en' : 'sv';
  const d = decidedDraft(draft, 'author');
  const sections = templateSections(d.component);
  const pack = findPack(loadedPacks(), d.editionId);
  return formOrder(onlineForm(), d.component).flatMap((id): FormField[] => {
    const section = sections.find((s) => s.id === id);
    if (section) {
      const rule = pack ? (sectionLimits(pack, d.component).get(id) ?? []).find((l) => l.maxWords !== undefined) : undefined;
      const limit = rule?.maxWords ? { maxWords: rule.maxWords, uncertain: rule.confidence === 'U' } : null;
      return [{ id, label: section.title[lang], text: section.kind === 'text' ? formText(d.sections[id]) : null, limit }];
    }
    if (!HEADER_LABEL[id]) return [];
    return [{ id, label: t(HEADER_LABEL[id]!), text: headerText(d, id, lang), limit: null }];
  });
}

/** How the form counts in the draft's edition (unknown when the data does not say). */
export const draftCounting = (d: Draft) => formCounting(onlineForm(), d.editionId);
