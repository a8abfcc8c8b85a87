import { parseRulePacks } from '../rules/load-pack';
import type { RulePack } from '../rules/pack-schema';
import { rulePacks } from '../../templates';
import type { LocalizedName } from './pack-info';

/** Names of one kind of programme item (components, core areas …) by id. */
export type NameTable = ReadonlyMap<string, LocalizedName>;

export interface ProgrammeNames {
  components: NameTable;
  coreAreas: NameTable;
  applicantTypes: NameTable;
  partnerTypes: NameTable;
  annexKinds: NameTable;
  costCategories: NameTable;
}

let names: ProgrammeNames | undefined;

/**
 * The names the bundled rule packs give programme items, for a document whose own edition's pack
 * is not given: a later edition's name wins, and an id only an older edition has keeps its name
 * there. Read from the packs rather than kept in a table of its own, so the two cannot drift apart.
 */
export function programmeNames(): ProgrammeNames {
  if (names) return names;
  const parsed = parseRulePacks(rulePacks);
  names = namesFromPacks(parsed.ok ? parsed.value : []);
  return names;
}

/** The name tables of already validated packs, listed oldest first (as templates/index.ts does). */
export function namesFromPacks(packs: readonly RulePack[]): ProgrammeNames {
  const table = (items: (p: RulePack) => ReadonlyArray<{ id: string } & LocalizedName>) =>
    new Map(packs.flatMap((p) => items(p).map((i) => [i.id, { sv: i.sv, en: i.en }] as const)));
  return {
    components: table((p) => p.components),
    // The short names read better in a table (Delaktighet rather than Deltagande och delaktighet).
    coreAreas: table((p) => p.coreAreas.map((a) => ({ id: a.id, sv: a.svShort, en: a.enShort }))),
    applicantTypes: table((p) => p.applicantTypes),
    partnerTypes: table((p) => p.partnerTypes),
    annexKinds: table((p) => p.annexKinds),
    costCategories: table((p) => p.costCategories),
  };
}
