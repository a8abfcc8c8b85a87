import { ApplicationTemplate } from '../../core/template/schema';
import { defaultEditionId, parseRulePacks, type RulePack } from '../../core/rules';
import { applicationTemplates, rulePacks } from '../../templates';

/** The application template, validated once when first needed. */
let cachedTemplate: ApplicationTemplate | undefined;
export function loadApplicationTemplate(): ApplicationTemplate {
  cachedTemplate ??= ApplicationTemplate.parse(applicationTemplates[0]);
  return cachedTemplate;
}

/**
 * The programme rule packs, validated once. The packs ship with the app, so an invalid pack is a
 * build defect: fail loudly with the pack's own problem list rather than check against bad data.
 */
let cachedPacks: RulePack[] | undefined;
export function loadRulePacks(): RulePack[] {
  if (!cachedPacks) {
    const r = parseRulePacks(rulePacks);
    if (!r.ok) throw new Error(`rule pack ${r.error.message}`);
    cachedPacks = r.value;
  }
  return cachedPacks;
}

/** The edition a new draft targets unless the user picks another (the newest with known ceilings). */
export function defaultEdition(): string {
  const id = defaultEditionId(loadRulePacks());
  if (!id) throw new Error('no rule packs');
  return id;
}
