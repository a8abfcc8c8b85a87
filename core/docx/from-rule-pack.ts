import type { Draft } from '../draft/schema';
import { applicableLimits } from '../rules/ceilings';
import type { RulePack } from '../rules/pack-schema';
import type { DocxPackInfo } from './pack-info';

/** What the Word export needs from a draft's rule pack: names, and the ceilings that apply to the draft. */
export function docxPackInfo(pack: RulePack, draft: Draft): DocxPackInfo {
  const named = (items: ReadonlyArray<{ id: string; sv: string; en: string }>) => items.map((i) => ({ id: i.id, name: { sv: i.sv, en: i.en } }));
  const limits = applicableLimits(draft, pack);
  return {
    editionName: pack.name,
    countries: pack.countries.map((c) => ({ id: c.code, name: { sv: c.sv, en: c.en }, aliases: c.aliases })),
    components: named(pack.components),
    // The short names read better in a table (Delaktighet rather than Deltagande och delaktighet).
    coreAreas: pack.coreAreas.map((a) => ({ id: a.id, name: { sv: a.svShort, en: a.enShort } })),
    applicantTypes: named(pack.applicantTypes),
    partnerTypes: named(pack.partnerTypes),
    annexes: (pack.components.find((c) => c.id === draft.component)?.annexes ?? [])
      .map((a) => ({ id: a.kind, name: pack.annexKinds.find((k) => k.id === a.kind) ?? { sv: a.kind, en: a.kind } }))
      .map(({ id, name }) => ({ id, name: { sv: name.sv, en: name.en } })),
    costCategories: named(pack.costCategories),
    budgetLimits: limits.status === 'known' ? limits.limits.map((l) => ({ amountOre: l.amountOre, per: l.per, kind: l.kind })) : [],
  };
}
