import { useTranslation } from 'react-i18next';
import type { Finding } from '../../core/rules/finding';
import { useStore } from '../state/create-store';
import { findingsStore } from './findings-state';
import { severityIcon } from './severity-icon';
import { applyQuickFix } from './quick-fix';
import { RuleRef } from './rule-ref';

const EMPTY: Finding[] = [];

/** The findings that point at one field (by its data-kp-loc key), most severe first. */
export function useFieldFindings(loc: string): Finding[] {
  return useStore(findingsStore, (s) => s.byLoc.get(loc) ?? EMPTY);
}

/** Props that outline a field by its worst finding and link it to the message for screen readers. */
export function fieldProps(loc: string, found: Finding[]) {
  const worst = found[0];
  return {
    'data-kp-loc': loc,
    className: worst ? `kp-field-${worst.severity}` : undefined,
    'aria-invalid': worst?.severity === 'error' ? true : undefined,
    'aria-describedby': worst ? `msg-${loc}` : undefined,
  };
}

/** The message(s) under a field: what is wrong, what to do, rule id and source; quick fix button. */
export function FieldMessages({ loc, found }: { loc: string; found: Finding[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  if (found.length === 0) return null;
  return (
    <div id={`msg-${loc}`} className="kp-field-messages">
      {found.map((f, i) => (
        <p key={`${f.ruleId}-${i}`} className={`kp-field-message severity-${f.severity}`} data-kp-rule={f.ruleId}>
          <span aria-hidden>{severityIcon[f.severity]} </span>
          <span className="kp-sr-only">{t(`problems.severity.${f.severity}`)}: </span>
          {f.message[lang]} <RuleRef ruleId={f.ruleId} sources={f.sources} lang={lang} />
          {f.fix && <button type="button" className="kp-fix" onClick={() => applyQuickFix(f.fix!)}>{t('problems.fix', { label: f.fix.label[lang] })}</button>}
        </p>
      ))}
    </div>
  );
}
