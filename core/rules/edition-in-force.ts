import { localDay } from '../draft/date-text';
import type { DefaultEdition } from '../settings';
import type { RulePack } from './pack-schema';
import { parseDate, type Ymd } from './read';

/**
 * Which edition of the rules is in force on a date, from the packs' effective periods. A period
 * runs from `effectiveFrom` to `effectiveTo` inclusive (no end: until further notice). A boundary
 * whose confidence is U is approximate ("≈ April 2023"): a date within a month of it may fall
 * under the edition on either side, and the answer says so instead of pretending to know.
 */

/** How far either side of an approximate boundary the edition in force is not certain. */
export const APPROXIMATE_MARGIN_DAYS = 31;

/** An edition's effective period as the packs state it. */
export interface EditionPeriod {
  id: string;
  /** YYYY-MM-DD, or null when the pack does not say when it took effect. */
  from: string | null;
  fromApproximate: boolean;
  /** YYYY-MM-DD, or null when the edition is still in force (or its end is not known). */
  to: string | null;
  toApproximate: boolean;
}

/** The edition in force on a date, and how sure that is. */
export interface EditionInForce {
  id: string;
  /** Its period (the start shown as "since"). */
  period: EditionPeriod;
  /** False when no edition's period contains the date: `id` is then the newest that had started (or the earliest). */
  contains: boolean;
  /** Other editions that may be in force instead, because an approximate boundary lies near the date. */
  alsoPossible: string[];
}

/** The effective period of a pack. */
export function editionPeriod(pack: RulePack): EditionPeriod {
  return {
    id: pack.id,
    from: pack.effectiveFrom,
    fromApproximate: pack.effectiveFromConfidence === 'U',
    to: pack.effectiveTo,
    toApproximate: pack.effectiveToConfidence === 'U',
  };
}

const dayNumber = (d: Ymd) => Date.UTC(d.y, d.m - 1, d.d) / 86_400_000;
const day = (s: string | null) => (s === null ? null : parseDate(s));

/** True when the period contains `date`, each approximate boundary widened by `margin` days. */
function periodContains(p: EditionPeriod, date: number, margin = 0): boolean {
  const from = day(p.from);
  const to = day(p.to);
  if (!from) return false;
  if (date < dayNumber(from) - (p.fromApproximate ? margin : 0)) return false;
  return !to || date <= dayNumber(to) + (p.toApproximate ? margin : 0);
}

// Newest start first; one start shared by two editions goes to the later id (2023b after 2023).
function newestFirst(a: EditionPeriod, b: EditionPeriod): number {
  const fa = a.from ?? '';
  const fb = b.from ?? '';
  if (fa !== fb) return fa < fb ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/**
 * The edition in force on `date` (YYYY-MM-DD): the one whose period contains it; where periods
 * overlap, the one that took effect last (a revision replaces what came before). Editions with no
 * known start are never in force by date (they can still be chosen). Undefined for an unreadable
 * date or when no pack has a start date.
 */
export function editionInForce(packs: readonly RulePack[], date: string): EditionInForce | undefined {
  const d = parseDate(date);
  const periods = packs.map(editionPeriod).filter((p) => day(p.from) !== null).sort(newestFirst);
  if (!d || periods.length === 0) return undefined;
  const n = dayNumber(d);
  const containing = periods.find((p) => periodContains(p, n));
  const chosen = containing ?? periods.find((p) => dayNumber(day(p.from)!) <= n) ?? periods.at(-1)!;
  const alsoPossible = periods.filter((p) => p.id !== chosen.id && periodContains(p, n, APPROXIMATE_MARGIN_DAYS)).map((p) => p.id);
  return { id: chosen.id, period: chosen, contains: containing !== undefined, alsoPossible };
}

export { localDay };

/** What the settings say a new draft's edition is: the one in force, or a fixed edition. */
export type DefaultEditionRule = DefaultEdition;

/**
 * The edition a new draft gets: the fixed edition of the settings when it is one of `packs`, else
 * the one in force on `date` (the planned submission date, or today).
 */
export function newDraftEditionId(packs: readonly RulePack[], rule: DefaultEditionRule, date: string): string | undefined {
  if (rule !== 'in-force' && packs.some((p) => p.id === rule)) return rule;
  return editionInForce(packs, date)?.id ?? packs.at(-1)?.id;
}
