import { ApplicationTemplate } from '../../core/template/schema';
import { newDraftEditionId, localDay, parseRulePacks, type DefaultEditionRule, type RulePack } from '../../core/rules';
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

/**
 * The edition a new draft targets unless the user picks another: the settings' fixed edition, or
 * the one in force on the planned submission date (today when none is given).
 */
export function defaultEdition(rule: DefaultEditionRule = 'in-force', date: string = localDay(new Date())): string {
  const id = newDraftEditionId(loadRulePacks(), rule, date);
  if (!id) throw new Error('no rule packs');
  return id;
}
