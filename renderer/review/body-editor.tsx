import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_BODY_LENGTH } from '../../core/review/threads';

/** A comment's text box: Ctrl+Enter sends, Escape cancels; empty text cannot be sent. */
export function BodyEditor({ initial = '', label, placeholder, submitLabel, autoFocus = true, onSubmit, onCancel }: {
  initial?: string;
  label: string;
  placeholder?: string;
  submitLabel: string;
  autoFocus?: boolean;
  onSubmit: (body: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [body, setBody] = useState(initial);
  const empty = body.trim() === '';
  const submit = () => {
    if (!empty) onSubmit(body.trim());
  };
  return (
    <form className="kp-body-editor" onSubmit={(e) => { e.preventDefault(); submit(); }}>
      <textarea data-kp-review aria-label={label} placeholder={placeholder ?? t('review.placeholder')} value={body} rows={3}
        maxLength={MAX_BODY_LENGTH} autoFocus={autoFocus} onChange={(e) => setBody(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); submit(); }
          if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); onCancel(); }
        }} />
      <div className="kp-body-actions">
        <button type="submit" data-kp-review className="kp-primary" disabled={empty}>{submitLabel}</button>
        <button type="button" data-kp-review onClick={onCancel}>{t('review.cancel')}</button>
      </div>
    </form>
  );
}
