import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentFile, RecoveryEntry } from '../../core/ipc/contract';
import { bridge } from '../bridge';
import { openDraftCommand, openPath } from '../actions/draft-commands';
import { RestoreOffers } from './restore-offers';
import { runAction } from '../actions/registry';
import { liveCopyKeys } from '../actions/live-copies';
import { NewDraftCard } from './new-draft-card';
import { LanguageSwitch } from '../layout/language-switch';
import { SettingsButton } from '../layout/settings-button';
import { OpenForReviewButton } from '../review';
import { formatDateTime } from '../i18n/when';
import { dirOf } from '../dialogs/modal';


/** Start: restore offers, a new application (component, edition, language), open, recent drafts. */
export function StartScreen() {
  const { t, i18n } = useTranslation();
  const [recent, setRecent] = useState<RecentFile[]>([]);
  const [recovery, setRecovery] = useState<RecoveryEntry[]>([]);

  const reload = () => {
    void bridge.invoke('recent:list', {}).then((r) => r.ok && setRecent(r.value));
    // Copies that another open window is writing right now are not offered: they are not from a crash.
    void Promise.all([bridge.invoke('recovery:list', {}), liveCopyKeys()]).then(([r, live]) => r.ok && setRecovery(r.value.filter((e) => !live.has(e.key))));
  };
  useEffect(reload, []);

  return (
    <div className="kp-start">
      <header className="kp-start-header">
        <h1>KP Drafter</h1>
        <p>{t('start.tagline')}</p>
        <LanguageSwitch />
        <SettingsButton />
      </header>
      <RestoreOffers entries={recovery} onGone={reload} />
      <div className="kp-start-grid">
        <NewDraftCard />
        <section className="kp-start-card" aria-labelledby="kp-recent-h">
          <div className="kp-card-head">
            <h2 id="kp-recent-h">{t('start.recent')}</h2>
            <button type="button" onClick={() => void openDraftCommand()}>{t('start.open')}</button>
            <button type="button" data-kp-import-open onClick={() => runAction('draft.importDocx')}>{t('import.menu')}</button>
            <OpenForReviewButton />
          </div>
          {recent.length === 0 ? <p className="kp-muted">{t('start.noRecent')}</p> : (
            <ul className="kp-recent">
              {recent.map((r) => (
                <li key={r.path}>
                  <button type="button" className="kp-recent-item" onClick={() => void openPath(r.path)}>
                    <strong>{r.title || t('app.untitled')}</strong>
                    {r.partner && <span className="kp-recent-partner">{t('start.partner', { partner: r.partner })}</span>}
                    {/* The file's own name and folder tell apart two drafts with one title. */}
                    <span className="kp-recent-file">{r.path.split(/[\\/]/).pop()} <span className="kp-muted">{t('start.inFolder', { folder: dirOf(r.path) })}</span></span>
                    <span className="kp-muted">{t('start.lastChange', { time: formatDateTime(r.modifiedAt, i18n.language) })}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
