import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryEntry } from '../../core/ipc/contract';
import { restoreRecovery, showError } from '../actions/draft-commands';
import { bridge } from '../bridge';
import { formatTimes } from '../versions/format';
import { text } from '../i18n/text-key';

/** Why a recovery copy cannot be read, in words (damaged, from a newer version, other). */
function unreadableReason(code: string): string {
  return text(code === 'file-corrupt' || code === 'draft-too-new' ? `start.unreadableReason.${code}` : 'start.unreadableReason.other');
}

interface Offer { entry: RecoveryEntry; time: string; older: boolean }

/**
 * The offers in list order (newest first), each with its time as the versions list shows it (to
 * the second where two share a minute) and `older` on every copy of a file after its newest, so
 * two copies of one draft never look the same.
 */
export function offersOf(entries: readonly RecoveryEntry[], lang: string): Offer[] {
  const sorted = [...entries].sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  const times = formatTimes(sorted.map((e) => e.savedAt), lang);
  const seen = new Set<string>();
  return sorted.map((entry, i) => {
    const older = entry.path !== null && seen.has(entry.path);
    if (entry.path !== null) seen.add(entry.path);
    return { entry, time: times[i]!, older };
  });
}

function RestoreOffer({ offer, onGone }: { offer: Offer; onGone: () => void }) {
  const { t } = useTranslation();
  const { entry } = offer;
  const [confirming, setConfirming] = useState(false);
  const title = entry.unreadable ? t('start.unreadableTitle') : entry.title || t('app.untitled');
  const when = t(entry.reason === 'set-aside' ? 'restoreOffers.setAsideAt' : 'restoreOffers.changedAt', { time: offer.time });
  return (
    <li className="kp-restore-item" data-kp-recovery={entry.key} data-kp-unreadable={entry.unreadable ? 'true' : undefined}
      data-kp-recovery-older={offer.older ? 'true' : undefined}>
      <div>
        <strong>{title}</strong>{offer.older && <> <span className="kp-badge">{t('restoreOffers.older')}</span></>}{' '}
        <span className="kp-muted">— {when}{entry.path ? ` · ${entry.path}` : ''}</span>
      </div>
      {entry.unreadable && <p className="kp-warning-text">{t('start.unreadable', { reason: unreadableReason(entry.unreadable.code) })}</p>}
      {confirming ? (
        <div className="kp-confirm" role="alertdialog" aria-label={t('start.discardConfirm', { title })}>
          <span>{t('start.discardConfirm', { title })}</span>
          <button type="button" className="kp-danger" onClick={async () => {
            const r = await bridge.invoke('recovery:discard', { key: entry.key });
            if (!r.ok) showError(r.error);
            onGone();
          }}>{t('start.discardYes')}</button>
          <button type="button" autoFocus onClick={() => setConfirming(false)}>{t('start.discardNo')}</button>
        </div>
      ) : (
        <div className="kp-actions">
          {!entry.unreadable && <button type="button" className="kp-primary" onClick={() => void restoreRecovery(entry.key)}>{t('start.restore')}</button>}
          <button type="button" onClick={() => setConfirming(true)}>{t('start.discard')}</button>
        </div>
      )}
    </li>
  );
}

/**
 * "Återställ osparat arbete" on the start screen: what a crash left unsaved, and apart from it
 * what the user set aside on purpose (reloading a file from disk over unsaved changes).
 */
export function RestoreOffers({ entries, onGone }: { entries: readonly RecoveryEntry[]; onGone: () => void }) {
  const { t, i18n } = useTranslation();
  const offers = offersOf(entries, i18n.language);
  const crashed = offers.filter((o) => o.entry.reason !== 'set-aside');
  const setAside = offers.filter((o) => o.entry.reason === 'set-aside');
  if (offers.length === 0) return null;
  return (
    <section className="kp-start-card kp-restore" aria-labelledby="kp-restore-h">
      <h2 id="kp-restore-h">{t('start.restoreTitle')}</h2>
      {crashed.length > 0 && <>
        <p className="kp-muted" data-kp-restore-group="crash">{t('start.restoreHint')}</p>
        <ul data-kp-restore-list="crash">{crashed.map((o) => <RestoreOffer key={o.entry.key} offer={o} onGone={onGone} />)}</ul>
      </>}
      {setAside.length > 0 && <>
        <p className="kp-muted" data-kp-restore-group="set-aside">{t('restoreOffers.setAsideHint')}</p>
        <ul data-kp-restore-list="set-aside">{setAside.map((o) => <RestoreOffer key={o.entry.key} offer={o} onGone={onGone} />)}</ul>
      </>}
    </section>
  );
}
