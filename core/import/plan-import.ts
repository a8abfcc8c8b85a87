import type { RulePack } from '../rules/pack-schema';
import { parseBody } from '../html/parse';
import { placeDocument, type PlaceOptions } from './place';
import type { ImportedComment, ImportPlan } from './plan';

/**
 * The import plan of a converted Word document: its HTML (from the converter, already without
 * tracked deletions) sorted into sections, with the title and comments read from the package.
 */
export function planImport(html: string, extras: { title: string; comments: ImportedComment[] }, o: PlaceOptions): ImportPlan {
  const placed = placeDocument(parseBody(html), o);
  return { title: extras.title.trim().slice(0, 1000), comments: extras.comments.slice(0, 5000), ...placed };
}

/** Cost category labels (both languages, lower case) → id, from the editions' packs. */
export function categoryLabels(packs: readonly RulePack[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const pack of packs) {
    for (const c of pack.costCategories) {
      for (const label of [c.sv, c.en, c.id]) {
        const k = label.trim().toLowerCase().replace(/\s+/g, ' ');
        if (!out.has(k)) out.set(k, c.id);
      }
    }
  }
  return out;
}
