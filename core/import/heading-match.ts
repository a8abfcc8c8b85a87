import type { ApplicationTemplate } from '../template/schema';

/**
 * Which template section a Word document's heading stands for. Applications written in Word use
 * the form's titles in either language, shorter or older wordings ("Bakgrund", "Problem/utmaning")
 * and numbered headings ("3. Mål", "3.1 Mål"): all compare equal once case, numbering, punctuation
 * and spacing are left out.
 */

/** Other wordings of each section's title: section id → headings (templates/import/heading-variants.json). */
export type HeadingVariants = Record<string, readonly string[]>;

/** A heading as compared: lower case, without leading numbering, punctuation or repeated spaces. */
export function headingKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/^\s*(?:(?:avsnitt|section|del|part)\s+)?(?:\d+(?:\.\d+)*[.):]?|(?:[ivx]+|[a-h])[.)])\s+/u, '')
    .replace(/[/&]/g, ' och ')
    .replace(/\band\b/g, 'och')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Heading key → section id, for the sections of `template` (its titles first, then the variants). */
export function buildHeadingIndex(template: ApplicationTemplate, variants: HeadingVariants): Map<string, string> {
  const index = new Map<string, string>();
  const add = (text: string, id: string) => {
    const key = headingKey(text);
    if (key !== '' && !index.has(key)) index.set(key, id);
  };
  for (const s of template.sections) {
    add(s.title.sv, s.id);
    add(s.title.en, s.id);
  }
  for (const s of template.sections) for (const v of variants[s.id] ?? []) add(v, s.id);
  return index;
}

/** The section a heading names, or null when it names none. */
export function matchHeading(index: ReadonlyMap<string, string>, text: string): string | null {
  return index.get(headingKey(text)) ?? null;
}
