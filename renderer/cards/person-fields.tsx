import { useTranslation } from 'react-i18next';
import type { Person } from '../../core/draft/schema';
import { FieldMessages, fieldProps, useFieldFindings } from '../findings/field-findings';
import { useDocumentTextProps } from '../editor/spelling';

const PARTS = ['name', 'title', 'email', 'phone'] as const;

/**
 * One person of a party (contact person or signatory): name, title, e-mail and phone. `loc` is
 * the location prefix of the fields ("field:applicant.contact", "partner:p1:contact"); findings
 * about the person point at its name.
 */
export function PersonFields({ legend, loc, person, onChange }: { legend: string; loc: string; person: Person; onChange: (patch: Partial<Person>, key: string) => void }) {
  const { t } = useTranslation();
  const nameLoc = `${loc}.name`;
  const found = useFieldFindings(nameLoc);
  const text = useDocumentTextProps('name');
  return (
    <fieldset className="kp-person" data-kp-person={loc}>
      <legend>{legend}</legend>
      <div className="kp-field-row">
        {PARTS.map((part) => (
          <label key={part}><span>{t(`annexes.people.${part}`)}</span>
            <input {...(part === 'name' ? fieldProps(nameLoc, found) : { 'data-kp-loc': `${loc}.${part}` })} {...(part === 'name' || part === 'title' ? text : {})}
              type={part === 'email' ? 'email' : part === 'phone' ? 'tel' : 'text'} value={person[part]}
              onChange={(e) => onChange({ [part]: e.target.value }, `${loc}.${part}`)} /></label>
        ))}
      </div>
      <FieldMessages loc={nameLoc} found={found} />
    </fieldset>
  );
}
