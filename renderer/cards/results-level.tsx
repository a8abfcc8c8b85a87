import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTextProps } from '../editor/spelling';
import { FieldMessages, fieldProps, useFieldFindings } from '../findings/field-findings';
import { CellText } from './cell-text';
import { ItemActions } from './results-item-actions';
import { patchItem } from './results-commands';
import { OVERALL } from './results-edits';
import { dragHandle, dropTarget } from './results-drag';
import { onItemKey, RESULTS_SHORTCUTS } from './results-keys';

/** A level's fields, in Tab order; each is `framework:<id>:<field>` for findings. */
const FIELDS = ['text', 'assumptions', 'note'] as const;
type Field = (typeof FIELDS)[number];

export type LevelKind = 'overall' | 'objective' | 'result';

export interface LevelRowProps {
  level: LevelKind;
  /** The item's id (`OVERALL` for the overall objective). */
  id: string;
  text: string;
  assumptions: string;
  note: string;
  /** Its number ("1", "1.1"; "" for the overall objective). */
  number: string;
  index: number;
  count: number;
}

/**
 * One level of the matrix (the overall objective, a project objective or a result): its number,
 * its text, and what must hold for it to lead to the next level up. The buttons are for the mouse;
 * the keyboard has the same commands in the fields.
 */
export const LevelRow = memo(function LevelRow({ level, id, text, assumptions, note, number, index, count }: LevelRowProps) {
  const { t } = useTranslation();
  const textProps = useDocumentTextProps();
  const loc = (f: Field) => `framework:${id}:${f}`;
  const found: Record<Field, ReturnType<typeof useFieldFindings>> = {
    text: useFieldFindings(loc('text')), assumptions: useFieldFindings(loc('assumptions')), note: useFieldFindings(loc('note')),
  };
  const overall = level === 'overall';
  const name = text.trim() || (overall ? t('results.overallName') : t(level === 'objective' ? 'results.objectiveN' : 'results.resultN', { n: number }));
  const which = overall ? t('results.overall') : `${t(`results.${level}`)} ${number}`;
  const field = (f: Field) => ({ ...fieldProps(loc(f), found[f]), 'data-kp-fw-item': id, 'data-kp-fw-col': f, 'aria-keyshortcuts': RESULTS_SHORTCUTS });
  const set = (f: Field) => (value: string) => patchItem(id, { [f]: value }, loc(f));
  const all = FIELDS.flatMap((f) => found[f]);
  return (
    <div className={`kp-fw-row kp-fw-${level}${all[0] ? ` kp-row-${all[0].severity}` : ''}`} data-kp-fw-row={id} {...(overall ? {} : dropTarget(id))}
      onKeyDown={(e) => onItemKey(e, id === OVERALL ? null : id, index + 1 >= count)}>
      <div className="kp-fw-gutter">
        <span className="kp-fw-number" data-kp-fw-number={id} {...(overall ? {} : dragHandle(id, t('results.drag')))}>{number}</span>
        {!overall && <ItemActions id={id} name={name} index={index} count={count} />}
      </div>
      <div className="kp-fw-fields">
        <label className="kp-fw-text"><span>{overall ? t('results.overall') : t(`results.${level}`)}</span>
          <CellText {...field('text')} {...textProps} aria-label={which} value={text} onValue={set('text')} /></label>
        <label><span>{t('results.assumptions')}</span>
          <CellText {...field('assumptions')} {...textProps} aria-label={`${t('results.assumptions')} (${which})`} value={assumptions} onValue={set('assumptions')} /></label>
        <label><span>{t('results.note')}</span>
          <CellText {...field('note')} {...textProps} aria-label={`${t('results.note')} (${which})`} value={note} onValue={set('note')} /></label>
      </div>
      {all.length > 0 && <div className="kp-fw-messages">{FIELDS.map((f) => <FieldMessages key={f} loc={loc(f)} found={found[f]} />)}</div>}
    </div>
  );
});
