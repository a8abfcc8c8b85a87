import { ok, type Ok } from '../result';
import { normaliseName } from './pack-index';
import { RulePack } from './pack-schema';
import { ruleDefinition } from './registry';

/** Why a rule pack was refused: the first problems found, each naming where it is. */
export interface PackError {
  ok: false;
  error: { code: 'rule-pack-invalid'; message: string; problems: string[] };
}

/** A parsed pack or the reasons it was refused. */
export type PackResult<T> = Ok<T> | PackError;

function fail(id: string, problems: string[]): PackError {
  const shown = problems.slice(0, 5).join('; ');
  const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
  return { ok: false, error: { code: 'rule-pack-invalid', message: `rule pack ${id} is invalid: ${shown}${more}`, problems } };
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
}

/** A moved amount must land in an eligible category; keywords must point to one that is not. */
function costProblems(p: RulePack): string[] {
  const problems: string[] = [];
  const byId = new Map(p.costCategories.map((c) => [c.id, c]));
  for (const c of p.costCategories) {
    if (c.moveTo === undefined) continue;
    if (c.status === 'eligible') problems.push(`cost category ${c.id}: an eligible category has nothing to move`);
    if (byId.get(c.moveTo)?.status !== 'eligible') problems.push(`cost category ${c.id}: moveTo "${c.moveTo}" is not an eligible category`);
  }
  for (const k of p.costKeywords ?? []) {
    const c = byId.get(k.category);
    if (!c) problems.push(`cost keywords: unknown category "${k.category}"`);
    else if (c.status === 'eligible') problems.push(`cost keywords: category "${k.category}" is eligible`);
  }
  return problems;
}

/** Consistency the schema alone cannot express: unique ids and references that resolve. */
function crossCheck(p: RulePack): string[] {
  const problems: string[] = [];
  const dup = (what: string, values: string[]) => duplicates(values).forEach((v) => problems.push(`duplicate ${what} "${v}"`));
  dup('country', p.countries.map((c) => c.code));
  dup('applicant type', p.applicantTypes.map((t) => t.id));
  dup('component', p.components.map((c) => c.id));
  dup('cost category', p.costCategories.map((c) => c.id));
  dup('rule', p.rules.map((r) => r.id));
  dup('window', p.windows.map((w) => w.id));
  dup('core area', p.coreAreas.map((a) => a.id));
  dup('annex kind', p.annexKinds.map((a) => a.id));
  dup('partner type', p.partnerTypes.map((t) => t.id));

  const rules = new Set(p.rules.map((r) => r.id));
  const needRule = (ruleId: string | undefined, where: string) => {
    if (ruleId !== undefined && !rules.has(ruleId)) problems.push(`${where} refers to rule ${ruleId}, which the pack does not list`);
  };
  for (const r of p.rules) {
    const def = ruleDefinition.get(r.id);
    if (!def) { problems.push(`rule ${r.id} has no implementation`); continue; }
    if (def.params) {
      const res = def.params.safeParse(r.params);
      if (!res.success) problems.push(`rule ${r.id} params: ${res.error.issues[0]?.path.join('.') || 'params'} ${res.error.issues[0]?.message ?? ''}`.trim());
    } else if (r.params !== undefined) problems.push(`rule ${r.id} takes no params`);
  }
  const regions = new Set(p.budgetRegions.map((r) => r.id));
  const clusters = new Set(p.clusters.map((c) => c.id));
  const names = new Map<string, string>();
  for (const c of p.countries) {
    if (c.budgetRegion !== null && !regions.has(c.budgetRegion)) problems.push(`country ${c.code}: unknown budget region "${c.budgetRegion}"`);
    if (c.cluster !== null && !clusters.has(c.cluster)) problems.push(`country ${c.code}: unknown cluster "${c.cluster}"`);
    needRule(c.status === 'eligible' ? c.reportedBy : (c.reportedBy ?? 'CTY-01'), `country ${c.code}`);
    for (const n of [c.code, c.sv, c.en, ...c.aliases]) {
      const key = normaliseName(n);
      const other = names.get(key);
      if (other !== undefined && other !== c.code) problems.push(`name "${n}" means both ${other} and ${c.code}`);
      names.set(key, c.code);
    }
  }
  const types = new Set(p.applicantTypes.map((t) => t.id));
  for (const t of p.applicantTypes) {
    needRule(t.status === 'eligible' ? t.reportedBy : (t.reportedBy ?? 'APP-01'), `applicant type ${t.id}`);
    if (t.replacedBy !== undefined && !types.has(t.replacedBy)) problems.push(`applicant type ${t.id}: unknown replacement "${t.replacedBy}"`);
  }
  const annexKinds = new Set(p.annexKinds.map((a) => a.id));
  for (const c of p.components) {
    needRule(c.duration?.ruleId, `component ${c.id} duration`);
    c.prerequisites.forEach((q) => needRule(q.ruleId, `component ${c.id} prerequisite`));
    c.annexes.forEach((a) => {
      needRule(a.ruleId, `component ${c.id} annex`);
      if (!annexKinds.has(a.kind)) problems.push(`component ${c.id}: unknown annex kind "${a.kind}"`);
    });
  }
  for (const c of p.costCategories) needRule(c.status === 'eligible' ? c.reportedBy : (c.reportedBy ?? 'BUD-12'), `cost category ${c.id}`);
  problems.push(...costProblems(p));
  p.budgetLimits.forEach((l, i) => {
    needRule(l.ruleId, `budget limit ${i}`);
    if (l.region !== null && !regions.has(l.region)) problems.push(`budget limit ${i}: unknown region "${l.region}"`);
    if (l.parties.max !== undefined && l.parties.max < l.parties.min) problems.push(`budget limit ${i}: parties max below min`);
  });
  p.sections.forEach((s) => needRule(s.ruleId, `section ${s.sectionId}`));
  p.blackouts.forEach((b) => needRule(b.ruleId, 'blackout'));
  const windows = new Set(p.windows.map((w) => w.id));
  p.roundOverrides.forEach((o) => { if (!windows.has(o.windowId)) problems.push(`round override: unknown window "${o.windowId}"`); });
  return problems;
}

/**
 * Validates raw JSON as a rule pack: its shape (zod), then its internal consistency (unique ids,
 * references to rules, regions, clusters and windows that exist, rule parameters). Never throws.
 */
export function parseRulePack(json: unknown): PackResult<RulePack> {
  const id = typeof json === 'object' && json !== null && typeof (json as { id?: unknown }).id === 'string' ? (json as { id: string }).id : '(no id)';
  const parsed = RulePack.safeParse(json);
  if (!parsed.success) {
    return fail(id, parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
  }
  const problems = crossCheck(parsed.data);
  return problems.length ? fail(id, problems) : ok(parsed.data);
}

/** Validates every pack (ids must be unique across packs). Never throws. */
export function parseRulePacks(json: readonly unknown[]): PackResult<RulePack[]> {
  const packs: RulePack[] = [];
  for (const j of json) {
    const r = parseRulePack(j);
    if (!r.ok) return r;
    if (packs.some((p) => p.id === r.value.id)) return fail(r.value.id, ['two packs have this id']);
    packs.push(r.value);
  }
  return ok(packs);
}
