import type { Draft, Partner } from '../draft/schema';

/**
 * Which side of the open draft a team member or budget line of an earlier draft belongs to.
 * "swedish" stays the applicant; a partner is found by its organisation (same name, ignoring case
 * and spacing), else by its country when exactly one partner of the open draft is from there.
 * Null: no partner of the open draft can be told to be that side, and the user is asked.
 */
export type SideMap = Record<string, string | null>;

const normalised = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');

function matchPartner(p: Partner, candidates: readonly Partner[]): Partner | null {
  const name = normalised(p.organisation);
  const byName = name ? candidates.filter((c) => normalised(c.organisation) === name) : [];
  if (byName.length === 1) return byName[0]!;
  const country = normalised(p.country);
  const byCountry = country ? candidates.filter((c) => normalised(c.country) === country) : [];
  return byCountry.length === 1 ? byCountry[0]! : null;
}

/** The open draft's side for each of the given sides of `source` (see SideMap). */
export function mapSides(source: Draft, target: Draft, sides: readonly string[]): SideMap {
  const out: SideMap = {};
  for (const side of new Set(sides)) {
    if (side === 'swedish') {
      out[side] = 'swedish';
      continue;
    }
    const partner = source.partners.find((p) => p.id === side);
    out[side] = partner ? matchPartner(partner, target.partners)?.id ?? null : null;
  }
  return out;
}

/** The sides of the open draft a user can choose from when a side could not be mapped. */
export function sideChoices(target: Draft): Array<{ id: string; partner: Partner | null }> {
  return [{ id: 'swedish', partner: null }, ...target.partners.map((p) => ({ id: p.id, partner: p }))];
}

/** A short name for a side of a draft: the partner's organisation (and country), or null for the applicant. */
export function sideName(draft: Draft, side: string): string | null {
  const p = draft.partners.find((x) => x.id === side);
  if (!p) return null;
  const org = p.organisation.trim();
  return p.country ? `${org || '—'} (${p.country})` : org || '—';
}
