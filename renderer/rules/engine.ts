import { linkedOption } from '../state/linked-state';
import type { ComponentId, Draft } from '../../core/draft/schema';
import type { TextVersion } from '../../core/review/decided-text';
import {
  applicableLimits, createIncrementalChecker, localDay, explainEditionSwitch, findPack, listEditions, maxProjectYears, parseRulePacks, ruleConfig,
  sectionLimits, wordLimitBreachSeverity, type AppliedLimit, type Finding, type IncrementalChecker, type RulePack, type Severity,
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

/** A cost category as the picker shows it: whether ICLD pays for it, and why not (from the pack). */
export interface CostCategoryOption extends CategoryOption {
  status: 'eligible' | 'ineligible' | 'unknown';
  reason?: { sv: string; en: string };
}

/** A section's word limit and the severity of its finding once the text passes it. */
export interface WordLimit {
  limit: number;
  /** Null when the edition does not check the limit: then nothing is marked either. */
  severity: Severity | null;
}

export interface PackView {
  editionId: string;
  countries: CountryOption[];
  applicantTypes: CategoryOption[];
  costCategories: CostCategoryOption[];
  /** The word limit of a text section for a component, if the edition states one. */
  wordLimit(component: ComponentId, sectionId: string): WordLimit | null;
  /** The ceilings and guide values for the draft's component, region and parties (empty = unknown). */
  limits(draft: Draft): AppliedLimit[];
  /** The cost categories counted as work input (arbetsinsatser). */
  workInputCategories: ReadonlySet<string>;
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

/** The validated rule packs this version ships. */
export const loadedPacks = (): readonly RulePack[] => allPacks();

const views = new Map<string, PackView>();

/** "Not paid" only where the edition's source says so; an uncertain exclusion is shown as uncertain. */
function pickerStatus(c: RulePack['costCategories'][number]): CostCategoryOption['status'] {
  return c.status === 'ineligible' && c.confidence === 'U' ? 'unknown' : c.status;
}

/** The forms' view of one pack (cached per edition by `packView`). */
export function buildView(pack: RulePack): PackView {
  const limits = new Map<ComponentId, ReturnType<typeof sectionLimits>>();
  const wordLimits = new Map<string, WordLimit | null>();
  return {
    editionId: pack.id,
    countries: pack.countries.map((c) => ({ code: c.code, sv: c.sv, en: c.en, aliases: c.aliases, eligible: c.status !== 'ineligible' })),
    applicantTypes: pack.applicantTypes.map((a) => ({ id: a.id, sv: a.sv, en: a.en, eligible: a.status !== 'ineligible' })),
    costCategories: pack.costCategories.map((c) => ({ id: c.id, sv: c.sv, en: c.en, eligible: c.status !== 'ineligible', status: pickerStatus(c), reason: c.note })),
    wordLimit(component, sectionId) {
      // Cached so that callers get the same object each time (React dependencies stay stable).
      const key = `${component}/${sectionId}`;
      if (!wordLimits.has(key)) {
        let m = limits.get(component);
        if (!m) limits.set(component, (m = sectionLimits(pack, component)));
        const rule = m.get(sectionId)?.find((r) => r.maxWords !== undefined);
        const config = rule && ruleConfig(pack, rule.ruleId);
        wordLimits.set(key, rule ? { limit: rule.maxWords!, severity: config ? wordLimitBreachSeverity(config, rule) : null } : null);
      }
      return wordLimits.get(key)!;
    },
    limits(draft) {
      const a = applicableLimits(draft, pack);
      return a.status === 'known' ? a.limits : [];
    },
    workInputCategories: new Set(pack.costCategories.filter((c) => c.group === 'work_input').map((c) => c.id)),
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

/**
 * The findings of a draft under its edition; only rules whose inputs changed run again. Sections
 * with open suggestions are checked as their author wrote them, or with every suggestion accepted
 * for the preview (each text its own checker, so the live one keeps its results).
 */
export function checkAll(draft: Draft, text: TextVersion = 'author'): Finding[] {
  const key = `${draft.editionId}|${text}`;
  let checker = checkers.get(key);
  if (!checker) {
    const pack = findPack(allPacks(), draft.editionId);
    if (!pack) return [];
    checkers.set(key, (checker = createIncrementalChecker(pack)));
  }
  // Today's date, so that a planned submission date that has passed is reported (WIN-05).
  // The draft submitted with this one, once read, so that the checks see both (PRE-03, LNK-*).
  return checker.check(draft, { today: localDay(new Date()), text, linked: linkedOption(draft) });
}

/** What changes when a draft moves to another edition: counts of new and resolved findings. */
export function editionSwitchSummary(draft: Draft, toId: string): { added: number; removed: number; errors: number; warnings: number } | null {
  const from = findPack(allPacks(), draft.editionId);
  const to = findPack(allPacks(), toId);
  if (!from || !to) return null;
  const s = explainEditionSwitch(draft, from, to);
  return { added: s.added.length, removed: s.removed.length, errors: s.after.error, warnings: s.after.warning };
}
