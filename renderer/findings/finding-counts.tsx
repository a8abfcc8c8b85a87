import { useTranslation } from 'react-i18next';
import { useStore } from '../state/create-store';
import { countBySeverity, findingsStore } from './findings-state';
import { severityIcon } from './severity-icon';
import { runAction } from '../actions/registry';

const SEVERITIES = [['error', 'errors'], ['warning', 'warnings'], ['info', 'infos']] as const;

/**
 * "✖ 2 fel · ⚠ 3 varningar · ℹ 1 info": a button that jumps to the next problem. The toolbar and
 * the status bar show the same one, so they never disagree about what the draft has.
 */
export function FindingCounts() {
  const { t } = useTranslation();
  const findings = useStore(findingsStore, (s) => s.findings);
  const c = countBySeverity(findings);
  const parts = SEVERITIES.filter(([sev]) => c[sev] > 0).map(([sev, key]) => ({ sev, text: t(`problems.${key}`, { count: c[sev] }) }));
  const tone = c.error ? 'has-errors' : c.warning ? 'has-warnings' : c.info ? 'has-infos' : 'is-clean';
  return (
    <button type="button" className={`kp-counts ${tone}`}
      data-kp-counts={`${c.error}/${c.warning}/${c.info}`} title={t('actions.view.nextProblem') + ' (F8)'} onClick={() => runAction('view.nextProblem')}>
      {parts.length === 0
        ? <><span aria-hidden>✓</span> {t('problems.none')}</>
        : parts.map(({ sev, text }, i) => (
          <span key={sev}>{i > 0 && ' · '}<span aria-hidden>{severityIcon[sev]}</span> {text}</span>
        ))}
    </button>
  );
}
