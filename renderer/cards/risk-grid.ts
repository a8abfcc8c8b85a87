import type { Risk } from '../../core/draft/framework';

/**
 * The 3 × 3 likelihood/impact matrix, pure. A cell's level follows the product of its two values,
 * the usual reading of a three-step risk matrix: 1–2 low, 3–4 medium, 6–9 high.
 */
export type RiskLevel = 'low' | 'medium' | 'high';

/** The names of the scale's steps 1, 2 and 3 (the catalogue's keys for them). */
export const STEPS = ['low', 'medium', 'high'] as const;

export function riskLevel(likelihood: number, impact: number): RiskLevel {
  const score = likelihood * impact;
  return score >= 6 ? 'high' : score >= 3 ? 'medium' : 'low';
}

export interface RiskCell {
  likelihood: number;
  impact: number;
  level: RiskLevel;
  /** Positions (0-based) in the register of the risks in this cell, in register order. */
  risks: number[];
}

/** The matrix's rows, likelihood 3 at the top, each with impact 1 to 3; and the risks not yet placed. */
export function riskGrid(risks: readonly Risk[]): { rows: RiskCell[][]; unplaced: number[] } {
  const rows = [3, 2, 1].map((likelihood) => [1, 2, 3].map((impact): RiskCell => ({ likelihood, impact, level: riskLevel(likelihood, impact), risks: [] })));
  const unplaced: number[] = [];
  risks.forEach((r, i) => {
    if (r.likelihood === null || r.impact === null) unplaced.push(i);
    else rows[3 - r.likelihood]![r.impact - 1]!.risks.push(i);
  });
  return { rows, unplaced };
}
