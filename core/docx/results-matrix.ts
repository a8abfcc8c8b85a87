import type { Paragraph, Table } from 'docx';
import type { Indicator, ResultsFramework } from '../draft/framework';
import { planNumbers } from '../draft/framework-numbers';
import type { Draft } from '../draft/schema';
import type { BuildContext } from './context';
import { planLabels, type PlanLabels } from './plan-labels';
import { fitColumn, planTable, type PlanCell, type PlanRow } from './plan-table';
import { bodyParagraph } from './rich-text-blocks';
import { spacer } from './tables';
import { formatDate } from './text';

type Level = { label: string; text: string; note: string; assumptions: string; indicators: readonly Indicator[] };

/** True when the framework has nothing written on any level yet. */
export function isFrameworkEmpty(f: ResultsFramework): boolean {
  const o = f.overallObjective;
  return f.projectObjectives.length === 0 && o.text.trim() === '' && o.indicators.length === 0 && o.assumptions.trim() === '';
}

/** Overall objective first, then each project objective followed by its results, with their labels. */
function levels(f: ResultsFramework, L: PlanLabels): Level[] {
  const n = planNumbers(f, []).of;
  return [
    { label: L.matrix.overallObjective, ...f.overallObjective },
    ...f.projectObjectives.flatMap((p) => [
      { label: L.projectObjective(n.get(p.id) ?? ''), ...p },
      ...p.results.map((r) => ({ label: L.result(n.get(r.id) ?? ''), ...r })),
    ]),
  ];
}

const dash = (s: string) => (s.trim() === '' ? '–' : s.trim());

/** The indicator's own columns: indicator (its number first), baseline, target, means of verification. */
function indicatorCells(ind: Indicator | undefined, number: string, ctx: BuildContext, L: PlanLabels): PlanCell[] {
  if (!ind) return [{ text: '–' }, { text: '–' }, { text: '–' }, { text: '–' }];
  const text = [`${number} ${dash(ind.text)}`, ind.unit.trim() && L.unit(ind.unit.trim())].filter(Boolean).join('\n');
  const withWhen = (value: string, when: string | null) => [dash(value), when && `(${when})`].filter(Boolean).join(' ');
  const verification = [dash(ind.verification), ind.collectedBy.trim() && L.collectedBy(ind.collectedBy.trim())].filter(Boolean).join('\n');
  return [
    { text },
    { text: withWhen(ind.baseline.value, ind.baseline.year === null ? null : String(ind.baseline.year)) },
    { text: withWhen(ind.target.value, ind.target.date && formatDate(ind.target.date, ctx.lang)) },
    { text: verification },
  ];
}

/** One row per indicator of a level (one row when it has none), the level's own cells merged down. */
function levelRows(level: Level, numbers: ReadonlyMap<string, string>, ctx: BuildContext, L: PlanLabels): PlanRow[] {
  const inds = level.indicators.length > 0 ? level.indicators : [undefined];
  const merged = inds.length > 1;
  const text = [dash(level.text), level.note.trim()].filter(Boolean).join('\n');
  return inds.map((ind, k) => {
    const own = (c: PlanCell): PlanCell => (!merged ? c : k === 0 ? { ...c, merge: 'restart' } : { text: '', merge: 'continue' });
    const cells = indicatorCells(ind, ind ? numbers.get(ind.id) ?? '' : '', ctx, L);
    return { cells: [own({ text: level.label, bold: true }), own({ text }), ...cells, own({ text: dash(level.assumptions) })] };
  });
}

/**
 * Column widths for the matrix on a text area `width` twips wide: level · text · indicator ·
 * baseline · target · verification · assumptions. The level, baseline and target columns are as
 * wide as their longest word (so "Övergripande" or "Utgångsvärde" never breaks); the text columns
 * share the rest.
 */
function matrixColumns(width: number, L: PlanLabels, levelLabels: readonly string[]): number[] {
  // A level's number is measured with the word before it ("objective 1"), so it never sits alone on a line.
  const words = (texts: readonly string[]) => texts.flatMap((t) => t.replace(/ (?=[\d.]+$)/, '_').split(/ +/));
  const level = fitColumn(words(levelLabels), 1200);
  const baseline = fitColumn([L.matrix.baseline], 1300);
  const target = fitColumn([L.matrix.target], 1400);
  const rest = width - level - baseline - target;
  const share = [0.27, 0.27, 0.24].map((s) => Math.round(rest * s));
  return [level, share[0]!, share[1]!, baseline, target, share[2]!, rest - share.reduce((a, b) => a + b, 0)];
}

/**
 * The results matrix (LFA matrix) in ICLD's column order: level and number, objective or result,
 * indicator, baseline, target, means of verification, assumptions. The overall objective comes
 * first, then each project objective with its results under it (1, 1.1, 1.2 …); each indicator has
 * a row of its own, numbered 1.1 a, 1.1 b …, beside its level's merged cells.
 */
export function resultsMatrix(draft: Pick<Draft, 'framework'>, ctx: BuildContext, width: number): Array<Paragraph | Table> {
  const L = planLabels(ctx.lang);
  if (isFrameworkEmpty(draft.framework)) return [bodyParagraph(ctx, L.matrix.empty, { italic: true })];
  const numbers = planNumbers(draft.framework, []).of;
  const m = L.matrix;
  const header: PlanRow = { header: true, cells: [m.level, m.text, m.indicator, m.baseline, m.target, m.verification, m.assumptions].map((text) => ({ text })) };
  const all = levels(draft.framework, L);
  const rows = all.flatMap((l) => levelRows(l, numbers, ctx, L));
  return [planTable(ctx, matrixColumns(width, L, all.map((l) => l.label)), [header, ...rows]), spacer(ctx)];
}
