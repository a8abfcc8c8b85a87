import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Risk } from '../../core/draft/framework';
import { ariaKeyShortcuts } from '../../core/ipc/key-labels';
import { useDocumentTextProps } from '../editor/spelling';
import { FieldMessages, fieldProps, useFieldFindings } from '../findings/field-findings';
import { isMacPlatform } from '../layout/shortcut-label';
import { updateFields } from '../state/doc-state';
import { CellText } from './cell-text';
import type { CheckOption } from './check-list';
import { onRowKey } from './row-list';
import { addRisk, focusRiskField, moveRiskAndFollow, removeRisk } from './risk-commands';
import { STEPS } from './risk-grid';
import { patchRisk } from './risk-list';
import { WrapSelect } from './wrap-select';
import { useRemovalMarks } from '../review';

/** The fields of a risk, in Tab order; each is `risk:<id>:<field>` for findings. */
const FIELDS = ['text', 'likelihood', 'impact', 'mitigation', 'owner', 'threatens'] as const;
type Field = (typeof FIELDS)[number];

/** The risk's keys, for screen readers (the buttons they stand for are out of the Tab order). */
const SHORTCUTS = ariaKeyShortcuts(['risks.addRisk', 'risks.removeRisk', 'risks.moveUp', 'risks.moveDown'], isMacPlatform());

export interface RiskRowProps {
  risk: Risk;
  i: number;
  count: number;
  /** "R1", "R2" … */
  number: string;
  /** The project objectives and expected results it may threaten, labelled with their numbers. */
  targets: CheckOption[];
}

/**
 * One risk of the register. Inside its fields the budget table's keys: Enter to the same field of
 * the next risk (a new one after the last), Ctrl/Cmd+Enter adds one, Ctrl/Cmd+Delete removes this
 * one, Alt+Shift+↑/↓ moves it. Tab goes from field to field; the buttons are for the mouse.
 */
export const RiskRow = memo(function RiskRow({ risk: r, i, count, number, targets }: RiskRowProps) {
  const { t } = useTranslation();
  const text = useDocumentTextProps();
  const loc = (f: Field) => `risk:${r.id}:${f}`;
  const found = useRiskFindings(r.id);
  const set = (patch: Partial<Risk>, key?: string) => updateFields((d) => patchRisk(d, r.id, patch), key);
  const name = r.text.trim() || number;
  const field = (f: Field) => ({ ...fieldProps(loc(f), found[f]), 'data-kp-risk-row': i, 'data-kp-risk-col': f, 'aria-keyshortcuts': SHORTCUTS, 'aria-label': `${t(`risks.${f}`)} (${number})` });
  const action = (which: 'up' | 'down' | 'remove') => ({ 'data-kp-risk-row': i, 'data-kp-risk-action': which, tabIndex: -1 });
  const onKeyDown = (e: React.KeyboardEvent) => onRowKey(e, i + 1 >= count, {
    context: 'risks',
    commands: { add: 'risks.addRisk', remove: 'risks.removeRisk', next: 'risks.nextRisk', moveUp: 'risks.moveUp', moveDown: 'risks.moveDown' },
    colOf: (el) => el.dataset.kpRiskCol,
    add: () => addRisk(i),
    remove: (col) => removeRisk(r.id, col),
    focusNext: (col) => focusRiskField(i + 1, col),
    move: (step, col) => moveRiskAndFollow(i, step, { col }),
  });
  const level = (which: 'likelihood' | 'impact') => (
    <WrapSelect {...field(which)} value={r[which] ?? ''} onChange={(e) => set({ [which]: e.target.value === '' ? null : Number(e.target.value) })}>
      <option value="">{t('risks.choose')}</option>
      {[1, 2, 3].map((n) => <option key={n} value={n}>{t(`risks.levels.${STEPS[n - 1]!}`)}</option>)}
    </WrapSelect>
  );
  const gone = r.threatens !== null && !targets.some((o) => o.id === r.threatens);
  const all = FIELDS.flatMap((f) => found[f]);
  const removal = useRemovalMarks('risk', r.id);
  return (
    <li className={['kp-risk', all[0] ? `kp-row-${all[0].severity}` : '', removal.className].filter(Boolean).join(' ')} data-kp-risk={r.id} data-kp-loc={`risk:${r.id}`} onKeyDown={onKeyDown} aria-label={`${number} ${name}`}>
      <span className="kp-risk-number" data-kp-risk-number>{number}</span>
      <div className="kp-risk-fields">
        <label className="kp-risk-text"><span>{t('risks.text')}</span>
          <CellText {...field('text')} {...text} value={r.text} onValue={(v) => set({ text: v }, loc('text'))} /></label>
        <label><span>{t('risks.likelihood')}</span>{level('likelihood')}</label>
        <label><span>{t('risks.impact')}</span>{level('impact')}</label>
        <label className="kp-risk-mitigation"><span>{t('risks.mitigation')}</span>
          <CellText {...field('mitigation')} {...text} value={r.mitigation} onValue={(v) => set({ mitigation: v }, loc('mitigation'))} /></label>
        <label className="kp-risk-owner"><span>{t('risks.owner')}</span>
          <CellText {...field('owner')} {...text} value={r.owner} onValue={(v) => set({ owner: v }, loc('owner'))} /></label>
        <label className="kp-risk-threatens"><span>{t('risks.threatens')}</span>
          <WrapSelect {...field('threatens')} value={r.threatens ?? ''} onChange={(e) => set({ threatens: e.target.value || null })}>
            <option value="">{t('risks.wholeProject')}</option>
            {targets.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
            {gone && <option value={r.threatens!}>{t('risks.removedTarget')}</option>}
          </WrapSelect></label>
      </div>
      <span className="kp-row-actions">
        <button type="button" className="kp-icon-button" {...action('up')} aria-label={t('risks.up', { name })} title={t('risks.upKey', { name })} disabled={i === 0}
          onClick={() => moveRiskAndFollow(i, -1, { action: 'up' })}>↑</button>
        <button type="button" className="kp-icon-button" {...action('down')} aria-label={t('risks.down', { name })} title={t('risks.downKey', { name })} disabled={i === count - 1}
          onClick={() => moveRiskAndFollow(i, 1, { action: 'down' })}>↓</button>
        <button type="button" className="kp-icon-button" {...action('remove')} aria-label={t('risks.remove', { name })} title={t('risks.removeKey', { name })}
          onClick={() => removeRisk(r.id)}>✕</button>
      </span>
      {removal.note}
      {all.length > 0 && <div className="kp-risk-messages">{FIELDS.map((f) => <FieldMessages key={f} loc={loc(f)} found={found[f]} />)}</div>}
    </li>
  );
});

type Found = ReturnType<typeof useFieldFindings>;

/** The findings beside each of a risk's fields. */
function useRiskFindings(id: string): Record<Field, Found> {
  const at = (f: Field) => `risk:${id}:${f}`;
  return {
    text: useFieldFindings(at('text')), likelihood: useFieldFindings(at('likelihood')), impact: useFieldFindings(at('impact')),
    mitigation: useFieldFindings(at('mitigation')), owner: useFieldFindings(at('owner')), threatens: useFieldFindings(at('threatens')),
  };
}
