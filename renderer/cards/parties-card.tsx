import { useTranslation } from 'react-i18next';
import type { Partner } from '../../core/draft/schema';
import { FieldMessages, fieldProps, useFieldFindings } from '../findings/field-findings';
import { packView } from '../rules/engine';
import { useStore } from '../state/create-store';
import { docStore, updateFields } from '../state/doc-state';
import { CountryPicker } from './country-picker';
import { newId } from './ids';
import { focusNewRow } from './focus-new-row';
import { useDocumentTextProps } from '../editor/spelling';
import { newPartner } from '../../core/draft/new-draft';

function PartnerRow({ partner, index, count }: { partner: Partner; index: number; count: number }) {
  const { t } = useTranslation();
  const editionId = useStore(docStore, (s) => s.draft!.editionId);
  const countries = packView(editionId)?.countries ?? [];
  const orgLoc = `partner:${partner.id}:organisation`;
  const countryLoc = `partner:${partner.id}:country`;
  const org = useFieldFindings(orgLoc);
  const country = useFieldFindings(countryLoc);
  const roleLoc = `partner:${partner.id}:role`;
  const role = useFieldFindings(roleLoc);
  const set = (patch: Partial<Partner>, key?: string) =>
    updateFields((d) => ({ ...d, partners: d.partners.map((p) => (p.id === partner.id ? { ...p, ...patch } : p)) }), key);
  const n = index + 1;
  const name = useDocumentTextProps('name');
  return (
    <fieldset className="kp-partner" data-kp-loc={`partner:${partner.id}`}>
      <legend>{t('parties.partner', { n })}</legend>
      <div className="kp-field-row">
        <label><span>{t('parties.organisation')}</span>
          <input {...fieldProps(orgLoc, org)} {...name} value={partner.organisation} onChange={(e) => set({ organisation: e.target.value }, `${orgLoc}`)} /></label>
        <label className="kp-country-label"><span id={`lbl-${countryLoc}`}>{t('parties.country')}</span>
          {countries.length > 0
            ? <CountryPicker value={partner.country} countries={countries} label={t('parties.country')} inputProps={{ ...fieldProps(countryLoc, country), ...name }} onChange={(v) => set({ country: v })} />
            : <input {...fieldProps(countryLoc, country)} {...name} value={partner.country} onChange={(e) => set({ country: e.target.value }, countryLoc)} />}
        </label>
        <label><span>{t('parties.role')}</span>
          <select {...fieldProps(roleLoc, role)} value={partner.role} onChange={(e) => set({ role: e.target.value as Partner['role'] })}>
            {(['partner', 'eu_partner', 'swedish_coapplicant'] as const).map((r) => <option key={r} value={r}>{t(`parties.roles.${r}`)}</option>)}
          </select></label>
        {count > 1 && (
          <button type="button" className="kp-icon-button" aria-label={t('parties.remove', { n })} title={t('parties.remove', { n })}
            onClick={() => updateFields((d) => ({ ...d, partners: d.partners.filter((p) => p.id !== partner.id) }))}>✕</button>
        )}
      </div>
      <FieldMessages loc={orgLoc} found={org} />
      <FieldMessages loc={countryLoc} found={country} />
      <FieldMessages loc={roleLoc} found={role} />
    </fieldset>
  );
}

/** Adds an empty partner and puts the caret in its organisation. */
function addPartner(): void {
  const id = newId('p');
  updateFields((d) => ({ ...d, partners: [...d.partners, newPartner({ id, organisation: '', country: '', role: 'partner' })] }));
  focusNewRow(`[data-kp-loc="partner:${id}:organisation"]`);
}

/** Applicant (organisation, type from the edition) and the partner(s) with their countries. */
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
      </fieldset>
      {draft.partners.map((p, i) => <PartnerRow key={p.id} partner={p} index={i} count={draft.partners.length} />)}
      <button type="button" className="kp-add" onClick={addPartner}>
        + {t('parties.add')}
      </button>
    </div>
  );
}
