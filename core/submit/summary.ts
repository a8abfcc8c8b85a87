import type { Draft } from '../draft/schema';
import type { RulePack } from '../rules/pack-schema';
import type { Localized } from '../template/schema';

/** The key facts of an application, for the printable summary once nothing blocks submission. */
export interface SubmitSummary {
  title: string;
  applicant: string;
  partners: Array<{ organisation: string; country: Localized | null; code: string }>;
  component: Localized | null;
  edition: Localized;
  period: { start: string | null; end: string | null };
  /** Öre per project year, in year order, and their sum. */
  budgetPerYear: Array<{ year: number; amountOre: number }>;
  budgetTotalOre: number;
  teamSize: number;
}

export function submitSummary(draft: Draft, pack: RulePack): SubmitSummary {
  const perYear = new Map<number, number>();
  for (const l of draft.budget) perYear.set(l.year, (perYear.get(l.year) ?? 0) + l.amountOre);
  const budgetPerYear = [...perYear.entries()].sort((a, b) => a[0] - b[0]).map(([year, amountOre]) => ({ year, amountOre }));
  const component = pack.components.find((c) => c.id === draft.component);
  return {
    title: draft.title.trim(),
    applicant: draft.applicant.organisation.trim(),
    partners: draft.partners.filter((p) => p.organisation.trim()).map((p) => {
      const c = pack.countries.find((x) => x.code === p.country);
      return { organisation: p.organisation.trim(), code: p.country, country: c ? { sv: c.sv, en: c.en } : null };
    }),
    component: component ? { sv: component.sv, en: component.en } : null,
    edition: pack.name,
    period: { ...draft.period },
    budgetPerYear,
    budgetTotalOre: budgetPerYear.reduce((s, y) => s + y.amountOre, 0),
    teamSize: draft.team.filter((m) => m.name.trim()).length,
  };
}
