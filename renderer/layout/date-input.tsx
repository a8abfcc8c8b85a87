import { useEffect, useRef } from 'react';
import type { Draft } from '../../core/draft/schema';
import { INCOMPLETE_DATE, invalidInput, withInvalidInput, type DateField } from '../../core/draft/invalid-inputs';
import { useStore } from '../state/create-store';
import { docStore, updateFields } from '../state/doc-state';

function withDate(d: Draft, field: DateField, value: string | null): Draft {
  if (field === 'submissionDate') return d.submissionDate === value ? d : { ...d, submissionDate: value };
  const key = field === 'period.start' ? 'start' : 'end';
  return d.period[key] === value ? d : { ...d, period: { ...d.period, [key]: value } };
}

/**
 * A date picker whose state the draft always matches. A browser's date field that is partly
 * filled in (only the day typed) reports no value, so the draft would hold "no date" while the
 * user sees one being typed; the draft then keeps the date as unreadable input (FLD-01 reports
 * it) until it is completed or cleared. The partial text is not readable, so it is kept as
 * INCOMPLETE_DATE.
 */
export function DateInput({ field, coalesceKey, ...rest }: { field: DateField; coalesceKey: string } & React.InputHTMLAttributes<HTMLInputElement>) {
  const value = useStore(docStore, (s) => (field === 'submissionDate' ? s.draft!.submissionDate : s.draft!.period[field === 'period.start' ? 'start' : 'end']));
  const typed = useStore(docStore, (s) => invalidInput(s.draft!, field));
  const input = useRef<HTMLInputElement>(null);
  // Every input event, not only changes of the value: going from empty to partly filled leaves the value ''.
  const apply = (el: HTMLInputElement) => {
    const partial = el.value === '' && el.validity.badInput;
    updateFields((d) => withInvalidInput(withDate(d, field, el.value || null), field, partial ? INCOMPLETE_DATE : null), coalesceKey);
  };
  // Leaving a field the draft says is fine, while it shows a partial date, records it too.
  const onBlur = (el: HTMLInputElement) => {
    if (el.value === '' && el.validity.badInput && typed === undefined) apply(el);
  };
  // The draft no longer holds a partial date (a quick fix, undo): neither may the field. React leaves
  // it be, as its value ('') has not changed.
  useEffect(() => {
    const el = input.current;
    if (typed === undefined && el?.validity.badInput) el.value = '';
  }, [typed]);
  return <input ref={input} type="date" {...rest} value={value ?? ''} onInput={(e) => apply(e.currentTarget)} onChange={(e) => apply(e.currentTarget)}
    onBlur={(e) => onBlur(e.currentTarget)} />;
}
