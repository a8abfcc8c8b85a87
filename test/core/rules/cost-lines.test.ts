import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../core/draft/schema';
import { applyQuickFix, parseRulePack } from '../../../core/rules';
import { rulePacks } from '../../../templates';
import { findingsOf, pack, sample } from './helpers';

const p2020 = pack('icld-kp-2020');

function withLine(category: string, description: string, edition = 'icld-kp-2020'): { d: Draft; id: string } {
  const d = sample(edition === 'icld-kp-2020' ? 'icld-kp-2020' : edition);
  d.budget.push({ id: 'x1', category, side: 'swedish', year: 1, amountOre: 4_000_000, description, activityId: null });
  return { d, id: 'x1' };
}

describe('BUD-09/BUD-10: a salary or per diem named in a line of another category', () => {
  it('warns (not an error: the intent is read from a word) and names the word as written', () => {
    const { d } = withLine('work_input', 'Lön projektassistent');
    const [f, ...rest] = findingsOf(d, p2020, 'BUD-09');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'warning', location: { kind: 'budget-line', lineId: 'x1', field: 'description' } });
    expect(f!.message.sv).toContain('”Lön”');
    expect(f!.message.en).toContain('"Lön"');
    expect(f!.sources).toContain('S2');
  });

  it('tells a line already under Arbetsinsatser what to do either way, without sending it to Arbetsinsatser', () => {
    const { d } = withLine('work_input', 'Lön projektassistent');
    const { message } = findingsOf(d, p2020, 'BUD-09')[0]!;
    expect(message.sv).toBe('Beskrivningen nämner ”Lön”: ICLD betalar inte löner. Gäller raden arbetstid i projektet, hör den till arbetsinsatser och beskrivningen ska säga det; gäller den lön, ta bort raden.');
    expect(message.en).toBe('The description says "Lön": ICLD does not pay salaries. If the line is for working time on the project, it belongs under work input and the description should say so; if it is for a salary, remove the line.');
    expect(message.sv).not.toMatch(/budgeteras som arbetsinsatser/);
    expect(message.en).not.toMatch(/budgeted as work input/);
  });

  it('reports per diem under BUD-10, in English descriptions too', () => {
    const { d } = withLine('international_travel', 'Per diem, delegation to Masaka');
    expect(findingsOf(d, p2020, 'BUD-10')).toMatchObject([{ severity: 'warning', message: { en: expect.stringContaining('"Per diem"') } }]);
    expect(findingsOf(d, p2020, 'BUD-09')).toEqual([]);
  });

  it('says nothing about words that only look alike, and leaves a Löner line to the category check', () => {
    expect(findingsOf(withLine('work_input', 'Lönsamhetsanalys, arbetstid').d, p2020, 'BUD-09')).toEqual([]);
    const { d } = withLine('salaries', 'Lön projektassistent');
    expect(findingsOf(d, p2020, 'BUD-09')).toMatchObject([{ severity: 'error', location: { field: 'category' } }]);
  });

  it('stays a warning under every edition', () => {
    for (const edition of ['icld-kp-2016', 'icld-kp-2019', 'icld-kp-2023', 'icld-kp-2023b']) {
      const { d } = withLine('work_input', 'Löner', 'icld-kp-2020');
      d.editionId = edition;
      expect(findingsOf(d, pack(edition), 'BUD-09').map((f) => f.severity)).toEqual(['warning']);
    }
  });

  it('offers to remove the line, and the fix removes that line even after it has moved', () => {
    const { d } = withLine('work_input', 'Lön projektassistent');
    const fix = findingsOf(d, p2020, 'BUD-09')[0]!.fix!;
    expect(fix.label.sv).toBe('Ta bort raden');
    const moved = { ...d, budget: [d.budget.at(-1)!, ...d.budget.slice(0, -1)] };
    const fixed = applyQuickFix(moved, fix);
    expect(fixed.budget.map((l) => l.id)).toEqual(d.budget.slice(0, -1).map((l) => l.id));
    expect(findingsOf(fixed, p2020, 'BUD-09')).toEqual([]);
  });

  it('leaves the draft unchanged when the line is already gone', () => {
    const { d } = withLine('work_input', 'Lön projektassistent');
    const fix = findingsOf(d, p2020, 'BUD-09')[0]!.fix!;
    const gone = { ...d, budget: d.budget.slice(0, -1) };
    expect(applyQuickFix(gone, fix)).toBe(gone);
  });
});

describe('quick fixes for lines of a category the edition does not pay for', () => {
  it('BUD-09: moves the amount of a Löner line to Arbetsinsatser, keeping amount and description', () => {
    const { d } = withLine('salaries', 'Projektassistent');
    const f = findingsOf(d, p2020, 'BUD-09')[0]!;
    expect(f.fix!.label).toEqual({ sv: 'Flytta beloppet till Arbetsinsatser', en: 'Move the amount to Work input' });
    const fixed = applyQuickFix(d, f.fix!);
    expect(fixed.budget.at(-1)).toEqual({ ...d.budget.at(-1), category: 'work_input' });
    expect(findingsOf(fixed, p2020, 'BUD-09')).toEqual([]);
  });

  it('BUD-10: removes a Traktamente line (no eligible category takes a per diem)', () => {
    const { d } = withLine('per_diem', 'Dagersättning');
    const f = findingsOf(d, p2020, 'BUD-10')[0]!;
    expect(f.fix!.label.en).toBe('Remove the line');
    expect(applyQuickFix(d, f.fix!).budget).toHaveLength(d.budget.length - 1);
  });

  it('BUD-13 (2016): removes a line of a cost that became eligible only in 2019', () => {
    const d = sample('icld-kp-2020');
    d.editionId = 'icld-kp-2016';
    const f = findingsOf(d, pack('icld-kp-2016'), 'BUD-13')[0]!;
    expect(f.fix!.label.sv).toBe('Ta bort raden');
    expect(findingsOf(applyQuickFix(d, f.fix!), pack('icld-kp-2016'), 'BUD-13').length).toBe(findingsOf(d, pack('icld-kp-2016'), 'BUD-13').length - 1);
  });

  it('gives no fix where it is not known whether the cost is paid, nor for a category the guidelines do not mention', () => {
    const { d } = withLine('interpretation', 'Tolk vid workshop');
    d.budget.push({ ...d.budget.at(-1)!, id: 'x2', category: 'other', description: 'Diverse' });
    expect(findingsOf(d, p2020, 'BUD-12').map((f) => f.fix)).toEqual([undefined, undefined]);
  });
});

describe('cost keyword and move-to data in a pack', () => {
  const base = rulePacks.find((r) => (r as { id: string }).id === 'icld-kp-2020') as Record<string, unknown>;
  const edited = (change: (p: { costCategories: Array<Record<string, unknown>>; costKeywords: Array<Record<string, unknown>> }) => void) => {
    const copy = structuredClone(base) as never;
    change(copy);
    return parseRulePack(copy);
  };

  it('is refused when keywords point to a category the edition pays for', () => {
    const r = edited((p) => { p.costKeywords[0]!.category = 'work_input'; });
    expect(r.ok).toBe(false);
  });

  it('is refused when an amount would be moved to a category that is not eligible', () => {
    const r = edited((p) => { p.costCategories.find((c) => c.id === 'salaries')!.moveTo = 'per_diem'; });
    expect(r.ok).toBe(false);
  });

  it('is refused when a keyword is not a word', () => {
    const r = edited((p) => { (p.costKeywords[0]!.terms as { sv: string[] }).sv.push('l*n'); });
    expect(r.ok).toBe(false);
  });
});
