import { useTranslation } from 'react-i18next';
import { useStore } from '../state/create-store';
import { countBySeverity, findingsStore } from './findings-state';
import { runAction } from '../actions/registry';

/** "✓ 2 fel · 3 varningar": a button that jumps to the next problem. */
export function FindingCounts({ compact }: { compact?: boolean }) {
  const { t } = useTranslation();
  const findings = useStore(findingsStore, (s) => s.findings);
  const c = countBySeverity(findings);
  const text = c.error + c.warning + c.info === 0
    ? `✓ ${t('problems.none')}`
    : [c.error && `✖ ${t('problems.errors', { count: c.error })}`, c.warning && `⚠ ${t('problems.warnings', { count: c.warning })}`, !compact && c.info && `ℹ ${t('problems.infos', { count: c.info })}`]
      .filter(Boolean).join(' · ');
  return (
    <button type="button" className={`kp-counts ${c.error ? 'has-errors' : c.warning ? 'has-warnings' : 'is-clean'}`}
      data-kp-counts={`${c.error}/${c.warning}/${c.info}`} title={t('actions.view.nextProblem') + ' (F8)'} onClick={() => runAction('view.nextProblem')}>
      {text}
    </button>
  );
}
