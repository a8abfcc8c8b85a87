import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../core/draft/schema';
import { DATE_PATTERN, formatDateText, parseDateText, type DateLang } from '../../core/draft/date-text';
import { INCOMPLETE_DATE, invalidInput, withInvalidInput, type DateField } from '../../core/draft/invalid-inputs';
import { useStore } from '../state/create-store';
import { docStore, updateFields } from '../state/doc-state';

/** A calendar page (inline SVG: the app ships no icon font and cannot rely on emoji fonts). */
function CalendarIcon() {
  return (
    <svg className="kp-icon" viewBox="0 0 24 24" width={18} height={18} aria-hidden focusable="false">
      <path d="M4 6h16v14H4zM4 10h16M8 3v5M16 3v5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
    </svg>
  );
}

function withDate(d: Draft, field: DateField, value: string | null): Draft {
  if (field === 'submissionDate') return d.submissionDate === value ? d : { ...d, submissionDate: value };
  const key = field === 'period.start' ? 'start' : 'end';
  return d.period[key] === value ? d : { ...d, period: { ...d.period, [key]: value } };
}

/** Whether the draft holds what `text` says: its date, no date, or the text as unreadable input. */
function draftHolds(text: string, lang: DateLang, value: string | null, typed: string | undefined): boolean {
  const read = parseDateText(text, lang);
  if (read.kind === 'invalid') return typed === text;
  return typed === undefined && value === (read.kind === 'date' ? read.iso : null);
}

/**
 * A date typed as text in the interface language's format (ÅÅÅÅ-MM-DD, DD/MM/YYYY), whatever the
 * system's locale (a browser's own date field follows the system, not the app), with a calendar
 * beside it. The draft always matches what the field shows: a readable date is its value, and
 * anything else typed (a half-typed date, a day that does not exist) is kept as unreadable input
 * with no value, which FLD-01 reports until it is completed or cleared.
 */
export function DateInput({ field, coalesceKey, label, ...rest }: { field: DateField; coalesceKey: string; label: string } & React.InputHTMLAttributes<HTMLInputElement>) {
  const value = useStore(docStore, (s) => (field === 'submissionDate' ? s.draft!.submissionDate : s.draft!.period[field === 'period.start' ? 'start' : 'end']));
  const typed = useStore(docStore, (s) => invalidInput(s.draft!, field));
  const onDate = (iso: string | null, invalid: string | null) =>
    updateFields((d) => withInvalidInput(withDate(d, field, iso), field, invalid), coalesceKey);
  return (
    <div className="kp-date-field">
      <label htmlFor={`kp-date-${field}`}>{label}</label>
      <DateTextInput {...rest} id={`kp-date-${field}`} value={value} typed={typed} onDate={onDate} />
    </div>
  );
}

export interface DateTextInputProps extends Omit<React.InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  /** The stored date (ISO), or null. */
  value: string | null;
  /** Text typed that is not a date, kept in place of the value; '?' for a half-filled picker. */
  typed: string | undefined;
  /** A new date (null for none) and the unreadable text to keep (null when there is none). */
  onDate: (iso: string | null, invalid: string | null) => void;
}

/** The typed field and its calendar button, for any date the caller stores (see DateInput). */
export function DateTextInput({ value, typed, onDate, ...rest }: DateTextInputProps) {
  const { t, i18n } = useTranslation();
  const lang: DateLang = i18n.language === 'en' ? 'en' : 'sv';
  // The text being typed, while it is what the draft holds. Undo, a quick fix or a restore change
  // the draft under it: the field then shows the draft again.
  const [editing, setEditing] = useState<string | null>(null);
  const calendar = useRef<HTMLInputElement>(null);
  const fromDraft = typed !== undefined ? (typed === INCOMPLETE_DATE ? '' : typed) : value ? formatDateText(value, lang) : '';
  const shown = editing !== null && draftHolds(editing, lang, value, typed) ? editing : fromDraft;

  const apply = (text: string) => {
    setEditing(text);
    const read = parseDateText(text, lang);
    onDate(read.kind === 'date' ? read.iso : null, read.kind === 'invalid' ? text : null);
  };
  const pick = (iso: string) => {
    setEditing(null);
    onDate(iso || null, null);
  };
  const openCalendar = () => {
    const el = calendar.current;
    if (!el) return;
    el.value = value ?? '';
    try {
      el.showPicker();
    } catch {
      // Not offered here (an older engine): the typed field is still there.
    }
  };
  const locked = rest.readOnly || rest.disabled;
  // The label names the typed field only; the calendar button beside it has its own name.
  return (
    <span className="kp-date-input">
      <input {...rest} type="text" inputMode="numeric" autoComplete="off" spellCheck={false} placeholder={DATE_PATTERN[lang]}
        data-kp-date={value ?? ''} value={shown} onChange={(e) => apply(e.currentTarget.value)}
        onBlur={(e) => { setEditing(null); rest.onBlur?.(e); }} />
      <button type="button" className="kp-date-calendar kp-icon-button" aria-label={t('dateField.calendar')} title={t('dateField.calendar')}
        disabled={locked} tabIndex={rest.tabIndex} onClick={openCalendar}><CalendarIcon /></button>
      <input ref={calendar} type="date" className="kp-date-native" tabIndex={-1} aria-hidden aria-label={t('dateField.calendar')}
        onChange={(e) => pick(e.currentTarget.value)} />
    </span>
  );
}
