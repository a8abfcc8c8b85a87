import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatKronor, parseAmountOre } from '../../core/editor/amount';

/** What the field holds after an edit: an amount, or (when it could not be read) 0 and the text as typed. */
export interface AmountEdit {
  ore: number;
  typed: string | null;
}

interface Props {
  ore: number;
  /** Text typed earlier that could not be read (kept in the draft), shown instead of the amount. */
  typed: string | undefined;
  onCommit: (edit: AmountEdit) => void;
  inputProps: Record<string, unknown>;
}

/** Longer text is not an amount anyone types; the draft format keeps at most this much of it. */
const MAX_TYPED = 1000;

/** What committing `text` means for the draft. */
export function amountEdit(text: string): AmountEdit {
  if (text.trim() === '') return { ore: 0, typed: null };
  const r = parseAmountOre(text);
  return r.ok ? { ore: r.ore, typed: null } : { ore: 0, typed: text };
}

/**
 * An amount typed the Swedish way ("12 000", "12 000 kr", "12000,50"), shown as "12 000 kr".
 * Text that is not an amount stays in the field as typed (and in the draft, see
 * core/draft/invalid-inputs.ts) and the amount counts as nothing until it is corrected; the
 * rule engine reports it (FLD-01) beside the field.
 */
export function AmountInput({ ore, typed, onCommit, inputProps }: Props) {
  const { t } = useTranslation();
  // What is being typed, and the value it started from: when the draft changes underneath a
  // focused field (undo, redo, a quick fix), the field shows the new value and a later blur must
  // not write the stale text back over it.
  const [edit, setEdit] = useState<{ from: string; text: string } | null>(null);
  const shown = typed ?? (ore === 0 ? '' : formatKronor(ore));
  if (edit !== null && edit.from !== shown) setEdit({ from: shown, text: shown });
  const commit = () => {
    if (edit === null) return;
    setEdit(null);
    if (edit.text === edit.from) return;
    const next = amountEdit(edit.text);
    if (next.ore !== ore || next.typed !== (typed ?? null)) onCommit(next);
  };
  return (
    <input {...inputProps} inputMode="decimal" spellCheck={false} maxLength={MAX_TYPED} className={`kp-amount ${(inputProps.className as string) ?? ''}`}
      value={edit?.text ?? shown} placeholder="0 kr" title={typed !== undefined ? t('budget.invalidAmount') : undefined}
      onFocus={(e) => { setEdit({ from: shown, text: shown }); e.target.select(); }}
      onChange={(e) => setEdit({ from: shown, text: e.target.value })}
      onBlur={commit}
      onKeyDown={(e) => { if (e.key === 'Enter') commit(); }} />
  );
}
