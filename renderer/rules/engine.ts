import type { ComponentId, Draft } from '../../core/draft/schema';
import {
  applicableLimits, createIncrementalChecker, defaultEditionId, explainEditionSwitch, findPack, listEditions, maxProjectYears, parseRulePacks, sectionLimits,
  type Finding, type IncrementalChecker, type RulePack,
} from '../../core/rules';
import { rulePacks } from '../../templates';
import { prevalidatedRulePacks } from '../validated-data';

/**
 * The renderer's view of the programme rules: live checks with one incremental checker per
 * edition, and the edition's data (countries, categories, limits) shaped for the forms.
 */

export interface EditionInfo {
  id: string;
  label: string;
}

export interface CountryOption {
  code: string;
  sv: string;
  en: string;
  aliases: string[];
  eligible: boolean;
}

export interface CategoryOption {
  id: string;
  sv: string;
  en: string;
  eligible: boolean;
}

export interface PackView {
  editionId: string;
  countries: CountryOption[];
  applicantTypes: CategoryOption[];
  costCategories: CategoryOption[];
  /** The word limit of a text section for a component, if the edition states one. */
  wordLimit(component: ComponentId, sectionId: string): { limit: number; hard: boolean } | null;
  /** The applicable ceilings in öre for the draft's component, region and parties (null = unknown). */
  ceilings(draft: Draft): { total: number | null; perYear: number | null };
  /** A ceiling for one cost category, if the edition has one. */
  categoryCeiling(draft: Draft, categoryId: string): number | null;
  /** How many project years the draft's component allows. */
  maxYears(draft: Draft): number;
}

let packs: RulePack[] | null = null;
function allPacks(): RulePack[] {
  if (packs === null && prevalidatedRulePacks) packs = prevalidatedRulePacks;
  if (packs === null) {
    const r = parseRulePacks(rulePacks);
    packs = r.ok ? r.value : [];
    if (!r.ok) console.error('[kp] rule packs failed to load', r);
  }
  return packs;
}

let lang: 'sv' | 'en' = 'sv';
/** The language edition names are shown in. */
export function setRulesLanguage(l: 'sv' | 'en'): void {
  lang = l;
}

const editionLists = new Map<'sv' | 'en', EditionInfo[]>();
/** The editions, oldest first, named in the UI language (computed once per language). */
export function editions(): EditionInfo[] {
  let list = editionLists.get(lang);
  if (!list) editionLists.set(lang, (list = listEditions(allPacks()).map((e) => ({ id: e.id, label: e.name[lang] }))));
  return list;
}

/** The edition a new draft gets: the newest one with known ceilings. */
export function defaultEdition(): string | undefined {
  return defaultEditionId(allPacks());
}

const views = new Map<string, PackView>();

function buildView(pack: RulePack): PackView {
  const limits = new Map<ComponentId, ReturnType<typeof sectionLimits>>();
  const wordLimits = new Map<string, { limit: number; hard: boolean } | null>();
  return {
    editionId: pack.id,
    countries: pack.countries.map((c) => ({ code: c.code, sv: c.sv, en: c.en, aliases: c.aliases, eligible: c.status !== 'ineligible' })),
    applicantTypes: pack.applicantTypes.map((a) => ({ id: a.id, sv: a.sv, en: a.en, eligible: a.status !== 'ineligible' })),
    costCategories: pack.costCategories.map((c) => ({ id: c.id, sv: c.sv, en: c.en, eligible: c.status !== 'ineligible' })),
    wordLimit(component, sectionId) {
      // Cached so that callers get the same object each time (React dependencies stay stable).
      const key = `${component}/${sectionId}`;
      if (!wordLimits.has(key)) {
        let m = limits.get(component);
        if (!m) limits.set(component, (m = sectionLimits(pack, component)));
        const rule = m.get(sectionId)?.find((r) => r.maxWords !== undefined);
        wordLimits.set(key, rule ? { limit: rule.maxWords!, hard: rule.limit === 'hard' } : null);
      }
      return wordLimits.get(key)!;
    },
    ceilings(draft) {
      const a = applicableLimits(draft, pack);
      if (a.status !== 'known') return { total: null, perYear: null };
      const pick = (per: 'year' | 'total') => {
        const l = a.limits.filter((x) => x.per === per);
        return l.length ? Math.min(...l.map((x) => x.amountOre)) : null;
      };
      return { total: pick('total'), perYear: pick('year') };
    },
    categoryCeiling() {
      return null;
    },
    maxYears(draft) {
      return maxProjectYears(pack, draft.component) ?? 3;
    },
  };
}

/** The forms' view of an edition, or null when the edition is unknown to this version. */
export function packView(editionId: string): PackView | null {
  let v = views.get(editionId);
  if (!v) {
    const pack = findPack(allPacks(), editionId);
    if (!pack) return null;
    views.set(editionId, (v = buildView(pack)));
  }
  return v;
}

const checkers = new Map<string, IncrementalChecker>();

/** The findings of a draft under its edition; only rules whose inputs changed run again. */
export function checkAll(draft: Draft): Finding[] {
  let checker = checkers.get(draft.editionId);
  if (!checker) {
    const pack = findPack(allPacks(), draft.editionId);
    if (!pack) return [];
    checkers.set(draft.editionId, (checker = createIncrementalChecker(pack)));
  }
  return checker.check(draft);
}

/** What changes when a draft moves to another edition: counts of new and resolved findings. */
export function editionSwitchSummary(draft: Draft, toId: string): { added: number; removed: number; errors: number; warnings: number } | null {
  const from = findPack(allPacks(), draft.editionId);
  const to = findPack(allPacks(), toId);
  if (!from || !to) return null;
  const s = explainEditionSwitch(draft, from, to);
  return { added: s.added.length, removed: s.removed.length, errors: s.after.error, warnings: s.after.warning };
}
