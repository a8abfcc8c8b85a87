import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../core/rules/finding';
import { currentDraft } from '../actions/draft-commands';
import { checkAll } from '../rules/engine';
import { useStore } from '../state/create-store';
import { changesStore, useChanges } from '../review/changes-state';
import { useSettledRevision } from '../review/overview';

/**
 * "Preview checks with all accepted": the findings of the text as it would be with every open
 * suggestion accepted, computed beside the live findings (which stay those of the author's text).
 */
export function usePreviewFindings(): Finding[] | null {
  const on = useStore(changesStore, (s) => s.preview);
  const { all } = useChanges();
  const revision = useSettledRevision();
  const active = on && all.length > 0;
  return useMemo(() => {
    if (!active) return null;
    const draft = currentDraft();
    return draft ? checkAll(draft, 'accepted') : [];
    // The settled revision stands for the draft.
  }, [active, revision, all]);
}

/** The toggle above the problems, shown while there are open suggestions, and the preview's label. */
export function PreviewToggle() {
  const { t } = useTranslation();
  const on = useStore(changesStore, (s) => s.preview);
  const { all } = useChanges();
  if (all.length === 0) return null;
  return (
    <div className="kp-preview-toggle" data-kp-preview={on ? 'on' : 'off'}>
      <button type="button" className="kp-preview-button" aria-pressed={on} onClick={() => changesStore.set({ preview: !on })}>
        {on ? t('changes.previewOff') : t('changes.preview')}
      </button>
      {on && <p className="kp-preview-note" role="status">{t('changes.previewOn')}</p>}
    </div>
  );
}
