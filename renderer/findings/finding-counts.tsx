import { useTranslation } from 'react-i18next';
import { useStore } from '../state/create-store';
import { countBySeverity, findingsStore } from './findings-state';
import { severityIcon } from './severity-icon';
import { runAction } from '../actions/registry';

const SEVERITIES = [['error', 'errors'], ['warning', 'warnings'], ['info', 'infos']] as const;

/** The counts' own signature ("2/3/1"), for a bar that fits itself to what its items say. */
export function useFindingCountsKey(): string {
  return useStore(findingsStore, (s) => {
    const c = countBySeverity(s.findings);
    return `${c.error}/${c.warning}/${c.info}`;
  });
}

/**
 * "✖ 2 fel · ⚠ 3 varningar · ℹ 1 info": a button that jumps to the next problem. The toolbar and
 * the status bar show the same one, so they never disagree about what the draft has. `compact`
 * ("✖ 2 · ⚠ 3 · ℹ 1", the words in its name and tooltip) is for a bar short of room.
 */
export function FindingCounts({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const findings = useStore(findingsStore, (s) => s.findings);
  const c = countBySeverity(findings);
  const parts = SEVERITIES.filter(([sev]) => c[sev] > 0).map(([sev, key]) => ({ sev, n: c[sev], text: t(`problems.${key}`, { count: c[sev] }) }));
  const tone = c.error ? 'has-errors' : c.warning ? 'has-warnings' : c.info ? 'has-infos' : 'is-clean';
  const next = t('actions.view.nextProblem') + ' (F8)';
  const full = parts.length === 0 ? t('problems.none') : parts.map((p) => p.text).join(' · ');
  return (
    <button type="button" className={`kp-counts ${tone}`} aria-label={compact ? full : undefined}
      data-kp-counts={`${c.error}/${c.warning}/${c.info}`} title={compact ? `${full} – ${next}` : next} onClick={() => runAction('view.nextProblem')}>
      {parts.length === 0
        ? <><span aria-hidden>✓</span>{!compact && ` ${t('problems.none')}`}</>
        : parts.map(({ sev, n, text }, i) => (
          <span key={sev}>{i > 0 && ' · '}<span aria-hidden>{severityIcon[sev]}</span> {compact ? n : text}</span>
        ))}
    </button>
  );
}
