import type { LinkedSummary } from '../rules/rule';
import type { Draft } from './schema';

/**
 * What the checks of a draft need of the draft linked to it: its title, component and budget
 * amounts per project year (read without opening it).
 */
export function linkedSummary(d: Draft): LinkedSummary & { editionId: string; budget: Array<{ year: number; amountOre: number }> } {
  return { title: d.title, component: d.component, editionId: d.editionId, budget: d.budget.map((l) => ({ year: l.year, amountOre: l.amountOre })) };
}
