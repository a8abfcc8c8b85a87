import type { ComponentId, Declarations, Draft } from '../draft/schema';
import { sectionsFor, type ApplicationTemplate, type TemplateSection } from '../template/schema';
import type { RulePack } from './pack-schema';
import { hasAtLeastWords } from './word-count';

/** A yes/no declaration of the draft (draft.declarations). */
export type DeclarationKey = keyof Declarations;

const ALL_DECLARATIONS: readonly DeclarationKey[] = ['planningToolCompleted', 'letterOfIntentAttached', 'priorInception', 'steeringGroupApplication', 'existingPartnership'];

/**
 * The declarations that make sense for a component in an edition: those its prerequisites ask for,
 * and those that make one unnecessary ("an existing partnership needs no inception"). A project
 * asks whether an inception came first; an inception does not. Every declaration when the
 * edition is unknown to this version (nothing is hidden on a guess).
 */
export function applicableDeclarations(pack: RulePack | undefined, component: ComponentId): DeclarationKey[] {
  if (!pack) return [...ALL_DECLARATIONS];
  const c = pack.components.find((x) => x.id === component);
  const used = new Set<DeclarationKey>();
  for (const p of c?.prerequisites ?? []) {
    used.add(p.declaration);
    if (p.unless) used.add(p.unless);
  }
  return ALL_DECLARATIONS.filter((k) => used.has(k));
}

/** What a change of component or edition takes out of sight. */
export interface SwitchEffects {
  /** Text sections with words in them that the new component's application does not have. */
  hiddenSections: TemplateSection[];
  /** Ticked declarations that do not apply to the new component or edition (they are cleared). */
  clearedDeclarations: DeclarationKey[];
}

/** What moving `draft` (with its section text) to `to` hides, without changing anything. */
export function switchEffects(draft: Draft, template: ApplicationTemplate, to: { component: ComponentId; pack: RulePack | undefined }): SwitchEffects {
  const keep = new Set(sectionsFor(template, to.component).map((s) => s.id));
  const hiddenSections = sectionsFor(template, draft.component)
    .filter((s) => s.kind === 'text' && !keep.has(s.id) && hasAtLeastWords(draft.sections[s.id], 1));
  const allowed = new Set(applicableDeclarations(to.pack, to.component));
  const clearedDeclarations = ALL_DECLARATIONS.filter((k) => draft.declarations[k] && !allowed.has(k));
  return { hiddenSections, clearedDeclarations };
}

/**
 * The draft moved to another component or edition, as one change. Hidden text stays in the draft
 * (switching back shows it again, and the export leaves out sections the component lacks), but a
 * declaration that no longer applies is cleared: nothing the user cannot see may count in the
 * checks, and undoing the change restores it.
 */
export function applySwitch(draft: Draft, to: { component: ComponentId; editionId: string; pack: RulePack | undefined }): Draft {
  const allowed = new Set(applicableDeclarations(to.pack, to.component));
  const declarations = { ...draft.declarations };
  let cleared = false;
  for (const k of ALL_DECLARATIONS) {
    if (declarations[k] && !allowed.has(k)) {
      declarations[k] = false;
      cleared = true;
    }
  }
  if (draft.component === to.component && draft.editionId === to.editionId && !cleared) return draft;
  return { ...draft, component: to.component, editionId: to.editionId, declarations: cleared ? declarations : draft.declarations };
}
