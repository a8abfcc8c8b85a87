import { z } from 'zod';
import { ok, type Ok } from '../result';
import { SourceId } from './pack-schema';

/**
 * The fact sheet's sources (templates/sources/): what "S1" or "S27" in a rule pack, a template
 * section or a finding refers to, so the interface can name the document instead of showing a
 * bare id. Titles are in both UI languages; the address is shown, never fetched.
 */
export const SourceEntry = z.strictObject({
  id: SourceId,
  sv: z.string().min(1),
  en: z.string().min(1),
  url: z.string().regex(/^https?:\/\/\S+$/, 'expected an http(s) address'),
});
export type SourceEntry = z.infer<typeof SourceEntry>;

export const SourceCatalogue = z.strictObject({
  format: z.literal('kp-drafter/sources'),
  sources: z.array(SourceEntry).min(1),
});
export type SourceCatalogue = z.infer<typeof SourceCatalogue>;

export interface SourcesError {
  ok: false;
  error: { code: 'sources-invalid'; message: string };
}

/** The catalogue, or why it was refused (schema problems, or an id listed twice). */
export function parseSourceCatalogue(json: unknown): Ok<SourceCatalogue> | SourcesError {
  const r = SourceCatalogue.safeParse(json);
  const refuse = (problems: string[]): SourcesError => ({ ok: false, error: { code: 'sources-invalid', message: `sources are invalid: ${problems.slice(0, 5).join('; ')}` } });
  if (!r.success) return refuse(r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  const seen = new Set<string>();
  const twice = r.data.sources.filter((s) => (seen.has(s.id) ? true : (seen.add(s.id), false))).map((s) => `duplicate source "${s.id}"`);
  return twice.length ? refuse(twice) : ok(r.data);
}

/** A source as a reader sees it: its id and title in the language, and its address. */
export interface SourceRef {
  id: string;
  title: string;
  url?: string;
}

// Tooltips and notes look sources up on every render: each catalogue is indexed once.
const indexes = new WeakMap<SourceCatalogue, Map<string, SourceEntry>>();

function indexOf(catalogue: SourceCatalogue): Map<string, SourceEntry> {
  let byId = indexes.get(catalogue);
  if (!byId) indexes.set(catalogue, (byId = new Map(catalogue.sources.map((s) => [s.id, s]))));
  return byId;
}

/** Looks the ids up in order; an id the catalogue doesn't know is kept, untitled, with its id as title. */
export function describeSources(catalogue: SourceCatalogue, ids: readonly string[], lang: 'sv' | 'en'): SourceRef[] {
  const byId = indexOf(catalogue);
  return ids.map((id) => {
    const s = byId.get(id);
    return s ? { id, title: s[lang], url: s.url } : { id, title: id };
  });
}
