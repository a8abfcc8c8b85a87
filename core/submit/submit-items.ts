import type { Annotation } from '../draft/annotation';
import type { RichText } from '../draft/rich-text';
import type { Draft } from '../draft/schema';
import type { Finding, FindingLocation } from '../rules/finding';
import type { RulePack } from '../rules/pack-schema';
import { compareDates, parseDate } from '../rules/read';
import { windowIn } from '../rules/checks/windows';
import { sectionChanges, changedText } from '../review/change-list';
import { textIn, type TextParams } from '../i18n/lookup';
import type { Localized } from '../template/schema';
import { anchorLocation, formFieldOf } from './form-place';
import type { OnlineForm } from './online-form';

/** What an item of the ready-to-submit list is about. */
export type SubmitKind = 'error' | 'invalid' | 'annex' | 'comment' | 'suggestion' | 'date' | 'warning' | 'short';

/** One thing that blocks submission or deserves a look, with the place the editor jumps to. */
export interface SubmitItem {
  kind: SubmitKind;
  blocking: boolean;
  /** The online form's field it belongs to (orders the list). */
  field: string;
  location: FindingLocation;
  message: Localized;
  ruleId?: string;
  /** The comment thread, for a comment. */
  threadId?: string;
  /** The suggestion, for a suggested change. */
  suggestionId?: string;
}

/** The rule that reports text typed into a field that could not be read (draft.invalidInputs). */
export const INVALID_INPUT_RULE = 'FLD-01';

type Key = Parameters<typeof textIn>[1];
const both = (key: Key, params: (l: 'sv' | 'en') => TextParams): Localized => ({ sv: textIn('sv', key, params('sv')), en: textIn('en', key, params('en')) });
const ellipsis = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

/** Findings as items: errors block; a missing upload the form requires (stated in the sources) blocks; warnings deserve a look. */
export function findingItems(findings: readonly Finding[], form: OnlineForm): SubmitItem[] {
  const requiredUpload = new Set(form.uploads.filter((u) => u.confidence === 'S').flatMap((u) => u.ruleIds));
  return findings.flatMap((f): SubmitItem[] => {
    const field = formFieldOf(f.location);
    const base = { field, location: f.location, message: f.message, ruleId: f.ruleId };
    if (f.ruleId === INVALID_INPUT_RULE) return [{ ...base, kind: 'invalid', blocking: true }];
    const annex = field === 'annexes';
    if (f.severity === 'error') return [{ ...base, kind: annex ? 'annex' : 'error', blocking: true }];
    if (f.severity === 'warning') {
      if (annex && requiredUpload.has(f.ruleId)) return [{ ...base, kind: 'annex', blocking: true }];
      return [{ ...base, kind: 'warning', blocking: false }];
    }
    return [];
  });
}

/** Open comments (resolved ones are done), each at the place it is on. */
export function commentItems(annotations: readonly Annotation[]): SubmitItem[] {
  return annotations.filter((a) => !a.resolved).map((a) => {
    const location = anchorLocation(a.anchor);
    const quote = a.anchor.kind === 'text' ? a.anchor.quote.exact.trim() : '';
    const params = () => ({ author: a.author.name, body: ellipsis(a.body.trim(), 120), quote: ellipsis(quote, 40) });
    return { kind: 'comment', blocking: true, field: formFieldOf(location), location, threadId: a.id, message: both(quote ? 'submit.quotedComment' : 'submit.comment', params) };
  });
}

/** Suggested changes nobody has accepted or rejected yet, in each section's text order. */
export function suggestionItems(sections: Readonly<Record<string, RichText | undefined>>): SubmitItem[] {
  return Object.entries(sections).flatMap(([sectionId, value]) => (value ? sectionChanges(sectionId, value) : []).map((c): SubmitItem => ({
    kind: 'suggestion', blocking: true, field: sectionId, location: { kind: 'section', sectionId }, suggestionId: c.id,
    message: both('submit.suggestion', (l) => ({ author: c.author.name, what: textIn(l, `submit.suggestionKind.${c.kind}`), text: ellipsis(changedText(c).trim(), 60) })),
  })));
}

const dateLocation = { kind: 'field', field: 'submissionDate' } as const;

/**
 * The day of submission: a planned date after today means the checks describe another day; for a
 * component with application windows, today itself must lie in one (windows stated in the sources
 * block, uncertain ones only deserve a look).
 */
export function dateItems(draft: Draft, pack: RulePack, today: string): SubmitItem[] {
  const day = parseDate(today);
  if (!day) return [];
  const items: SubmitItem[] = [];
  const planned = parseDate(draft.submissionDate);
  if (planned && compareDates(planned, day) > 0) {
    items.push({ kind: 'date', blocking: true, field: 'submissionDate', location: dateLocation, message: both('submit.dateLater', () => ({ date: draft.submissionDate!, today })) });
  }
  const component = pack.components.find((c) => c.id === draft.component);
  const windows = component?.submission === 'windows' ? pack.windows.filter((w) => w.components.includes(component.id)) : [];
  if (!component || windows.length === 0) return items;
  const open = windows.some((w) => {
    const r = windowIn(w, day.y, pack.roundOverrides);
    return compareDates(day, r.from) >= 0 && compareDates(day, r.to) <= 0;
  });
  if (open) return items;
  const certain = windows.every((w) => w.confidence === 'S');
  const dm = (md: string) => `${Number(md.slice(3, 5))}/${Number(md.slice(0, 2))}`;
  const list = windows.map((w) => `${dm(w.opens)}–${dm(w.closes)}`).join(', ');
  items.push({ kind: 'date', blocking: certain, field: 'submissionDate', location: dateLocation, ruleId: 'WIN-01',
    message: both('submit.outsideWindow', (l) => ({ today, component: component[l].toLowerCase(), windows: list })) });
  return items;
}

/**
 * Annexes the edition lists for the component that no rule checks (a signed budget, whose need is
 * inferred from the form's instructions): not marked done, they deserve a look, never block.
 */
export function unruledAnnexItems(draft: Draft, pack: RulePack): SubmitItem[] {
  const component = pack.components.find((c) => c.id === draft.component);
  return (component?.annexes ?? []).filter((a) => !a.ruleId).flatMap((a): SubmitItem[] => {
    const state = draft.annexes.find((x) => x.kind === a.kind)?.state ?? 'missing';
    if (state === 'signed') return [];
    const kind = pack.annexKinds.find((k) => k.id === a.kind);
    const params = (l: 'sv' | 'en') => ({ annex: kind?.[l] ?? a.kind });
    const location: FindingLocation = { kind: 'field', field: `annexes.${a.kind}` };
    return [{ kind: 'annex', blocking: false, field: formFieldOf(location), location,
      message: both(state === 'draft' ? 'submit.annexDraft' : 'submit.annexMissing', params) }];
  });
}
