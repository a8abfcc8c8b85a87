import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDraftData, parseDraftFile } from '../../../core/draft/file-format';
import type { Draft } from '../../../core/draft/schema';
import { checkDraft, parseRulePacks, type CheckOptions, type Finding, type RulePack } from '../../../core/rules';
import { rulePacks } from '../../../templates';

const loaded = parseRulePacks(rulePacks);
if (!loaded.ok) throw new Error(loaded.error.message);

/** Every shipped rule pack, validated. */
export const packs: RulePack[] = loaded.value;

/** The pack of an edition. */
export function pack(id: string): RulePack {
  const p = packs.find((x) => x.id === id);
  if (!p) throw new Error(`no pack ${id}`);
  return p;
}

export const SAMPLES_DIR = join(__dirname, '../../fixtures/samples');

/** The names of the committed sample applications (file names without .kpdraft). */
export function sampleNames(): string[] {
  return readdirSync(SAMPLES_DIR).filter((f) => f.endsWith('.kpdraft')).map((f) => f.replace(/\.kpdraft$/, '')).sort();
}

/** A fresh copy of a committed sample application. */
export function sample(name: string): Draft {
  const r = parseDraftFile(readFileSync(join(SAMPLES_DIR, `${name}.kpdraft`), 'utf8'));
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value;
}

/**
 * A committed sample as it was before format 4 gave it a plan: the file written as format 3 (no
 * framework, activities, risks or SDGs; budget lines linked to nothing) and opened now.
 */
export function sampleAsFormat3(name: string): Draft {
  const file = JSON.parse(readFileSync(join(SAMPLES_DIR, `${name}.kpdraft`), 'utf8'));
  const { framework: _f, activities: _a, risks: _r, agenda2030: _g, linkedDraft: _l, unplaced: _u, reused: _re, annexes, prerequisites, ...draft } = file.draft;
  // Format 3 said yes or no where format 6 has annexes and prerequisites with their details.
  const signed = (kind: string) => (annexes as Draft['annexes']).some((a) => a.kind === kind && a.state === 'signed');
  draft.declarations = {
    planningToolCompleted: signed('planning_tool'), letterOfIntentAttached: signed('letter_of_intent'), priorInception: prerequisites.priorInception.held,
    steeringGroupApplication: signed('steering_group_application'), existingPartnership: prerequisites.existingPartnership.held,
  };
  // Format 3 had no people on its parties either (format 6 added them).
  draft.applicant = { organisation: draft.applicant.organisation, type: draft.applicant.type };
  draft.partners = draft.partners.map(({ id, organisation, country, role }: Draft['partners'][number]) => ({ id, organisation, country, role }));
  draft.budget = draft.budget.map((b: object) => ({ ...b, activityId: null }));
  const r = parseDraftData({ ...file, version: 3, draft });
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  // The year and ICLD reference format 3 could not hold, as if the user had given them since.
  return { ...r.value, prerequisites };
}

/** Findings of one rule. */
export function findingsOf(draft: Draft, p: RulePack, ruleId: string, options: CheckOptions = {}): Finding[] {
  return checkDraft(draft, p, options).filter((f) => f.ruleId === ruleId);
}

/** A paragraph section with `n` words. */
export function words(n: number, word = 'ord'): Draft['sections'][string] {
  return [{ type: 'paragraph', children: [{ text: Array.from({ length: n }, () => word).join(' ') }] }];
}
