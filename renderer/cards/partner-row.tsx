import { useTranslation } from 'react-i18next';
import type { Partner } from '../../core/draft/schema';
import { FieldMessages, fieldProps, useFieldFindings } from '../findings/field-findings';
import { packView } from '../rules/engine';
import { useStore } from '../state/create-store';
import { docStore, updateFields } from '../state/doc-state';
import { CountryPicker } from './country-picker';
import { useDocumentTextProps } from '../editor/spelling';
import { PersonFields } from './person-fields';
import { findPack } from '../../core/rules';
import { loadedPacks } from '../rules/engine';

/** One partner: organisation, country, role, organisation type, contact person and signatory. */
export function PartnerRow({ partner, index, count }: { partner: Partner; index: number; count: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const editionId = useStore(docStore, (s) => s.draft!.editionId);
  const countries = packView(editionId)?.countries ?? [];
  const types = findPack(loadedPacks(), editionId)?.partnerTypes ?? [];
  const orgLoc = `partner:${partner.id}:organisation`;
  const countryLoc = `partner:${partner.id}:country`;
  const roleLoc = `partner:${partner.id}:role`;
  const typeLoc = `partner:${partner.id}:type`;
  const org = useFieldFindings(orgLoc);
  const country = useFieldFindings(countryLoc);
  const role = useFieldFindings(roleLoc);
  const type = useFieldFindings(typeLoc);
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
        <label><span>{t('annexes.people.partnerType')}</span>
          <select {...fieldProps(typeLoc, type)} value={partner.type} onChange={(e) => set({ type: e.target.value })}>
            <option value="">{t('parties.choose')}</option>
            {types.map((ty) => <option key={ty.id} value={ty.id}>{ty[lang]}</option>)}
            {partner.type && !types.some((ty) => ty.id === partner.type) && <option value={partner.type}>{partner.type}</option>}
          </select></label>
        {count > 1 && (
          <button type="button" className="kp-icon-button" aria-label={t('parties.remove', { n })} title={t('parties.remove', { n })}
            onClick={() => updateFields((d) => ({ ...d, partners: d.partners.filter((p) => p.id !== partner.id) }))}>✕</button>
        )}
      </div>
      <FieldMessages loc={orgLoc} found={org} />
      <FieldMessages loc={countryLoc} found={country} />
      <FieldMessages loc={roleLoc} found={role} />
      <FieldMessages loc={typeLoc} found={type} />
      {(['contact', 'signatory'] as const).map((r) => (
        <PersonFields key={r} legend={t(`annexes.people.${r}`)} loc={`partner:${partner.id}:${r}`} person={partner[r]}
          onChange={(patch, key) => set({ [r]: { ...partner[r], ...patch } }, key)} />
      ))}
    </fieldset>
  );
}
