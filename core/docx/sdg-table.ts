import type { Paragraph, Table } from 'docx';
import type { Draft } from '../draft/schema';
import type { BuildContext } from './context';
import { planLabels, sdgName } from './plan-labels';
import { fitColumn } from './plan-table';
import { bodyParagraph } from './rich-text-blocks';
import { fixedTable, spacer, type Row } from './tables';

const goalOf = (target: string) => Number(target.split('.')[0]);

/** Targets in the UN's order: 5.1 … 5.9, then 5.a … 5.c. */
function byTarget(a: string, b: string): number {
  const [ga, ta] = a.split('.') as [string, string];
  const [gb, tb] = b.split('.') as [string, string];
  const rank = (t: string) => (/^\d+$/.test(t) ? Number(t) : 100 + t.charCodeAt(0));
  return Number(ga) - Number(gb) || rank(ta) - rank(tb);
}

/**
 * The Agenda 2030 goals the project contributes to: number, short name and the chosen targets.
 * A goal that only has targets chosen is listed too, so no target is printed without its goal.
 */
export function sdgTable(draft: Pick<Draft, 'agenda2030'>, ctx: BuildContext, width: number): Array<Paragraph | Table> {
  const S = planLabels(ctx.lang).sdgs;
  const { goals, targets } = draft.agenda2030;
  const all = [...new Set([...goals, ...targets.map(goalOf)])].sort((a, b) => a - b);
  if (all.length === 0) return [bodyParagraph(ctx, S.empty, { italic: true })];
  const rows: Row[] = all.map((g) => ({
    cells: [
      { text: String(g), bold: true },
      { text: sdgName(g, ctx.lang) },
      { text: targets.filter((t) => goalOf(t) === g).sort(byTarget).join(', ') || '–' },
    ],
  }));
  const goalCol = fitColumn([S.goal], 700);
  const targetsCol = Math.round(width * 0.25);
  return [fixedTable(ctx, [goalCol, width - goalCol - targetsCol, targetsCol], [{ text: S.goal }, { text: S.name }, { text: S.targets }], rows), spacer(ctx)];
}
