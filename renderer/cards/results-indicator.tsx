import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../core/draft/framework';
import { DATE_PATTERN } from '../../core/draft/date-text';
import { useDocumentTextProps } from '../editor/spelling';
import { FieldMessages, fieldProps, useFieldFindings } from '../findings/field-findings';
import { DateTextInput } from '../layout/date-input';
import { CellText } from './cell-text';
import { ItemActions } from './results-item-actions';
import { addItem, patchItem, setIndicatorDate } from './results-commands';
import { indicatorDateKey, invalidInput } from '../../core/draft/invalid-inputs';
import { useStore } from '../state/create-store';
import { docStore } from '../state/doc-state';
import { dragHandle, dropTarget } from './results-drag';
import { onItemKey, RESULTS_SHORTCUTS } from './results-keys';
import type { ListRef } from './results-edits';

/** An indicator's fields, in Tab order; each is `framework:<id>:<field>` for findings (LF-06 and LF-07 name `baseline` and `target`). */
const FIELDS = ['text', 'unit', 'baseline', 'baselineYear', 'target', 'targetDate', 'verification', 'collectedBy'] as const;
type Field = (typeof FIELDS)[number];

/** A typed year inside what the format holds (1900–2200), or none: "20" on the way to "2025" is none yet. */
function readYear(text: string): number | null {
  const n = Number(text);
  return text.trim() !== '' && Number.isInteger(n) && n >= 1900 && n <= 2200 ? n : null;
}

interface IndicatorRowProps { indicator: Indicator; number: string; index: number; count: number }

/**
 * One indicator: what is measured and in what unit, from which baseline (value, year) to which
 * target (value, date), where the value is read and who reads it.
 */
export const IndicatorRow = memo(function IndicatorRow({ indicator: ind, number, index, count }: IndicatorRowProps) {
  const { t, i18n } = useTranslation();
  const textProps = useDocumentTextProps();
  const id = ind.id;
  const loc = (f: Field) => `framework:${id}:${f}`;
  const found = useIndicatorFindings(id);
  // A target date that cannot be read is kept as typed in the draft (FLD-01 reports it) while the date is empty.
  const badDate = useStore(docStore, (s) => invalidInput(s.draft!, indicatorDateKey(id)));
  // The year as typed, while the draft holds what it reads as (undo may change the draft under it).
  const [yearText, setYearText] = useState<string | null>(null);
  const shownYear = yearText !== null && readYear(yearText) === ind.baseline.year ? yearText : String(ind.baseline.year ?? '');
  const name = ind.text.trim() || t('results.indicatorN', { n: number });
  const field = (f: Field) => ({ ...fieldProps(loc(f), found[f]), 'data-kp-fw-item': id, 'data-kp-fw-col': f, 'aria-keyshortcuts': RESULTS_SHORTCUTS });
  const label = (key: Field) => `${t(`results.${key === 'text' ? 'indicator' : key === 'baselineYear' ? 'baselineYearLong' : key}`)} (${number})`;
  const set = (patch: Partial<Indicator>, f: Field) => patchItem<Indicator>(id, patch, loc(f));
  const text = (f: 'text' | 'unit' | 'verification' | 'collectedBy') => (
    <label className={`kp-fw-i-${f}`}><span>{t(`results.${f === 'text' ? 'indicator' : f}`)}</span>
      <CellText {...field(f)} {...textProps} aria-label={label(f)} value={ind[f]} onValue={(v) => set({ [f]: v }, f)} /></label>
  );
  const all = FIELDS.flatMap((f) => found[f]);
  const dateLang = i18n.language === 'en' ? 'en' : 'sv';
  return (
    <li className={`kp-fw-indicator${all[0] ? ` kp-row-${all[0].severity}` : ''}`} data-kp-fw-row={id} {...dropTarget(id)} onKeyDown={(e) => onItemKey(e, id, index + 1 >= count)}>
      <div className="kp-fw-gutter">
        <span className="kp-fw-number" data-kp-fw-number={id} {...dragHandle(id, t('results.drag'))}>{number}</span>
        <ItemActions id={id} name={name} index={index} count={count} />
      </div>
      <div className="kp-fw-indicator-fields">
        {text('text')}
        {text('unit')}
        <div className="kp-fw-pair kp-fw-i-baseline" role="group" aria-labelledby={`kp-fw-b-${id}`}>
          <span id={`kp-fw-b-${id}`}>{t('results.baselinePair')}</span>
          <span className="kp-fw-pair-inputs">
            <input {...field('baseline')} type="text" aria-label={label('baseline')} value={ind.baseline.value}
              onChange={(e) => set({ baseline: { ...ind.baseline, value: e.target.value } }, 'baseline')} />
            <input {...field('baselineYear')} type="number" min={1900} max={2200} step={1} aria-label={label('baselineYear')} value={shownYear}
              placeholder={t('results.baselineYear')} onBlur={() => setYearText(null)}
              onChange={(e) => { setYearText(e.target.value); set({ baseline: { ...ind.baseline, year: readYear(e.target.value) } }, 'baselineYear'); }} />
          </span>
        </div>
        <div className="kp-fw-pair kp-fw-i-target kp-fw-date" role="group" aria-labelledby={`kp-fw-t-${id}`}>
          <span id={`kp-fw-t-${id}`}>{t('results.targetPair')}</span>
          <span className="kp-fw-pair-inputs">
            <input {...field('target')} type="text" aria-label={label('target')} value={ind.target.value}
              onChange={(e) => set({ target: { ...ind.target, value: e.target.value } }, 'target')} />
            <DateTextInput {...field('targetDate')} aria-label={label('targetDate')} value={ind.target.date} typed={badDate}
              aria-invalid={badDate !== undefined || undefined}
              onDate={(date, invalid) => setIndicatorDate(id, date, invalid, loc('targetDate'))} />
          </span>
        </div>
        {text('verification')}
        {text('collectedBy')}
      </div>
      {(all.length > 0 || badDate !== undefined) && (
        <div className="kp-fw-messages">
          {/* Until FLD-01's check arrives, the field says it itself (then only FLD-01 does, with its source). */}
          {badDate !== undefined && found.targetDate.length === 0 && <p className="kp-field-message severity-error">{t('results.badDate', { pattern: DATE_PATTERN[dateLang] })}</p>}
          {FIELDS.map((f) => <FieldMessages key={f} loc={loc(f)} found={found[f]} />)}
        </div>
      )}
    </li>
  );
});

type Found = ReturnType<typeof useFieldFindings>;

function useIndicatorFindings(id: string): Record<Field, Found> {
  const at = (f: Field) => `framework:${id}:${f}`;
  return {
    text: useFieldFindings(at('text')), unit: useFieldFindings(at('unit')), baseline: useFieldFindings(at('baseline')),
    baselineYear: useFieldFindings(at('baselineYear')), target: useFieldFindings(at('target')), targetDate: useFieldFindings(at('targetDate')),
    verification: useFieldFindings(at('verification')), collectedBy: useFieldFindings(at('collectedBy')),
  };
}

/** The indicators of one level and the button that adds one; `ownerId` is the level's id. */
export function IndicatorList({ ownerId, ownerName, indicators, numberOf }: { ownerId: string; ownerName: string; indicators: Indicator[]; numberOf: (id: string) => string }) {
  const { t } = useTranslation();
  const ref: ListRef = { level: 'indicator', ownerId };
  const loc = `framework:${ownerId}:indicators`;
  const found = useFieldFindings(loc);
  return (
    <div className="kp-fw-indicators">
      {indicators.length > 0 && (
        <ol className="kp-fw-indicator-list" aria-label={`${t('results.indicators')} (${ownerName})`}>
          {indicators.map((ind, k) => <IndicatorRow key={ind.id} indicator={ind} number={numberOf(ind.id)} index={k} count={indicators.length} />)}
        </ol>
      )}
      <button type="button" {...fieldProps(loc, found)} className={`kp-add kp-fw-add-indicator${found[0] ? ` kp-field-${found[0].severity}` : ''}`}
        data-kp-fw-add={`indicators:${ownerId}`} aria-label={t('results.addIndicatorTo', { name: ownerName })}
        onClick={() => addItem(ref, indicators.length)}>+ {t('results.addIndicator')}</button>
      <FieldMessages loc={loc} found={found} />
    </div>
  );
}
