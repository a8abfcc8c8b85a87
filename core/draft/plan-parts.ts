/**
 * The parts of the structured plan that can carry what a free-text section would otherwise say:
 * a text section left empty is not missing when its part is filled in (the Word document and the
 * checks then rely on the part). Read defensively: the checks run on drafts as they are.
 */
export const PLAN_PARTS = ['objectives', 'indicators', 'activities', 'risks', 'goals'] as const;
export type PlanPart = (typeof PLAN_PARTS)[number];

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const prop = (v: unknown, k: string): unknown => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[k] : undefined);
const written = (v: unknown, k: string) => { const s = prop(v, k); return typeof s === 'string' && s.trim() !== ''; };

/** Every level of the matrix: the overall objective, the project objectives and their results. */
function levels(framework: unknown): unknown[] {
  const objectives = list(prop(framework, 'projectObjectives'));
  return [prop(framework, 'overallObjective'), ...objectives, ...objectives.flatMap((o) => list(prop(o, 'results')))];
}

/** True when the draft's plan holds something for this part. */
export function planPartFilled(draft: unknown, part: PlanPart): boolean {
  const framework = prop(draft, 'framework');
  switch (part) {
    case 'objectives': return levels(framework).some((l) => written(l, 'text'));
    case 'indicators': return levels(framework).some((l) => list(prop(l, 'indicators')).some((i) => written(i, 'text')));
    case 'activities': return list(prop(draft, 'activities')).some((a) => written(a, 'title'));
    case 'risks': return list(prop(draft, 'risks')).some((r) => written(r, 'text'));
    case 'goals': return list(prop(prop(draft, 'agenda2030'), 'goals')).length > 0;
  }
}
