import type { Draft } from '../draft/schema';
import { decidedDraft, type TextVersion } from '../review/decided-text';
import type { Finding } from './finding';
import { indexPack } from './pack-index';
import type { RulePack } from './pack-schema';
import { ruleDefinition } from './registry';
import type { DraftPart, LinkedSummary, RuleContext, RuleUnit } from './rule';
import { ruleText } from './rule-text';
import { countWords, hasAtLeastWords } from './word-count';

/** A unit with the context it runs in. */
export interface CompiledUnit extends RuleUnit {
  context: Omit<RuleContext, 'words' | 'hasWords' | 'today' | 'linked' | 'memo'>;
}

/** What a check needs besides the draft and the edition. */
export interface CheckOptions {
  /** Today's date, YYYY-MM-DD (passed in, so that core has no clock and tests can fix it). */
  today?: string;
  /**
   * Which text of sections with open suggestions is checked: the author's (every suggestion
   * rejected, the default) or the reviewers' (every suggestion accepted, for a preview).
   */
  text?: TextVersion;
  /**
   * The draft this one names as submitted with it (`linkedDraft`), as the caller read it from
   * disk, or 'missing' when it could not be read; core reads no files.
   */
  linked?: LinkedSummary | 'missing';
}

const compiled = new WeakMap<RulePack, CompiledUnit[]>();

/** The units of every rule the pack lists, in the pack's rule order (cached per pack). */
export function compilePack(pack: RulePack): CompiledUnit[] {
  const hit = compiled.get(pack);
  if (hit) return hit;
  const index = indexPack(pack);
  const units: CompiledUnit[] = [];
  for (const config of pack.rules) {
    const def = ruleDefinition.get(config.id);
    if (!def) continue;
    for (const u of def.units(pack, config)) units.push({ ...u, ruleId: config.id, context: { pack, index, config } });
  }
  compiled.set(pack, units);
  return units;
}

/** The draft itself when it is an object; anything else is checked as an empty draft. */
export function asDraftObject(draft: unknown): Draft {
  return (typeof draft === 'object' && draft !== null && !Array.isArray(draft) ? draft : {}) as Draft;
}

/** The value of one part of a draft (undefined when the draft lacks it); 'today' and 'linked' come from the options. */
export function readPart(draft: unknown, part: DraftPart, options: CheckOptions = {}): unknown {
  if (part === 'today') return options.today;
  if (part === 'linked') return options.linked;
  if (typeof draft !== 'object' || draft === null) return undefined;
  if (part.startsWith('section:')) {
    const sections = (draft as { sections?: unknown }).sections;
    return typeof sections === 'object' && sections !== null ? (sections as Record<string, unknown>)[part.slice(8)] : undefined;
  }
  return (draft as Record<string, unknown>)[part];
}

/** How rules count words: a full count, and a test that may stop early. */
export type WordCounter = Pick<RuleContext, 'words' | 'hasWords'>;

/** A word counter that remembers counts by section object in `cache`. */
export function cachingCounter(cache: { get(k: object): number | undefined; set(k: object, v: number): unknown }): WordCounter {
  const words = (x: unknown) => {
    if (typeof x !== 'object' || x === null) return countWords(x);
    let n = cache.get(x);
    if (n === undefined) cache.set(x, (n = countWords(x)));
    return n;
  };
  const hasWords = (x: unknown, n: number) => {
    const known = typeof x === 'object' && x !== null ? cache.get(x) : undefined;
    return known !== undefined ? known >= n : hasAtLeastWords(x, n);
  };
  return { words, hasWords };
}

/** A memo for one check: made afresh for every check, so nothing read from one draft reaches another. */
export function checkMemo(): RuleContext['memo'] {
  const values = new Map<string, unknown>();
  return <T>(name: string, make: () => T): T => {
    if (!values.has(name)) values.set(name, make());
    return values.get(name) as T;
  };
}

/**
 * Runs one unit. Rules read defensively, so this only catches a bug meeting data nobody foresaw:
 * the user then sees that the rule could not be checked instead of losing every other finding.
 */
export function runUnit(unit: CompiledUnit, draft: Draft, counter: WordCounter, options: CheckOptions = {}, memo = checkMemo()): Finding[] {
  try {
    return unit.run(draft, { ...unit.context, ...counter, memo, today: options.today ?? null, linked: options.linked ?? null });
  } catch {
    return [{
      ruleId: unit.ruleId,
      severity: 'info',
      message: ruleText('rules.engine.damaged'),
      location: { kind: 'draft' },
      editionId: unit.context.pack.id,
      sources: [...unit.context.config.sources],
    }];
  }
}

/**
 * Checks a draft against an edition's rules and returns every finding, in the pack's rule order.
 * Pure and total: never throws and never changes the draft, whatever it is handed.
 */
export function checkDraft(draft: Draft, pack: RulePack, options: CheckOptions = {}): Finding[] {
  const d = decidedDraft(asDraftObject(draft), options.text ?? 'author');
  const counter = cachingCounter(new Map<object, number>());
  const memo = checkMemo();
  const out: Finding[] = [];
  for (const unit of compilePack(pack)) for (const f of runUnit(unit, d, counter, options, memo)) out.push(f);
  return out;
}
