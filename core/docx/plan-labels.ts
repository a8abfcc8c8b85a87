import { catalogue, type Catalogue } from '../i18n/catalogue';
import { textIn } from '../i18n/lookup';
import type { Lang } from './labels';

/**
 * The words of the plan's tables in the document language: the catalogue's `docxPlan` group
 * (core/i18n/docx-plan-sv.ts, docx-plan-en.ts), with the texts that hold values as functions.
 */
export function planLabels(lang: Lang) {
  const words = catalogue[lang].docxPlan;
  return {
    ...words,
    projectObjective: (n: string) => textIn(lang, 'docxPlan.matrix.projectObjective', { n }),
    result: (n: string) => textIn(lang, 'docxPlan.matrix.result', { n }),
    unit: (unit: string) => textIn(lang, 'docxPlan.matrix.unit', { unit }),
    collectedBy: (who: string) => textIn(lang, 'docxPlan.matrix.collectedBy', { who }),
    yearSpan: (n: number, from: string, to: string) => textIn(lang, 'docxPlan.gantt.yearSpan', { n, from, to }),
    riskNumber: (n: number) => textIn(lang, 'docxPlan.risks.number', { n }),
    riskLevel: (level: number | null) => (level === null ? '–' : `${words.risks.levels[level === 1 ? 'low' : level === 2 ? 'medium' : 'high']} (${level})`),
  };
}

export type PlanLabels = ReturnType<typeof planLabels>;

/** A Sustainable Development Goal's short name in `lang`: the catalogue's, as the card shows it (core/i18n/sdg-sv.ts). */
export function sdgName(goal: number, lang: Lang): string {
  return Number.isInteger(goal) && goal >= 1 && goal <= 17 ? catalogue[lang].sdg.goals[`g${goal}` as keyof Catalogue['sdg']['goals']] : '';
}
