import { describeSources, parseSourceCatalogue, type SourceCatalogue, type SourceRef } from '../../core/rules/sources';
import { sourceCatalogue } from '../../templates';

let catalogue: SourceCatalogue | undefined;

/** The bundled catalogue, validated on first use (a few dozen entries: cheaper than shipping it pre-parsed). */
function bundled(): SourceCatalogue {
  if (!catalogue) {
    const r = parseSourceCatalogue(sourceCatalogue);
    // A broken catalogue only costs the titles: ids are still shown.
    catalogue = r.ok ? r.value : { format: 'kp-drafter/sources', sources: [] };
  }
  return catalogue;
}

/** The sources behind a finding or a section, titled in the UI language. */
export function sourceRefs(ids: readonly string[], lang: 'sv' | 'en'): SourceRef[] {
  return describeSources(bundled(), ids, lang);
}

/** One line for a tooltip: "S12 Äldre programsida …; S16 Ansökningsomgången hösten 2019 …". */
export function sourcesTooltip(ids: readonly string[], lang: 'sv' | 'en'): string {
  return sourceRefs(ids, lang).map((s) => (s.title === s.id ? s.id : `${s.id} ${s.title}`)).join('; ');
}

/** The host of a source's address, the part worth showing ("icld.se"). */
export function sourceHost(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/, '').split('/')[0] ?? url;
}
