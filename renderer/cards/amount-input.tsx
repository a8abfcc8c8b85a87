import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatKronor, parseAmountOre } from '../../core/editor/amount';

interface Props {
  ore: number;
  onCommit: (ore: number) => void;
  inputProps: Record<string, unknown>;
}

/** An amount typed the Swedish way ("12 000", "12 000 kr", "12000,50"), shown as "12 000 kr". */
export function AmountInput({ ore, onCommit, inputProps }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const commit = () => {
    if (text === null) return;
    const r = parseAmountOre(text);
    if (r.ok) {
      setText(null);
      setInvalid(false);
      if (r.ore !== ore) onCommit(r.ore);
    } else setInvalid(text.trim() !== '');
    if (!r.ok && text.trim() === '') { setText(null); if (ore !== 0) onCommit(0); }
  };
  return (
    <>
      <input {...inputProps} inputMode="decimal" className={`kp-amount ${invalid ? 'kp-field-error' : ''} ${(inputProps.className as string) ?? ''}`}
        value={text ?? (ore === 0 ? '' : formatKronor(ore))} placeholder="0 kr" aria-invalid={invalid || undefined}
        title={invalid ? t('budget.invalidAmount') : undefined}
        onFocus={(e) => { setText(ore === 0 ? '' : formatKronor(ore)); e.target.select(); }}
        onChange={(e) => { setText(e.target.value); setInvalid(false); }}
        onBlur={commit}
        onKeyDown={(e) => { if (e.key === 'Enter') commit(); }} />
      {invalid && <span className="kp-inline-error" role="alert">{t('budget.invalidAmount')}</span>}
    </>
  );
}
