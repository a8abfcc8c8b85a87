import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { ActivityKind, ActivityPlace, type Activity } from '../../core/draft/framework';
import { formatKronor } from '../../core/editor/amount';
import { ariaKeyShortcuts } from '../../core/ipc/key-labels';
import { followMove, onRowKey, type MoveFocus } from './row-list';
import { useDocumentTextProps } from '../editor/spelling';
import { FieldMessages, fieldProps, useFieldFindings } from '../findings/field-findings';
import { isMacPlatform } from '../layout/shortcut-label';
import { docStore, updateFields } from '../state/doc-state';
import { CellText } from './cell-text';
import { CheckList, type CheckOption } from './check-list';
import { WrapSelect } from './wrap-select';
import { useRemovalMarks } from '../review';
import { addActivity, focusActivityControl, focusActivityField, monthsPatch, moveActivity, patchActivity, removeActivity } from './plan-activities';

/** The fields of an activity, in Tab order; each is `activity:<id>:<field>` for findings. */
const FIELDS = ['title', 'kind', 'startMonth', 'endMonth', 'place', 'participants', 'resultIds', 'parties', 'description'] as const;
type Field = (typeof FIELDS)[number];

/** The activity's keys, for screen readers (the buttons they stand for are out of the Tab order). */
const SHORTCUTS = ariaKeyShortcuts(['plan.addActivity', 'plan.removeActivity', 'plan.moveUp', 'plan.moveDown'], isMacPlatform());

/** Moves activity `i` one step and keeps the keyboard on it: the same field, or the same button while it still applies. */
function moveAndFollow(i: number, step: number, focus: MoveFocus): void {
  const count = docStore.get().draft?.activities.length ?? 0;
  const j = i + step;
  if (j < 0 || j >= count) return;
  updateFields((d) => moveActivity(d, i, step));
  followMove(j, count, focus, { field: focusActivityField, action: (row, name) => focusActivityControl(row, 'action', name) });
}

export interface ActivityRowProps {
  activity: Activity;
  i: number;
  count: number;
  /** Its number in the plan ("1.1.1", "A1"). */
  number: string;
  /** The results it may serve and the parties that may take part, labelled. */
  results: CheckOption[];
  sides: CheckOption[];
  /** Month → how it is shown ("mars 2027" or "Månad 3"), for every month the plan shows. */
  months: Array<[number, string]>;
  budget: { total: number; lines: number } | undefined;
}

/**
 * One activity of the plan. Inside its fields the budget table's keys: Enter to the same field of
 * the next activity (a new one after the last), Ctrl/Cmd+Enter adds one, Ctrl/Cmd+Delete removes
 * this one, Alt+Shift+↑/↓ moves it. Tab goes from field to field; the buttons are for the mouse.
 */
export const ActivityRow = memo(function ActivityRow({ activity: a, i, count, number, results, sides, months, budget }: ActivityRowProps) {
  const { t } = useTranslation();
  const text = useDocumentTextProps();
  const loc = (f: Field) => `activity:${a.id}:${f}`;
  const found = useActivityFindings(a.id);
  const set = (patch: Partial<Activity>, key?: string) => updateFields((d) => patchActivity(d, a.id, patch), key);
  const name = a.title.trim() || t('plan.activityN', { n: number });
  const field = (f: Field) => ({ ...fieldProps(loc(f), found[f]), 'data-kp-act-row': i, 'data-kp-act-col': f, 'aria-keyshortcuts': SHORTCUTS });
  const label = (key: 'title' | 'kind' | 'start' | 'end' | 'place' | 'participants' | 'description') => `${t(`plan.${key}`)} (${number})`;
  const action = (which: 'up' | 'down' | 'remove') => ({ 'data-kp-act-row': i, 'data-kp-act-action': which, tabIndex: -1 });
  const onKeyDown = (e: React.KeyboardEvent) => onRowKey(e, i + 1 >= count, {
    context: 'plan',
    commands: { add: 'plan.addActivity', remove: 'plan.removeActivity', next: 'plan.nextActivity', moveUp: 'plan.moveUp', moveDown: 'plan.moveDown' },
    colOf: (el) => el.dataset.kpActCol,
    add: () => addActivity(i),
    remove: (col) => removeActivity(a.id, col),
    focusNext: (col) => focusActivityField(i + 1, col),
    move: (step, col) => moveAndFollow(i, step, { col }),
  });
  const monthSelect = (which: 'startMonth' | 'endMonth') => {
    const value = a[which];
    return (
      <WrapSelect {...field(which)} aria-label={label(which === 'startMonth' ? 'start' : 'end')} value={value ?? ''}
        onChange={(e) => set(monthsPatch(a, which, e.target.value === '' ? null : Number(e.target.value)))}>
        <option value="">{t('plan.chooseMonth')}</option>
        {/* An end before the start is not offered (choosing one would have to move the start without a word). */}
        {months.map(([m, text]) => <option key={m} value={m} disabled={which === 'endMonth' && a.startMonth !== null && m < a.startMonth}>{text}</option>)}
        {value !== null && !months.some(([m]) => m === value) && <option value={value}>{t('plan.monthN', { n: value })}</option>}
      </WrapSelect>
    );
  };
  const all = FIELDS.flatMap((f) => found[f]);
  const removal = useRemovalMarks('activity', a.id);
  return (
    <li className={['kp-activity', all[0] ? `kp-row-${all[0].severity}` : '', removal.className].filter(Boolean).join(' ')} data-kp-activity={a.id} data-kp-loc={`activity:${a.id}`} onKeyDown={onKeyDown} aria-label={`${number} ${name}`}>
      <span className="kp-activity-number" data-kp-activity-number>{number}</span>
      <div className="kp-activity-fields">
        <label className="kp-activity-title"><span>{t('plan.title')}</span>
          <CellText {...field('title')} {...text} aria-label={label('title')} value={a.title} onValue={(title) => set({ title }, loc('title'))} /></label>
        <label><span>{t('plan.kind')}</span>
          <WrapSelect {...field('kind')} aria-label={label('kind')} value={a.kind ?? ''} onChange={(e) => set({ kind: (e.target.value || null) as Activity['kind'] })}>
            <option value="">{t('plan.choose')}</option>
            {ActivityKind.options.map((k) => <option key={k} value={k}>{t(`plan.kinds.${k}`)}</option>)}
          </WrapSelect></label>
        <label><span>{t('plan.start')}</span>{monthSelect('startMonth')}</label>
        <label><span>{t('plan.end')}</span>{monthSelect('endMonth')}</label>
        <label><span>{t('plan.place')}</span>
          <WrapSelect {...field('place')} aria-label={label('place')} value={a.place ?? ''} onChange={(e) => set({ place: (e.target.value || null) as Activity['place'] })}>
            <option value="">{t('plan.choose')}</option>
            {ActivityPlace.options.map((p) => <option key={p} value={p}>{t(`plan.places.${p}`)}</option>)}
          </WrapSelect></label>
        <label className="kp-activity-participants"><span>{t('plan.participants')}</span>
          <input type="number" min={0} max={100000} step={1} {...field('participants')} aria-label={label('participants')} value={a.participants ?? ''}
            onChange={(e) => set({ participants: readCount(e.target.value) }, loc('participants'))} /></label>
        <CheckList {...field('resultIds')} legend={t('plan.results')} options={results} chosen={a.resultIds} empty={t('plan.noResults')}
          removed={t('plan.removedResult')} onChange={(resultIds) => set({ resultIds })} />
        <CheckList {...field('parties')} legend={t('plan.parties')} options={sides} chosen={a.parties} empty=""
          removed={t('plan.removedParty')} onChange={(parties) => set({ parties })} />
        <label className="kp-activity-description"><span>{t('plan.description')}</span>
          <CellText {...field('description')} {...text} aria-label={label('description')} value={a.description}
            onValue={(description) => set({ description }, loc('description'))} /></label>
      </div>
      <div className="kp-activity-side">
        <span className="kp-row-actions">
          <button type="button" className="kp-icon-button" {...action('up')} aria-label={t('plan.up', { name })} title={t('plan.upKey', { name })} disabled={i === 0}
            onClick={() => moveAndFollow(i, -1, { action: 'up' })}>↑</button>
          <button type="button" className="kp-icon-button" {...action('down')} aria-label={t('plan.down', { name })} title={t('plan.downKey', { name })} disabled={i === count - 1}
            onClick={() => moveAndFollow(i, 1, { action: 'down' })}>↓</button>
          <button type="button" className="kp-icon-button" {...action('remove')} aria-label={t('plan.remove', { name })} title={t('plan.removeKey', { name })}
            onClick={() => removeActivity(a.id)}>✕</button>
        </span>
        <p className="kp-activity-budget" data-kp-activity-budget={a.id}>
          {budget ? <><span className="kp-muted">{t('plan.budget')}</span> <span className="kp-num">{formatKronor(budget.total)}</span>
            <span className="kp-muted"> {t('plan.budgetLines', { count: budget.lines })}</span></> : <span className="kp-muted">{t('plan.noBudget')}</span>}
        </p>
      </div>
      {removal.note}
      {all.length > 0 && <div className="kp-activity-messages">{FIELDS.map((f) => <FieldMessages key={f} loc={loc(f)} found={found[f]} />)}</div>}
    </li>
  );
});

type Found = ReturnType<typeof useFieldFindings>;

/** The findings beside each of an activity's fields. */
function useActivityFindings(id: string): Record<Field, Found> {
  const at = (f: Field) => `activity:${id}:${f}`;
  return {
    title: useFieldFindings(at('title')), kind: useFieldFindings(at('kind')), startMonth: useFieldFindings(at('startMonth')),
    endMonth: useFieldFindings(at('endMonth')), place: useFieldFindings(at('place')), participants: useFieldFindings(at('participants')),
    resultIds: useFieldFindings(at('resultIds')), parties: useFieldFindings(at('parties')), description: useFieldFindings(at('description')),
  };
}

/** A typed number of participants: whole and not negative, or none. */
function readCount(text: string): number | null {
  const n = Number(text);
  return text.trim() === '' || !Number.isFinite(n) ? null : Math.min(100000, Math.max(0, Math.round(n)));
}
