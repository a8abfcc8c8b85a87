import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetLine } from '../../core/draft/schema';
import { FieldMessages, fieldProps, useFieldFindings } from '../findings/field-findings';
import { packView } from '../rules/engine';
import { useStore } from '../state/create-store';
import { docStore, updateFields } from '../state/doc-state';
import { AmountInput } from './amount-input';
import { CategoryPicker } from './category-picker';
import { CellText } from './cell-text';
import { WrapSelect } from './wrap-select';
import { ActivityPicker, type ActivityChoice } from './activity-picker';
import { amountKey, invalidInput, withInvalidInput } from '../../core/draft/invalid-inputs';
import { addLine, focusBudgetControl, focusCell, moveLine, patchLine, removeLine } from './budget-lines';
import { isMacPlatform } from '../layout/shortcut-label';
import { ariaKeyShortcuts } from '../../core/ipc/key-labels';
import { followMove, onRowKey, type MoveFocus } from './row-list';
import { useDocumentTextProps } from '../editor/spelling';
import { useRemovalMarks } from '../review';

type Col = 'description' | 'activity' | 'category' | 'side' | 'year' | 'amount';

/** Moves line `i` one step and keeps the keyboard on the moved line: the same cell, or the same button while it still applies. */
function moveAndFollow(i: number, step: number, focus: MoveFocus): void {
  const count = docStore.get().draft?.budget.length ?? 0;
  const j = i + step;
  if (j < 0 || j >= count) return;
  updateFields((d) => moveLine(d, i, step));
  followMove(j, count, focus, { field: focusCell, action: (row, name) => focusBudgetControl(row, 'action', name) });
}

/** The line's keys, for screen readers (the row buttons they stand for are out of the Tab order). */
const CELL_SHORTCUTS = ariaKeyShortcuts(['budget.addLine', 'budget.removeLine', 'budget.moveUp', 'budget.moveDown'], isMacPlatform());

/**
 * One budget line. Spreadsheet keys inside a cell: Enter to the same cell of the next line (a new
 * line after the last), Ctrl/Cmd+Enter adds a line, Ctrl/Cmd+Delete (⌘⌫ on a Mac) removes this one (plain
 * Delete and Backspace still delete characters), Alt+Shift+↑/↓ moves it. The row buttons are left out of the Tab order
 * so that Tab goes from cell to cell, as in a spreadsheet; they stay for the mouse.
 */
export const BudgetRow = memo(function BudgetRow({ line, i, count, sides, years, activities }: {
  line: BudgetLine; i: number; count: number; sides: Array<[string, string]>; years: number; activities: readonly ActivityChoice[];
}) {
  const { t } = useTranslation();
  const editionId = useStore(docStore, (s) => s.draft!.editionId);
  const cats = packView(editionId)?.costCategories ?? [];
  const text = useDocumentTextProps();
  const amountLoc = `budget:${line.id}:amount`;
  const catLoc = `budget:${line.id}:category`;
  const amountF = useFieldFindings(amountLoc);
  const typedAmount = useStore(docStore, (s) => invalidInput(s.draft!, amountKey(line.id)));
  const catF = useFieldFindings(catLoc);
  const descF = useFieldFindings(`budget:${line.id}:description`);
  const sideF = useFieldFindings(`budget:${line.id}:side`);
  const yearF = useFieldFindings(`budget:${line.id}:year`);
  const activityLoc = `budget:${line.id}:activityId`;
  const activityF = useFieldFindings(activityLoc);
  const set = (patch: Partial<BudgetLine>, key?: string) => updateFields((d) => patchLine(d, line.id, patch), key);
  const n = i + 1;
  const cell = (col: Col) => ({ 'data-kp-row': i, 'data-kp-col': col, 'aria-keyshortcuts': CELL_SHORTCUTS });
  const action = (name: 'up' | 'down' | 'remove') => ({ 'data-kp-row': i, 'data-kp-action': name, tabIndex: -1 });
  const onKeyDown = (e: React.KeyboardEvent) => onRowKey(e, i + 1 >= count, {
    context: 'budget',
    commands: { add: 'budget.addLine', remove: 'budget.removeLine', next: 'budget.nextLine', moveUp: 'budget.moveUp', moveDown: 'budget.moveDown' },
    colOf: (el) => el.dataset.kpCol,
    add: () => addLine(i),
    remove: (col) => removeLine(line.id, col),
    focusNext: (col) => focusCell(i + 1, col),
    move: (step, col) => moveAndFollow(i, step, { col }),
  });
  const found = [...catF, ...amountF, ...descF, ...activityF, ...sideF, ...yearF];
  const removal = useRemovalMarks('budget', line.id);
  const rowClass = [found[0] ? `kp-row-${found[0].severity}` : '', removal.className].filter(Boolean).join(' ');
  return (
    <>
      <tr onKeyDown={onKeyDown} data-kp-loc={`budget:${line.id}`} className={rowClass || undefined}>
        <td><CellText {...cell('description')} {...text} {...fieldProps(`budget:${line.id}:description`, descF)} aria-label={`${t('budget.description')} ${n}`} value={line.description}
          onValue={(description) => set({ description }, `budget:${line.id}:description`)} /></td>
        <td><ActivityPicker {...cell('activity')} {...fieldProps(activityLoc, activityF)} aria-label={`${t('plan.activityColumn')} ${n}`} value={line.activityId}
          activities={activities} onChange={(activityId) => set({ activityId })} /></td>
        <td><CategoryPicker {...cell('category')} {...fieldProps(catLoc, catF)} aria-label={`${t('budget.category')} ${n}`} value={line.category}
          categories={cats} onChange={(category) => set({ category })} /></td>
        <td><WrapSelect {...cell('side')} {...fieldProps(`budget:${line.id}:side`, sideF)} aria-label={`${t('budget.side')} ${n}`} value={line.side} onChange={(e) => set({ side: e.target.value })}>
          {sides.map(([id, name]) => <option key={id} value={id}>{name}</option>)}
          {!sides.some(([id]) => id === line.side) && <option value={line.side}>{line.side}</option>}
        </WrapSelect></td>
        <td><WrapSelect {...cell('year')} {...fieldProps(`budget:${line.id}:year`, yearF)} aria-label={`${t('budget.year')} ${n}`} value={line.year} onChange={(e) => set({ year: Number(e.target.value) })}>
          {Array.from({ length: Math.max(years, line.year) }, (_, k) => k + 1).map((y) => <option key={y} value={y}>{y}</option>)}
        </WrapSelect></td>
        <td className="kp-num"><AmountInput ore={line.amountOre} typed={typedAmount}
          inputProps={{ ...cell('amount'), ...fieldProps(amountLoc, amountF), 'aria-label': `${t('budget.amount')} ${n}` }}
          onCommit={(edit) => updateFields((d) => withInvalidInput(patchLine(d, line.id, { amountOre: edit.ore }), amountKey(line.id), edit.typed))} /></td>
        <td className="kp-row-actions">
          <button type="button" className="kp-icon-button" {...action('up')} aria-label={t('budget.up', { n })} title={t('budget.upKey', { n })} disabled={i === 0}
            onClick={() => moveAndFollow(i, -1, { action: 'up' })}>↑</button>
          <button type="button" className="kp-icon-button" {...action('down')} aria-label={t('budget.down', { n })} title={t('budget.downKey', { n })} disabled={i === count - 1}
            onClick={() => moveAndFollow(i, 1, { action: 'down' })}>↓</button>
          <button type="button" className="kp-icon-button" {...action('remove')} aria-label={t('budget.remove', { n })} title={t('budget.removeKey', { n })}
            onClick={() => removeLine(line.id)}>✕</button>
        </td>
      </tr>
      {removal.note}
      {found.length > 0 && <tr className="kp-message-row"><td colSpan={7}>
        <FieldMessages loc={catLoc} found={catF} /><FieldMessages loc={amountLoc} found={amountF} /><FieldMessages loc={`budget:${line.id}:description`} found={descF} />
        <FieldMessages loc={activityLoc} found={activityF} />
        <FieldMessages loc={`budget:${line.id}:side`} found={sideF} /><FieldMessages loc={`budget:${line.id}:year`} found={yearF} />
      </td></tr>}
    </>
  );
});
