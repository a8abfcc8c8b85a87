import { useTranslation } from 'react-i18next';
import type { TemplateSection } from '../../core/template/schema';
import { notify } from '../state/app-state';
import { useStore } from '../state/create-store';
import { findingsStore } from './findings-state';
import { groupBySection } from './panel-order';
import { severityIcon } from './severity-icon';
import { focusFinding } from './navigation';
import { applyQuickFix } from './quick-fix';
import { PreviewToggle, usePreviewFindings } from './preview-findings';
import { editionLabel } from '../rules/edition-label';
import { sourcesTooltip } from '../rules/sources';

/** Findings grouped by section in template order: icon, rule id, message; click jumps there. */
export function ProblemsPanel({ sections }: { sections: TemplateSection[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const live = useStore(findingsStore, (s) => s.findings);
  const preview = usePreviewFindings();
  const findings = preview ?? live;
  const groups = groupBySection(findings, sections.map((s) => s.id));
  const titleOf = (id: string) => sections.find((s) => s.id === id)?.title[lang] ?? t('problems.general');

  if (findings.length === 0) return <><PreviewToggle /><p className="kp-problems-empty">✓ {t('problems.none')}</p></>;
  return (
    <div className="kp-problems">
      <PreviewToggle />
      {groups.map(({ sectionId: id, items }) => (
        <section key={id} className="kp-problem-group" data-kp-group={id} aria-label={`${titleOf(id)} (${items.length})`}>
          <h3>{titleOf(id)} <span className="kp-count">({items.length})</span></h3>
          <ul>
            {items.map(({ finding: f, index: i }) => (
              <li key={`${f.ruleId}-${i}`} className={`kp-problem severity-${f.severity}`} data-kp-rule={f.ruleId}>
                <button type="button" className="kp-problem-jump" onClick={() => focusFinding(f, preview ? undefined : i)}
                  title={t('problems.source', { edition: editionLabel(f.editionId), sources: sourcesTooltip(f.sources, lang) })}>
                  <span className="kp-sev" role="img" aria-label={t(`problems.severity.${f.severity}`)}>{severityIcon[f.severity]}</span>
                  <span className="kp-rule">{f.ruleId}</span>
                  <span className="kp-msg">{f.message[lang]}</span>
                </button>
                {/* A quick fix belongs to the text as it is, not to the preview. */}
                {f.fix && !preview && (
                  <button type="button" className="kp-fix" onClick={() => {
                    if (applyQuickFix(f.fix!)) notify('info', t('problems.fixed'));
                  }}>{t('problems.fix', { label: f.fix.label[lang] })}</button>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
