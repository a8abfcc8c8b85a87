import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Risk } from '../../../core/draft/framework';
import type { Draft } from '../../../core/draft/schema';
import { emptyRisk, insertRisk, moveRisk, patchRisk, restoreRisk, riskAssessed, withoutRisk } from '../../../renderer/cards/risk-list';
import { riskGrid, riskLevel } from '../../../renderer/cards/risk-grid';
import { sectionState } from '../../../renderer/layout/section-state';
import type { TemplateSection } from '../../../core/template/schema';
import { commandFor } from '../../../core/ipc/key-match';
import { KEY_CONTEXT_STACKS } from '../../../core/ipc/keybindings';
import { blankDraft } from './blank-draft';

const risk = (id: string, o: Partial<Risk> = {}): Risk => ({ ...emptyRisk(id), ...o });
const withRisks = (risks: Risk[]): Draft => ({ ...blankDraft(), risks });
const ids = (d: Draft) => d.risks.map((r) => r.id);

describe('risk register edits', () => {
  it('inserts after a risk, moves, patches, removes and restores, giving back the same draft when nothing changes', () => {
    const d = withRisks([risk('a'), risk('b')]);
    expect(ids(insertRisk(d, risk('n'), 0))).toEqual(['a', 'n', 'b']);
    expect(ids(insertRisk(d, risk('n'), -1))).toEqual(['n', 'a', 'b']);
    expect(ids(moveRisk(d, 1, -1))).toEqual(['b', 'a']);
    expect(moveRisk(d, 0, -1)).toBe(d);
    expect(patchRisk(d, 'a', { likelihood: 2 }).risks[0]!.likelihood).toBe(2);
    expect(patchRisk(d, 'a', { likelihood: null })).toBe(d);
    expect(patchRisk(d, 'gone', { likelihood: 2 })).toBe(d);
    const removed = withoutRisk(d, 'a');
    expect(ids(removed)).toEqual(['b']);
    expect(withoutRisk(d, 'gone')).toBe(d);
    expect(ids(restoreRisk(removed, d.risks[0]!, 0))).toEqual(['a', 'b']);
    expect(restoreRisk(d, d.risks[0]!, 0)).toBe(d);
  });

  it('counts a risk assessed with text, likelihood, impact and mitigation; the section is done when all are', () => {
    const full = risk('a', { text: 'Val i Masaka', likelihood: 2, impact: 3, mitigation: 'Förankra i oppositionen' });
    expect(riskAssessed(full)).toBe(true);
    expect(riskAssessed({ ...full, mitigation: '  ' })).toBe(false);
    expect(riskAssessed({ ...full, impact: null })).toBe(false);
    const section: TemplateSection = { id: 'risk_register', kind: 'risk_register', title: { sv: 'Riskregister', en: 'Risk register' } } as TemplateSection;
    expect(sectionState(section, withRisks([]), 0, [])).toBe('empty');
    expect(sectionState(section, withRisks([full, risk('b', { text: 'Sjukdom' })]), 0, [])).toBe('inProgress');
    expect(sectionState(section, withRisks([full]), 0, [])).toBe('done');
  });
});

describe('the risk matrix', () => {
  it('shades by likelihood × impact: 1–2 low, 3–4 medium, 6–9 high', () => {
    expect([[1, 1], [1, 2], [1, 3], [2, 2], [2, 3], [3, 3]].map(([l, i]) => riskLevel(l!, i!))).toEqual(['low', 'low', 'medium', 'medium', 'high', 'high']);
  });

  it('places every assessed risk in exactly the cell of its likelihood (row, 3 at the top) and impact (column), in register order', () => {
    const level = fc.option(fc.integer({ min: 1, max: 3 }), { nil: null });
    fc.assert(fc.property(fc.array(fc.tuple(level, level), { maxLength: 20 }), (pairs) => {
      const risks = pairs.map(([likelihood, impact], i) => risk(`r${i}`, { likelihood, impact }));
      const { rows, unplaced } = riskGrid(risks);
      const placed = rows.flat().flatMap((c) => c.risks.map((i) => ({ i, c })));
      expect(placed.length + unplaced.length).toBe(risks.length);
      for (const { i, c } of placed) expect([risks[i]!.likelihood, risks[i]!.impact]).toEqual([c.likelihood, c.impact]);
      for (const i of unplaced) expect(risks[i]!.likelihood === null || risks[i]!.impact === null).toBe(true);
      for (const c of rows.flat()) expect(c.risks).toEqual([...c.risks].sort((a, b) => a - b));
      expect(rows.map((r) => r[0]!.likelihood)).toEqual([3, 2, 1]);
    }));
  });
});

describe('the register\'s keys', () => {
  const press = (key: string, o: { ctrl?: boolean; alt?: boolean; shift?: boolean; meta?: boolean } = {}) =>
    commandFor({ key, ctrlKey: !!o.ctrl, metaKey: !!o.meta, altKey: !!o.alt, shiftKey: !!o.shift }, KEY_CONTEXT_STACKS.risks);

  it('are the budget table\'s, and Alt+↑/↓ still goes to the previous or next section', () => {
    expect(press('Enter')).toBe('risks.nextRisk');
    expect(press('Enter', { ctrl: true })).toBe('risks.addRisk');
    expect(press('Delete', { ctrl: true })).toBe('risks.removeRisk');
    expect(press('Backspace', { meta: true })).toBe('risks.removeRisk');
    expect(press('ArrowUp', { alt: true, shift: true })).toBe('risks.moveUp');
    expect(press('ArrowDown', { alt: true, shift: true })).toBe('risks.moveDown');
    expect(press('ArrowUp', { alt: true })).toBe('view.previousSection');
    expect(press('z', { ctrl: true })).toBe('edit.undo');
  });
});
