import type { ComponentId, Draft, PrerequisiteKey } from '../draft/schema';
import { sectionsFor, type ApplicationTemplate, type TemplateSection } from '../template/schema';
import type { RulePack } from './pack-schema';
import { hasAtLeastWords } from './word-count';

const ALL_PREREQUISITES: readonly PrerequisiteKey[] = ['priorInception', 'existingPartnership'];

/**
 * The prerequisites that make sense for a component in an edition: those it asks for,
 * and those that make one unnecessary ("an existing partnership needs no inception"). A project
 * asks whether an inception came first; an inception does not. Every prerequisite when the
 * edition is unknown to this version (nothing is hidden on a guess).
 */
export function applicablePrerequisites(pack: RulePack | undefined, component: ComponentId): PrerequisiteKey[] {
  if (!pack) return [...ALL_PREREQUISITES];
  const c = pack.components.find((x) => x.id === component);
  const used = new Set<PrerequisiteKey>();
  for (const p of c?.prerequisites ?? []) {
    used.add(p.prerequisite);
    if (p.unless) used.add(p.unless);
  }
  return ALL_PREREQUISITES.filter((k) => used.has(k));
}

/** What a change of component or edition takes out of sight. */
export interface SwitchEffects {
  /** Text sections with words in them that the new component's application does not have. */
  hiddenSections: TemplateSection[];
  /** Held prerequisites that do not apply to the new component or edition (they are cleared). */
  clearedPrerequisites: PrerequisiteKey[];
}

/** What moving `draft` (with its section text) to `to` hides, without changing anything. */
export function switchEffects(draft: Draft, template: ApplicationTemplate, to: { component: ComponentId; pack: RulePack | undefined }): SwitchEffects {
  const keep = new Set(sectionsFor(template, to.component).map((s) => s.id));
  const hiddenSections = sectionsFor(template, draft.component)
    .filter((s) => s.kind === 'text' && !keep.has(s.id) && hasAtLeastWords(draft.sections[s.id], 1));
  const allowed = new Set(applicablePrerequisites(to.pack, to.component));
  const clearedPrerequisites = ALL_PREREQUISITES.filter((k) => draft.prerequisites[k].held && !allowed.has(k));
  return { hiddenSections, clearedPrerequisites };
}

/**
 * The draft moved to another component or edition, as one change. Hidden text stays in the draft
 * (switching back shows it again, and the export leaves out sections the component lacks), and so
 * do annexes the new component does not list (they are out of sight and out of the checks). A
 * prerequisite that no longer applies is no longer held (its year and reference stay): nothing
 * the user cannot see may count in the checks, and undoing the change restores it.
 */
export function applySwitch(draft: Draft, to: { component: ComponentId; editionId: string; pack: RulePack | undefined }): Draft {
  const allowed = new Set(applicablePrerequisites(to.pack, to.component));
  const prerequisites = { ...draft.prerequisites };
  let cleared = false;
  for (const k of ALL_PREREQUISITES) {
    if (prerequisites[k].held && !allowed.has(k)) {
      prerequisites[k] = { ...prerequisites[k], held: false };
      cleared = true;
    }
  }
  if (draft.component === to.component && draft.editionId === to.editionId && !cleared) return draft;
  return { ...draft, component: to.component, editionId: to.editionId, prerequisites: cleared ? prerequisites : draft.prerequisites };
}
