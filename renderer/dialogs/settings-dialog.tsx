import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpellingStatus } from '../../core/ipc/contract';
import { BACKUP_COUNT_MAX, BACKUP_COUNT_MIN, UiLanguage, type Settings } from '../../core/settings';
import { showError } from '../actions/draft-commands';
import { bridge } from '../bridge';
import { i18next, setUiLanguage } from '../i18n';
import { editions } from '../rules/engine';
import { appStore, notify, openDialog } from '../state/app-state';
import { Modal } from './modal';
import { backupCountFrom, initialsOf, settingsPatch, type SettingsForm } from './settings-form';
import { SpellingFields } from './settings-spelling';

/**
 * Settings: who the user is (on new comments), the app's language, saving and backups, the rules
 * of new drafts and spelling. Nothing is stored until Save (Enter); Escape or Cancel keep
 * everything as it was.
 */
export function SettingsDialog() {
  const { t } = useTranslation();
  const [form, setForm] = useState<SettingsForm>(() => formOf(appStore.get().settings));
  const [backupProblem, setBackupProblem] = useState(false);
  const [status, setStatus] = useState<SpellingStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const backupHintId = useId();
  useEffect(() => {
    void bridge.invoke('spelling:status', {}).then((r) => r.ok && setStatus(r.value));
  }, []);

  const close = () => openDialog(null);
  const set = <K extends keyof SettingsForm>(key: K, value: SettingsForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const save = async () => {
    if (busy) return;
    const backups = backupCountFrom(form.backupCount);
    if (backups === null) {
      setBackupProblem(true);
      document.querySelector<HTMLInputElement>('input[name="backupCount"]')?.focus();
      return;
    }
    setBusy(true);
    const r = await bridge.invoke('settings:set', settingsPatch(form, backups));
    setBusy(false);
    if (!r.ok) return showError(r.error);
    const languageChanged = r.value.uiLanguage !== appStore.get().settings.uiLanguage;
    appStore.set({ settings: r.value });
    if (languageChanged) await setUiLanguage(r.value.uiLanguage);
    close();
    // In the language just chosen.
    notify('info', i18next.t('settings.saved'));
  };
  // Enter saves from any field, as in a desktop dialog; buttons keep their own Enter.
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    const target = e.target as HTMLElement;
    if (e.key !== 'Enter' || e.defaultPrevented || target.tagName === 'BUTTON' || target.tagName === 'TEXTAREA') return;
    e.preventDefault();
    void save();
  };

  const known = editions();
  const editionKnown = form.defaultEdition === 'in-force' || known.some((e) => e.id === form.defaultEdition);
  return (
    <Modal title={t('settings.title')} onClose={close} className="kp-settings-dialog">
      <form noValidate onSubmit={(e) => { e.preventDefault(); void save(); }} onKeyDown={onKeyDown}>
        <div className="kp-settings-columns">
          <div>
            <fieldset>
              <legend>{t('settings.you')}</legend>
              <div className="kp-settings-grid">
                <label><span>{t('settings.name')}</span>
                  <input name="authorName" value={form.authorName} maxLength={200} autoComplete="name" data-autofocus onChange={(e) => set('authorName', e.target.value)} /></label>
                <label><span>{t('settings.initials')}</span>
                  <input name="authorInitials" value={form.authorInitials} maxLength={10} placeholder={initialsOf(form.authorName)} onChange={(e) => set('authorInitials', e.target.value)} /></label>
                <label className="kp-settings-wide"><span>{t('settings.organisation')}</span>
                  <input name="authorOrganisation" value={form.authorOrganisation} maxLength={200} autoComplete="organization"
                    placeholder={t('settings.organisationPlaceholder')} onChange={(e) => set('authorOrganisation', e.target.value)} /></label>
              </div>
              <p className="kp-muted kp-settings-hint">{t('settings.youHint')}</p>
            </fieldset>
            <fieldset>
              <legend>{t('settings.interface')}</legend>
              <label className="kp-settings-field"><span>{t('ui.language')}</span>
                <select name="uiLanguage" value={form.uiLanguage} onChange={(e) => set('uiLanguage', UiLanguage.parse(e.target.value))}>
                  <option value="sv">Svenska</option>
                  <option value="en">English</option>
                </select></label>
              <label className="kp-settings-field"><span>{t('settings.defaultEdition')}</span>
                <select name="defaultEdition" value={form.defaultEdition} onChange={(e) => set('defaultEdition', e.target.value)}>
                  <option value="in-force">{t('settings.inForce')}</option>
                  {known.map((e) => <option key={e.id} value={e.id}>{e.label}</option>)}
                  {!editionKnown && <option value={form.defaultEdition}>{t('settings.unknownEdition', { id: form.defaultEdition })}</option>}
                </select></label>
            </fieldset>
          </div>
          <div>
            <fieldset>
              <legend>{t('settings.saving')}</legend>
              <label className="kp-check"><input type="checkbox" name="autosaveToFile" checked={form.autosaveToFile} onChange={(e) => set('autosaveToFile', e.target.checked)} />
                {t('settings.autosaveToFile')}</label>
              <p className="kp-muted kp-settings-hint kp-settings-indent">{t('settings.autosaveHint')}</p>
              <label className="kp-settings-inline"><span>{t('settings.backupCount')}</span>
                <input name="backupCount" className="kp-settings-number" inputMode="numeric" value={form.backupCount}
                  aria-invalid={backupProblem || undefined} aria-describedby={backupHintId}
                  onChange={(e) => { set('backupCount', e.target.value); setBackupProblem(false); }} /></label>
              <p id={backupHintId} className={backupProblem ? 'kp-inline-error kp-settings-hint' : 'kp-muted kp-settings-hint'} role={backupProblem ? 'alert' : undefined}>
                {t(backupProblem ? 'settings.backupInvalid' : 'settings.backupHint', { min: BACKUP_COUNT_MIN, max: BACKUP_COUNT_MAX })}
              </p>
            </fieldset>
            <SpellingFields form={form} status={status} set={set} />
          </div>
        </div>

        <div className="kp-dialog-actions">
          <button type="submit" className="kp-primary" disabled={busy}>{t('settings.save')}</button>
          <button type="button" onClick={close}>{t('dialogs.cancel')}</button>
        </div>
      </form>
    </Modal>
  );
}

function formOf(s: Settings): SettingsForm {
  return { ...s, backupCount: String(s.backupCount) };
}
