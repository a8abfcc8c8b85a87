import type { Draft, InvalidInputs } from './schema';

/**
 * Text typed into an amount, date or targets field that could not be read. It is kept in
 * `draft.invalidInputs` under the field's key while the field's value stays empty (0 / null), so
 * the field shows what was typed, and nothing (a total, a check, the Word file) uses an older value.
 */

/** The date fields of a draft that can hold unreadable text. */
export type DateField = 'period.start' | 'period.end' | 'submissionDate';

/**
 * Kept for a date picker left partly filled in (only the day typed, say). The browser does not
 * reveal the partial text, only that it is not a date, so this stands for it.
 */
export const INCOMPLETE_DATE = '?';

/** What an `invalidInputs` key names. */
export type InvalidInputTarget = { kind: 'amount'; lineId: string } | { kind: 'date'; field: DateField } | { kind: 'targets' }
  | { kind: 'indicatorDate'; indicatorId: string };

/** The key of an indicator's target date (`target.date` of the indicator with this id). */
export const indicatorDateKey = (indicatorId: string): string => `framework.${indicatorId}.targetDate`;

/**
 * The key of the Agenda 2030 targets field when what was typed names something that is not a
 * target ("5.9"): the whole text is kept, so the field shows it again after reopening, while the
 * targets that could be read are saved in `agenda2030.targets` as usual.
 */
export const TARGETS_KEY = 'agenda2030.targets';

/** The key of a budget line's amount. */
export const amountKey = (lineId: string): string => `budget.${lineId}.amount`;

/** The field a key names, or null for a key the format does not define. */
export function invalidInputTarget(key: string): InvalidInputTarget | null {
  if (key === 'period.start' || key === 'period.end' || key === 'submissionDate') return { kind: 'date', field: key };
  if (key === TARGETS_KEY) return { kind: 'targets' };
  const date = /^framework\.([\s\S]+)\.targetDate$/.exec(key);
  if (date) return { kind: 'indicatorDate', indicatorId: date[1]! };
  const m = /^budget\.([\s\S]+)\.amount$/.exec(key);
  return m ? { kind: 'amount', lineId: m[1]! } : null;
}

/** The unreadable text of a field, if it holds any. */
export function invalidInput(draft: Pick<Draft, 'invalidInputs'>, key: string): string | undefined {
  const inputs = draft.invalidInputs as InvalidInputs | undefined;
  return inputs !== undefined && Object.hasOwn(inputs, key) ? inputs[key] : undefined;
}

/**
 * The draft with `text` kept as the unreadable input of `key`, or with none for it when `text` is
 * null. The same object when nothing changes (the incremental checker compares by reference).
 */
export function withInvalidInput(draft: Draft, key: string, text: string | null): Draft {
  const current = invalidInput(draft, key);
  if (current === (text ?? undefined)) return draft;
  const { [key]: _dropped, ...rest } = draft.invalidInputs;
  return { ...draft, invalidInputs: text === null ? rest : { ...rest, [key]: text } };
}

/** The ids of budget lines whose amount holds unreadable text. */
export function invalidAmountLines(draft: Pick<Draft, 'invalidInputs'>): Set<string> {
  const out = new Set<string>();
  for (const key of Object.keys(draft.invalidInputs ?? {})) {
    const t = invalidInputTarget(key);
    if (t?.kind === 'amount') out.add(t.lineId);
  }
  return out;
}

/** The unreadable inputs kept under `keys` (those that hold any), to put back with withInputs. */
export function inputsUnder(draft: Pick<Draft, 'invalidInputs'>, keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(keys.flatMap((k) => { const v = invalidInput(draft, k); return v === undefined ? [] : [[k, v]]; }));
}

/** The draft with these unreadable inputs kept (text) or dropped (null); the same object when nothing changes. */
export function withInputs(draft: Draft, inputs: Record<string, string | null>): Draft {
  return Object.entries(inputs).reduce((d, [k, v]) => withInvalidInput(d, k, v), draft);
}
