export interface CheckOption {
  id: string;
  label: string;
}

interface Props {
  legend: string;
  options: CheckOption[];
  chosen: readonly string[];
  /** Said when there is nothing to choose from. */
  empty: string;
  /** The name of a chosen id that is no longer among the options (a removed result or party). */
  removed: string;
  onChange(chosen: string[]): void;
  className?: string;
  'data-kp-loc'?: string;
  'data-kp-act-row'?: number;
  'data-kp-act-col'?: string;
  'aria-keyshortcuts'?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/**
 * Several choices from a short list, as check boxes under a legend. A chosen id that is no longer
 * offered stays visible (and can be unticked) under the name `removed`: the list never holds a
 * choice the user cannot see. The first box takes the row and column keys, so that the keyboard
 * can be sent to the list.
 */
export function CheckList({ legend, options, chosen, empty, removed, onChange, className, ...marks }: Props) {
  const { 'data-kp-act-row': row, 'data-kp-act-col': col, 'aria-keyshortcuts': keys, ...fieldMarks } = marks;
  const gone = chosen.filter((id) => !options.some((o) => o.id === id)).map((id) => ({ id, label: removed, gone: true }));
  const all = [...options.map((o) => ({ ...o, gone: false })), ...gone];
  // Kept in the list's order, so that what comes first (an activity's number follows its first result) is what is shown first.
  const toggle = (id: string, on: boolean) => onChange(on ? all.map((o) => o.id).filter((x) => x === id || chosen.includes(x)) : chosen.filter((c) => c !== id));
  return (
    <fieldset className={className ? `kp-check-list ${className}` : 'kp-check-list'} {...fieldMarks}>
      <legend>{legend}</legend>
      {all.length === 0 && <p className="kp-muted">{empty}</p>}
      {all.map((o, k) => (
        <label key={o.id} className={o.gone ? 'kp-check kp-check-gone' : 'kp-check'}>
          <input type="checkbox" checked={chosen.includes(o.id)} onChange={(e) => toggle(o.id, e.target.checked)}
            {...(k === 0 ? { 'data-kp-act-row': row, 'data-kp-act-col': col } : {})} aria-keyshortcuts={keys} />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
