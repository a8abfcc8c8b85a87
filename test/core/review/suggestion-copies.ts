/**
 * Three reviewers' returned copies of one draft, with suggestions that overlap, made the way a
 * reviewer makes them (suggestInsert / suggestDelete on the text as sent). The story:
 *
 * The author sends the draft of review-suggestions.v5 (its text without suggestions). Karin's copy
 * is that fixture: she suggests adding " och inflytande" and removing " i Mombasa och Uppsala",
 * and proposes a budget amount. The author merged her copy once already. Omar got the draft as
 * sent: he too suggests removing " i Mombasa och Uppsala" (on words Karin already struck), adds
 * ", digitalt och på plats" to the workshops and comments on them. Lena got Karin's copy
 * forwarded: she suggests " och makt" where Karin suggested " och inflytande", suggests removing
 * the quote's attribution and comments on it. Meanwhile the author rewrote that attribution (so
 * Lena's deletion and comment lose their place) and added a sentence to the challenge.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Author } from '../../../core/draft/annotation';
import { parseDraftFile } from '../../../core/draft/file-format';
import type { RichText } from '../../../core/draft/rich-text';
import type { Draft } from '../../../core/draft/schema';
import { mergeReview } from '../../../core/review/merge-review';
import { offsetToPoint, projectText } from '../../../core/review/plain-text';
import { suggestDelete, suggestInsert } from '../../../core/review/suggest-edits';
import { rejectAll } from '../../../core/review/suggestions';
import { buildTextAnchor } from '../../../core/review/text-anchor';
import { addComment } from '../../../core/review/threads';

const fixture = join(import.meta.dirname, '../../fixtures/drafts/versions/review-suggestions.v5.kpdraft');

/** The fixture draft: Karin's returned copy. */
export function karinsCopy(): Draft {
  const r = parseDraftFile(readFileSync(fixture, 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const mapSections = (d: Draft, fn: (v: RichText) => RichText): Draft['sections'] =>
  Object.fromEntries(Object.entries(d.sections).map(([id, v]) => [id, fn(v)]));

/** The draft as the author sent it: Karin's copy without her suggestions and comments. */
export function sentDraft(): Draft {
  const k = karinsCopy();
  return { ...k, sections: mapSections(k, rejectAll), annotations: [] };
}

export const omar: Author = { name: 'Omar Said', initials: 'OS' };
export const lena: Author = { name: 'Lena Ek', initials: 'LE' };
const meta = (id: string, author: Author, createdAt: string) => ({ id, author, createdAt });

const blockText = (b: RichText[number]) => projectText([b]).text;
/** Where `needle` starts in a top-level block of a section, as a reviewer sees it (markup shown). */
function offsetIn(value: RichText, block: number, needle: string): number {
  const at = blockText(value[block]!).indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" is not in block ${block}`);
  return at;
}

/** A reviewer suggests inserting `text` right after `after` in a block. */
export function insertAfter(d: Draft, sectionId: string, block: number, after: string, text: string, m: ReturnType<typeof meta>): Draft {
  const value = d.sections[sectionId]!;
  const offset = offsetIn(value, block, after) + after.length;
  return { ...d, sections: { ...d.sections, [sectionId]: suggestInsert(value, { block, offset }, text, m) } };
}

/** A reviewer suggests removing `words` from a block. */
export function strike(d: Draft, sectionId: string, block: number, words: string, m: ReturnType<typeof meta>): Draft {
  const value = d.sections[sectionId]!;
  const from = offsetIn(value, block, words);
  return { ...d, sections: { ...d.sections, [sectionId]: suggestDelete(value, block, from, from + words.length, m, () => false) } };
}

/** A reviewer comments on a phrase of a section. */
export function commentOn(d: Draft, sectionId: string, phrase: string, author: Author, id: string, at: string, body: string): Draft {
  const value = d.sections[sectionId]!;
  const p = projectText(value);
  const start = p.text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in ${sectionId}`);
  const anchor = buildTextAnchor(value, sectionId, { anchor: offsetToPoint(p, start, 'forward')!, focus: offsetToPoint(p, start + phrase.length, 'backward')! });
  if (!anchor.ok) throw new Error(anchor.error.message);
  const env = { author, now: () => new Date(at), newId: () => id };
  const r = addComment(d.annotations, env, anchor.value, body);
  if (!r.ok) throw new Error(r.error.message);
  return { ...d, annotations: r.value.annotations };
}

export function omarsCopy(): Draft {
  let d = sentDraft();
  d = strike(d, 'summary', 0, ' i Mombasa och Uppsala', meta('o-1', omar, '2026-11-21T09:00:00.000Z'));
  d = insertAfter(d, 'activities', 1, 'Två workshoppar per år', ', digitalt och på plats', meta('o-2', omar, '2026-11-21T09:05:00.000Z'));
  return commentOn(d, 'activities', 'Två workshoppar per år', omar, 'om-1', '2026-11-21T09:10:00.000Z', 'Räcker två?');
}

export function lenasCopy(): Draft {
  let d = karinsCopy();
  d = insertAfter(d, 'summary', 0, 'ungas delaktighet', ' och makt', meta('l-1', lena, '2026-11-22T14:00:00.000Z'));
  d = strike(d, 'activities', 0, ' – ungdomsrådet i Likoni', meta('l-2', lena, '2026-11-22T14:05:00.000Z'));
  return commentOn(d, 'activities', 'ungdomsrådet i Likoni', lena, 'le-1', '2026-11-22T14:10:00.000Z', 'Vem sa det?');
}

/** The author's draft now: Karin's copy merged once, then the quote's attribution rewritten and a sentence added. */
export function authorsDraft(): Draft {
  const sent = sentDraft();
  const merged = mergeReview(sent, [karinsCopy()]);
  const sections = { ...merged.sections };
  sections.activities = [
    { type: 'block-quote', children: [{ text: '”Vi vill bli lyssnade på”, säger Likonis ungdomsråd' }] },
    ...sections.activities!.slice(1),
  ];
  sections.challenge = [...sections.challenge!, { type: 'paragraph', children: [{ text: 'Uppsala ser samma mönster bland unga.' }] }];
  return { ...sent, sections, annotations: merged.annotations };
}
