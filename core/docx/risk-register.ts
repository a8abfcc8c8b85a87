import type { Paragraph, Table } from 'docx';
import { planNumbers } from '../draft/framework-numbers';
import type { Draft } from '../draft/schema';
import type { BuildContext } from './context';
import { planLabels } from './plan-labels';
import { fitColumn } from './plan-table';
import { bodyParagraph } from './rich-text-blocks';
import { textRuns } from './runs';
import { fixedTable, spacer, type Cell, type Row } from './tables';

const dash = (s: string) => (s.trim() === '' ? '–' : s.trim());

/**
 * The risk register: number, risk, likelihood and impact (low/medium/high with their 1–3),
 * mitigation, owner, and the result or project objective it threatens, by its number.
 */
export function riskRegister(draft: Pick<Draft, 'framework' | 'risks'>, ctx: BuildContext, width: number): Array<Paragraph | Table> {
  const L = planLabels(ctx.lang);
  const R = L.risks;
  if (draft.risks.length === 0) return [bodyParagraph(ctx, R.empty, { italic: true })];
  const numbers = planNumbers(draft.framework, []).of;
  const threatened = (id: string | null) => (id === null ? R.wholeProject : numbers.get(id) ?? '–');
  const rows: Row[] = draft.risks.map((r, i) => ({
    cells: [
      { text: L.riskNumber(i + 1), bold: true },
      // A comment on the risk (a proposed removal among them) is on its text.
      { text: dash(r.text), children: ctx.wrap(`field:risk:${r.id}`, textRuns(dash(r.text), {}, ctx.locale)) },
      { text: L.riskLevel(r.likelihood) },
      { text: L.riskLevel(r.impact) },
      { text: dash(r.mitigation) },
      { text: dash(r.owner) },
      { text: threatened(r.threatens) },
    ],
  }));
  const levels = [1, 2, 3].map((n) => L.riskLevel(n));
  const fixed = [
    fitColumn([R.numberColumn, ...rows.map((r) => r.cells[0]!.text)], 560),
    0,
    fitColumn([R.likelihood, ...levels], 1000),
    fitColumn([R.impact, ...levels], 1000),
    0,
    // As wide as the longest word of an owner ("Demokratiutvecklare"), within reason.
    Math.min(Math.round(width * 0.2), fitColumn(draft.risks.flatMap((r) => r.owner.split(/\s+/)), Math.round(width * 0.13), false)),
    fitColumn([R.threatens, ...rows.map((r) => r.cells[6]!.text)], 900, false),
  ];
  // Risk and mitigation share what is left, the mitigation a little more (it is usually longer).
  const rest = width - fixed.reduce((a, b) => a + b, 0);
  fixed[1] = Math.floor(rest * 0.45);
  fixed[4] = rest - fixed[1];
  const header: Cell[] = [R.numberColumn, R.risk, R.likelihood, R.impact, R.mitigation, R.owner, R.threatens].map((text) => ({ text }));
  return [fixedTable(ctx, fixed, header, rows), spacer(ctx)];
}
