import { useTranslation } from 'react-i18next';
import { moveItem, removeItem } from './results-commands';

/**
 * An objective's, result's or indicator's row buttons: up, down, remove. Out of the Tab order
 * (the row keys stand for them, results-keys.ts); `data-kp-fw-action` lets the keyboard come back to them after a move.
 */
export function ItemActions({ id, name, index, count }: { id: string; name: string; index: number; count: number }) {
  const { t } = useTranslation();
  const action = (a: 'up' | 'down' | 'remove') => ({ 'data-kp-fw-item': id, 'data-kp-fw-action': a, tabIndex: -1 });
  return (
    <span className="kp-row-actions">
      <button type="button" className="kp-icon-button" {...action('up')} aria-label={t('results.up', { name })} title={t('results.upKey', { name })}
        disabled={index === 0} onClick={() => moveItem(id, -1, { action: 'up' })}>↑</button>
      <button type="button" className="kp-icon-button" {...action('down')} aria-label={t('results.down', { name })} title={t('results.downKey', { name })}
        disabled={index === count - 1} onClick={() => moveItem(id, 1, { action: 'down' })}>↓</button>
      <button type="button" className="kp-icon-button" {...action('remove')} aria-label={t('results.remove', { name })} title={t('results.removeKey', { name })}
        onClick={() => removeItem(id)}>✕</button>
    </span>
  );
}
