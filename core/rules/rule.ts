import type { z } from 'zod';
import type { Draft } from '../draft/schema';
import type { Localized } from '../template/schema';
import type { Finding, FindingLocation, QuickFix, Severity } from './finding';
import type { Confidence, RuleConfig, RulePack } from './pack-schema';
import type { PackIndex } from './pack-index';
import { severityRank } from './finding';

/**
 * The parts of a draft a rule may read. The incremental checker re-runs a rule only when one of
 * its parts is a different object (or value) than last time; `section:<id>` is one section's text.
 */
export type DraftPart =
  | 'component'
  | 'applicant'
  | 'partners'
  | 'period'
  | 'submissionDate'
  | 'coreAreas'
  | 'team'
  | 'budget'
  | 'framework'
  | 'activities'
  | 'risks'
  | 'agenda2030'
  | 'annexes'
  | 'prerequisites'
  | 'invalidInputs'
  | 'linkedDraft'
  /** Not a part of the draft: the linked draft as the caller read it (see CheckOptions). */
  | 'linked'
  /** Not a part of the draft: the date the check runs on (see CheckOptions). */
  | 'today'
  | `section:${string}`;

/** What a rule needs of a linked draft: its title, component and budget amounts per project year. */
export interface LinkedSummary {
  title: string;
  component: string;
  budget: ReadonlyArray<{ year: number; amountOre: number }>;
}

/** What a rule gets besides the draft. */
export interface RuleContext {
  pack: RulePack;
  index: PackIndex;
  config: RuleConfig;
  /** Today's date (YYYY-MM-DD) when the caller gave one; rules comparing with it are silent without. */
  today: string | null;
  /** The linked draft as the caller read it; null when none was given (rules about it are then silent). */
  linked: LinkedSummary | 'missing' | null;
  /** Words in a section's rich text; cached by the caller (per call, or per object in the incremental checker). */
  words(richText: unknown): number;
  /** True when the text has at least `n` words; may stop reading early (uses a cached count if any). */
  hasWords(richText: unknown, n: number): boolean;
  /**
   * A value made once per check and shared by the units that run in it (e.g. the framework as
   * the plan rules read it). Every unit of one check sees the same draft, so a name is key enough.
   */
  memo<T>(name: string, make: () => T): T;
}

/** One independently cached piece of a rule (a rule may split per section). */
export interface RuleUnit {
  /** Unique within a pack, e.g. "DOC-04:risks". */
  key: string;
  ruleId: string;
  reads: readonly DraftPart[];
  run(draft: Draft, ctx: RuleContext): Finding[];
}

/** A rule's implementation. Which editions use it, with what severity and sources, is pack data. */
export interface RuleDefinition {
  id: string;
  /** One line saying what is checked, for `kp rules` and the UI. */
  title: Localized;
  /** Schema of `params` in the pack's rule config, checked when the pack is loaded. */
  params?: z.ZodType;
  /** The units this rule runs as under a pack. */
  units(pack: RulePack, config: RuleConfig): Array<Omit<RuleUnit, 'ruleId'>>;
}

/**
 * The severity a finding gets: never above the rule's severity in the edition, and never an error
 * when the datum it rests on (or the rule itself) is uncertain ("U" in the fact sheet).
 */
export function capSeverity(ruleSeverity: Severity, wanted: Severity, confidence: Confidence[]): Severity {
  let s = severityRank[wanted] > severityRank[ruleSeverity] ? ruleSeverity : wanted;
  if (s === 'error' && confidence.includes('U')) s = 'warning';
  return s;
}

/** What a rule says about one problem; `finding` completes it with rule id, edition and sources. */
export interface FindingSpec {
  /** Defaults to the rule's severity in the edition. */
  severity?: Severity;
  message: Localized;
  location: FindingLocation;
  /** Sources of the datum, added to the rule's own. */
  sources?: readonly string[];
  /** Confidence of the datum; "U" keeps the finding below error. */
  confidence?: Confidence;
  fix?: QuickFix;
}

/** Builds a finding for the rule in `ctx`, applying the edition's severity cap and sources. */
export function finding(ctx: RuleContext, spec: FindingSpec): Finding {
  const conf: Confidence[] = [ctx.config.confidence];
  if (spec.confidence) conf.push(spec.confidence);
  const sources = [...ctx.config.sources];
  for (const s of spec.sources ?? []) if (!sources.includes(s)) sources.push(s);
  const f: Finding = {
    ruleId: ctx.config.id,
    severity: capSeverity(ctx.config.severity, spec.severity ?? ctx.config.severity, conf),
    message: spec.message,
    location: spec.location,
    editionId: ctx.pack.id,
    sources,
  };
  if (spec.fix) f.fix = spec.fix;
  return f;
}

/** A rule that runs as one unit reading `reads`. */
export function single(reads: DraftPart[], run: RuleUnit['run']): RuleDefinition['units'] {
  return (_pack, config) => [{ key: config.id, reads, run }];
}
