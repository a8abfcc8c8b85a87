import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge } from '../bridge';
import { openPath, showError } from '../actions/draft-commands';
import { FilePicker } from '../dialogs/file-picker';
import { dirOf, Modal } from '../dialogs/modal';
import { appStore } from '../state/app-state';
import { useStore } from '../state/create-store';
import { docStore } from '../state/doc-state';
import { CopiesPicker } from './copies-picker';
import { importFrom } from './import-comments';
import { reviewStore, useReview } from './review-state';
import { requestRole } from './roles';
import { applyRole } from './role-ui';

/** Asks once for the name and initials shown with the user's comments (saved in the settings). */
function AuthorDialog({ then }: { then: () => void }) {
  const { t } = useTranslation();
  const settings = useStore(appStore, (s) => s.settings);
  const [name, setName] = useState(settings.authorName);
  const [initials, setInitials] = useState(settings.authorInitials);
  const close = () => reviewStore.set({ dialog: null });
  const guess = name.trim().split(/\s+/).map((w) => w[0] ?? '').join('').toUpperCase().slice(0, 10);
  const save = async () => {
    const r = await bridge.invoke('settings:set', { authorName: name.trim().slice(0, 200), authorInitials: (initials.trim() || guess).slice(0, 10) });
    if (!r.ok) return showError(r.error);
    appStore.set({ settings: r.value });
    close();
    then();
  };
  return (
    <Modal title={t('review.authorTitle')} onClose={close} className="kp-author-dialog">
      <form onSubmit={(e) => { e.preventDefault(); if (name.trim()) void save(); }}>
        <p className="kp-muted">{t('review.authorHint')}</p>
        <label className="kp-stacked"><span>{t('review.authorName')}</span>
          <input name="authorName" value={name} maxLength={200} autoFocus data-autofocus autoComplete="name" onChange={(e) => setName(e.target.value)} /></label>
        <label className="kp-stacked"><span>{t('review.authorInitials')}</span>
          <input name="authorInitials" value={initials} maxLength={10} placeholder={guess} onChange={(e) => setInitials(e.target.value)} /></label>
        <div className="kp-dialog-actions">
          <button type="submit" className="kp-primary" disabled={name.trim() === ''}>{t('review.authorSave')}</button>
          <button type="button" onClick={close}>{t('dialogs.cancel')}</button>
        </div>
      </form>
    </Modal>
  );
}

/** "Byta till författarläge?": says what changes (editable text, saves to the open file) before it does. */
function SwitchToAuthorDialog({ path }: { path: string | null }) {
  const { t } = useTranslation();
  const close = () => reviewStore.set({ dialog: null });
  const file = path ? path.split(/[\\/]/).pop() : null;
  return (
    <Modal title={t('review.switchTitle')} onClose={close} className="kp-switch-role-dialog">
      <p>{file ? t('review.switchHint', { file }) : t('review.switchHintUnsaved')}</p>
      <div className="kp-dialog-actions">
        <button type="button" className="kp-primary" onClick={() => { close(); applyRole('author'); }}>{t('review.switchConfirm')}</button>
        <button type="button" autoFocus data-autofocus onClick={close}>{t('dialogs.cancel')}</button>
      </div>
    </Modal>
  );
}

/** The review features' dialogs: who is commenting, open for review, import reviewers' copies, leaving review mode. */
export function ReviewDialogs() {
  const { t } = useTranslation();
  const dialog = useReview((s) => s.dialog);
  const draftsDir = useStore(appStore, (s) => s.draftsDir);
  const path = useStore(docStore, (s) => s.path);
  const close = () => reviewStore.set({ dialog: null });
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'author':
      return <AuthorDialog then={dialog.then} />;
    case 'open-for-review':
      return (
        <Modal title={t('review.openForReviewTitle')} onClose={close}>
          <FilePicker mode="open" ext=".kpdraft" initialDir={draftsDir || undefined} submitLabel={t('dialogs.open')}
            onPick={(_dir, _name, p) => { close(); requestRole('reviewer'); void openPath(p).finally(() => requestRole(null)); }} />
          <div className="kp-dialog-actions"><button type="button" onClick={close}>{t('dialogs.cancel')}</button></div>
        </Modal>
      );
    case 'switch-to-author':
      return <SwitchToAuthorDialog path={path} />;
    case 'import':
      return (
        <Modal title={t('review.importTitle')} onClose={close} className="kp-import-dialog">
          <p className="kp-muted">{t('review.importHint')}</p>
          <CopiesPicker initialDir={path ? dirOf(path) : draftsDir || undefined} submitLabel={(count) => t('review.importSelected', { count })}
            onPick={(paths) => { close(); void importFrom(paths); }} />
          <div className="kp-dialog-actions"><button type="button" onClick={close}>{t('dialogs.cancel')}</button></div>
        </Modal>
      );
  }
}
