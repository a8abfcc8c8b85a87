import type { Draft } from '../draft/schema';
import { decidedDraft } from '../review/decided-text';
import { asDraftObject, checkMemo, compilePack, readPart, runUnit, type CheckOptions } from './engine';
import type { Finding } from './finding';
import type { RulePack } from './pack-schema';
import { createWordCounter } from './word-count';

/** A checker that remembers its last results, for checking as the user types. */
export interface IncrementalChecker {
  readonly pack: RulePack;
  /** The same findings as `checkDraft(draft, pack, options)`, re-running only rules whose inputs changed. */
  check(draft: Draft, options?: CheckOptions): Finding[];
  /** How many rule units ran in the last `check` (for tests and diagnostics). */
  readonly lastRunCount: number;
}

/**
 * Creates an incremental checker for one edition. Drafts are compared by reference: the editor
 * replaces only the objects it changes (one section, the budget array …), so a rule whose parts
 * are the same objects as last time keeps its findings. Word counts are cached per block object, so
 * typing in a long section re-counts only the edited paragraph.
 */
export function createIncrementalChecker(pack: RulePack): IncrementalChecker {
  const units = compilePack(pack);
  const inputs: Array<unknown[] | undefined> = units.map(() => undefined);
  const results: Finding[][] = units.map(() => []);
  const blocks = createWordCounter();
  const counter = { words: blocks.count, hasWords: blocks.atLeast };
  let lastRunCount = 0;
  return {
    pack,
    get lastRunCount() {
      return lastRunCount;
    },
    check(input, options = {}) {
      const draft = decidedDraft(asDraftObject(input), options.text ?? 'author');
      lastRunCount = 0;
      const memo = checkMemo();
      const out: Finding[] = [];
      for (let i = 0; i < units.length; i++) {
        const unit = units[i]!;
        const prev = inputs[i];
        const reads = unit.reads;
        let same = prev !== undefined;
        const now: unknown[] = new Array(reads.length);
        for (let j = 0; j < reads.length; j++) {
          now[j] = readPart(draft, reads[j]!, options);
          if (same && !Object.is(now[j], prev![j])) same = false;
        }
        if (!same) {
          results[i] = runUnit(unit, draft, counter, options, memo);
          inputs[i] = now;
          lastRunCount++;
        }
        for (const f of results[i]!) out.push(f);
      }
      return out;
    },
  };
}
