import type { AnnexKind, ApplicantType, Component, CostCategory, Country, RuleConfig, RulePack } from './pack-schema';

/** Lookup tables of a pack, built once per pack object. */
export interface PackIndex {
  countryByCode: Map<string, Country>;
  /** Normalised name, alias or code → country. */
  countryByName: Map<string, Country>;
  applicantType: Map<string, ApplicantType>;
  component: Map<string, Component>;
  category: Map<string, CostCategory>;
  rule: Map<string, RuleConfig>;
  region: Map<string, { sv: string; en: string }>;
  cluster: Map<string, { sv: string; en: string }>;
  annexKind: Map<string, AnnexKind>;
}

/** Lower case, without diacritics or repeated spaces: "Moçambique " and "mocambique" match. */
export function normaliseName(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

const cache = new WeakMap<RulePack, PackIndex>();

/** The lookup tables of `pack` (cached per pack object). */
export function indexPack(pack: RulePack): PackIndex {
  const hit = cache.get(pack);
  if (hit) return hit;
  const countryByName = new Map<string, Country>();
  for (const c of pack.countries) {
    for (const n of [c.code, c.sv, c.en, ...c.aliases]) {
      const key = normaliseName(n);
      if (!countryByName.has(key)) countryByName.set(key, c);
    }
  }
  const index: PackIndex = {
    countryByCode: new Map(pack.countries.map((c) => [c.code, c])),
    countryByName,
    applicantType: new Map(pack.applicantTypes.map((t) => [t.id, t])),
    component: new Map(pack.components.map((c) => [c.id, c])),
    category: new Map(pack.costCategories.map((c) => [c.id, c])),
    rule: new Map(pack.rules.map((r) => [r.id, r])),
    region: new Map(pack.budgetRegions.map((r) => [r.id, r])),
    cluster: new Map(pack.clusters.map((r) => [r.id, r])),
    annexKind: new Map(pack.annexKinds.map((a) => [a.id, a])),
  };
  cache.set(pack, index);
  return index;
}

/** How a draft's country text relates to the pack's countries. */
export type CountryLookup =
  | { kind: 'code'; country: Country }
  | { kind: 'name'; country: Country }
  | { kind: 'unknown' };

/**
 * Resolves the text in a partner's country field: an exact ISO code, or a name/alias in either
 * language (Makedonien, Vitryssland, Türkiye …) that should be stored as its code.
 */
export function resolveCountry(pack: RulePack, text: string): CountryLookup {
  const index = indexPack(pack);
  const byCode = index.countryByCode.get(text);
  if (byCode) return { kind: 'code', country: byCode };
  const byName = index.countryByName.get(normaliseName(text));
  return byName ? { kind: 'name', country: byName } : { kind: 'unknown' };
}
