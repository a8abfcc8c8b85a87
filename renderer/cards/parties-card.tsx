import { useTranslation } from 'react-i18next';
import type { Person } from '../../core/draft/schema';
import { FieldMessages, fieldProps, useFieldFindings } from '../findings/field-findings';
import { packView } from '../rules/engine';
import { useStore } from '../state/create-store';
import { docStore, updateFields } from '../state/doc-state';
import { PartnerRow } from './partner-row';
import { PersonFields } from './person-fields';
import { newId } from './ids';
import { focusNewRow } from './focus-new-row';
import { useDocumentTextProps } from '../editor/spelling';
import { newPartner } from '../../core/draft/new-draft';

/** Adds an empty partner and puts the caret in its organisation. */
function addPartner(): void {
  const id = newId('p');
  updateFields((d) => ({ ...d, partners: [...d.partners, newPartner({ id, organisation: '', country: '', role: 'partner' })] }));
  focusNewRow(`[data-kp-loc="partner:${id}:organisation"]`);
}

/** Applicant (organisation, type from the edition) and the partner(s) with their countries, each with its contact person and signatory. */
export function PartiesCard() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const draft = useStore(docStore, (s) => s.draft)!;
  const types = packView(draft.editionId)?.applicantTypes ?? [];
  const orgF = useFieldFindings('field:applicant.organisation');
  const typeF = useFieldFindings('field:applicant.type');
  const name = useDocumentTextProps('name');
  return (
    <div className="kp-card">
      <fieldset className="kp-applicant">
        <legend>{t('parties.applicant')}</legend>
        <div className="kp-field-row">
          <label><span>{t('parties.organisation')}</span>
            <input {...fieldProps('field:applicant.organisation', orgF)} {...name} value={draft.applicant.organisation}
              onChange={(e) => updateFields((d) => ({ ...d, applicant: { ...d.applicant, organisation: e.target.value } }), 'applicant.organisation')} /></label>
          <label><span>{t('parties.applicantType')}</span>
            <select {...fieldProps('field:applicant.type', typeF)} value={draft.applicant.type}
              onChange={(e) => updateFields((d) => ({ ...d, applicant: { ...d.applicant, type: e.target.value } }))}>
              <option value="">{t('parties.choose')}</option>
              {types.map((ty) => <option key={ty.id} value={ty.id}>{ty[lang]}</option>)}
              {draft.applicant.type && !types.some((ty) => ty.id === draft.applicant.type) && <option value={draft.applicant.type}>{draft.applicant.type}</option>}
            </select></label>
        </div>
        <FieldMessages loc="field:applicant.organisation" found={orgF} />
        <FieldMessages loc="field:applicant.type" found={typeF} />
        {(['contact', 'signatory'] as const).map((r) => (
          <PersonFields key={r} legend={t(`annexes.people.${r}`)} loc={`field:applicant.${r}`} person={draft.applicant[r]}
            onChange={(patch: Partial<Person>, key) => updateFields((d) => ({ ...d, applicant: { ...d.applicant, [r]: { ...d.applicant[r], ...patch } } }), key)} />
        ))}
      </fieldset>
      {draft.partners.map((p, i) => <PartnerRow key={p.id} partner={p} index={i} count={draft.partners.length} />)}
      <button type="button" className="kp-add" onClick={addPartner}>
        + {t('parties.add')}
      </button>
    </div>
  );
}
