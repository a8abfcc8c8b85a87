import type { Draft } from '../draft/schema';
import type { Lang } from './labels';
import type { NameTable, ProgrammeNames } from './programme-names';

/** A name in both document languages. */
export interface LocalizedName {
  sv: string;
  en: string;
}

/** An id with its name, as a rule pack lists countries, components, cost categories … */
export interface NamedItem {
  id: string;
  name: LocalizedName;
}

/**
 * What the export takes from the draft's programme edition (its rule pack), all optional: the
 * document falls back to the bundled packs' names (or the raw code, for countries) for whatever is missing.
 * Plain data, so it can be sent to the export worker.
 */
export interface DocxPackInfo {
  /** The edition's display name, e.g. "Kommunalt Partnerskap – riktlinjer 2020". */
  editionName?: LocalizedName;
  /** Countries by ISO code (XK for Kosovo), with aliases so older drafts holding a name still resolve. */
  countries?: ReadonlyArray<NamedItem & { aliases?: readonly string[] }>;
  components?: readonly NamedItem[];
  coreAreas?: readonly NamedItem[];
  applicantTypes?: readonly NamedItem[];
  partnerTypes?: readonly NamedItem[];
  /** The annexes the draft's component comes with in the edition, in the pack's order. */
  annexes?: readonly NamedItem[];
  /** Cost categories in the order the budget tables list them. */
  costCategories?: readonly NamedItem[];
  /** The budget ceilings and guide values that apply to this draft, as the rule engine works them out. */
  budgetLimits?: ReadonlyArray<{ amountOre: number; per: 'year' | 'total'; kind: 'max' | 'guide' }>;
}

const prettyId = (id: string) => (id ? id.charAt(0).toUpperCase() + id.slice(1).replace(/_/g, ' ') : id);

function lookup(items: readonly NamedItem[] | undefined, fallback: NameTable, lang: Lang) {
  const map = new Map<string, LocalizedName>(fallback);
  for (const it of items ?? []) map.set(it.id, it.name);
  return (id: string) => map.get(id)?.[lang] ?? prettyId(id);
}

/** Resolves programme ids of a draft to display names in one document language. */
export interface NameResolver {
  edition(id: string): string;
  country(code: string): string;
  component(id: string): string;
  coreArea(id: string): string;
  applicantType(id: string): string;
  partnerType(id: string): string;
  annexKind(id: string): string;
  /** The annex kinds to list: the component's in the edition, else those the draft records. */
  annexKinds(draft: Draft): string[];
  costCategory(id: string): string;
  /** Category ids in display order: the pack's order first, then the draft's others as they appear. */
  categoryOrder(draft: Draft): string[];
}

/**
 * Builds the name lookups for `lang` from an optional pack, falling back to `fallback` (the bundled
 * packs' names, core/docx/programme-names.ts) for ids the pack does not name.
 */
export function buildNameResolver(pack: DocxPackInfo | undefined, fallback: ProgrammeNames, lang: Lang): NameResolver {
  const countries = new Map<string, string>();
  for (const c of pack?.countries ?? []) {
    countries.set(c.id.toUpperCase(), c.name[lang]);
    for (const a of c.aliases ?? []) countries.set(a.toUpperCase(), c.name[lang]);
  }
  return {
    edition: (id) => pack?.editionName?.[lang] ?? id,
    // Without a pack the code is shown as is: a guessed country name would be worse than none.
    country: (code) => countries.get(code.trim().toUpperCase()) ?? code,
    component: lookup(pack?.components, fallback.components, lang),
    coreArea: lookup(pack?.coreAreas, fallback.coreAreas, lang),
    applicantType: lookup(pack?.applicantTypes, fallback.applicantTypes, lang),
    partnerType: lookup(pack?.partnerTypes, fallback.partnerTypes, lang),
    annexKind: lookup(pack?.annexes, fallback.annexKinds, lang),
    annexKinds: (draft) => (pack?.annexes ? pack.annexes.map((a) => a.id) : draft.annexes.map((a) => a.kind)),
    costCategory: lookup(pack?.costCategories, fallback.costCategories, lang),
    categoryOrder(draft) {
      const order = (pack?.costCategories ?? []).map((c) => c.id);
      const seen = new Set(order);
      for (const l of draft.budget) {
        if (seen.has(l.category)) continue;
        seen.add(l.category);
        order.push(l.category);
      }
      const used = new Set(draft.budget.map((l) => l.category));
      return order.filter((id) => used.has(id));
    },
  };
}
