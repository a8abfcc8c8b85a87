import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { planNumbers } from '../../core/draft/framework-numbers';
import { useStore } from '../state/create-store';
import { docStore } from '../state/doc-state';
import type { CheckOption } from './check-list';
import { addRisk } from './risk-commands';
import { RiskMatrix } from './risk-matrix';
import { RiskRow } from './risk-row';
import { ProposedItems, ProposeRowButton, useProposedRows } from '../review';

/**
 * The risk register: each risk with its likelihood, impact, mitigation, owner and what it
 * threatens, numbered R1, R2 … in register order, and beside the list the 3 × 3 matrix.
 */
export function RiskCard() {
  const { t } = useTranslation();
  const risks = useStore(docStore, (s) => s.draft!.risks);
  const framework = useStore(docStore, (s) => s.draft!.framework);
  const targets = useMemo((): CheckOption[] => {
    const numbers = planNumbers(framework, []).of;
    const label = (id: string, text: string) => `${numbers.get(id) ?? ''} ${text.trim() || t('risks.untitledItem')}`;
    return framework.projectObjectives.flatMap((o) => [{ id: o.id, label: label(o.id, o.text) }, ...o.results.map((r) => ({ id: r.id, label: label(r.id, r.text) }))]);
  }, [framework, t]);
  const numberOf = (i: number) => t('risks.number', { n: i + 1 });
  const proposed = useProposedRows('risk').length;
  return (
    <div className="kp-card kp-risks">
      <p className="kp-hint">{t('risks.hint')}</p>
      <div className="kp-risks-body">
        <div className="kp-risks-list">
          {risks.length === 0 && <p className="kp-empty">{t('risks.empty')}</p>}
          {risks.length + proposed > 0 && (
            <ol className="kp-risk-rows" aria-label={t('risks.caption')}>
              {risks.map((r, i) => <RiskRow key={r.id} risk={r} i={i} count={risks.length} number={numberOf(i)} targets={targets} />)}
              <ProposedItems table="risk" />
            </ol>
          )}
          <button type="button" className="kp-add" onClick={() => addRisk(risks.length - 1)}>+ {t('risks.add')}</button>
          <ProposeRowButton table="risk" />
        </div>
        <RiskMatrix risks={risks} numberOf={numberOf} />
      </div>
    </div>
  );
}
