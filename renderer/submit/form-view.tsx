import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formCounts } from '../../core/submit';
import { currentDraft } from '../actions/draft-commands';
import { Modal } from '../dialogs/modal';
import { openDialog } from '../state/app-state';
import { copyForForm } from './copy-text';
import { draftCounting, formFields, type FormField } from './form-fields';

/** The counts of one text: in the form's unit when known, otherwise all of them. */
export function FieldCounts({ text, editionUnit, lineBreak }: { text: string; editionUnit: string; lineBreak: 0 | 1 | 2 | 'unknown' }) {
  const { t } = useTranslation();
  const c = formCounts(text, lineBreak === 'unknown' ? 1 : lineBreak);
  const parts = editionUnit === 'words' ? [t('submit.form.words', { count: c.words })]
    : editionUnit === 'charactersWithSpaces' ? [t('submit.form.withSpaces', { count: c.charactersWithSpaces })]
      : editionUnit === 'charactersWithoutSpaces' ? [t('submit.form.withoutSpaces', { count: c.charactersWithoutSpaces })]
        : [t('submit.form.words', { count: c.words }), t('submit.form.withSpaces', { count: c.charactersWithSpaces }), t('submit.form.withoutSpaces', { count: c.charactersWithoutSpaces })];
  if (lineBreak === 'unknown' && c.lineBreaks > 0 && editionUnit !== 'words') {
    parts.push(t('submit.form.withLineBreaksAsTwo', { count: formCounts(text, 2).charactersWithSpaces }));
  }
  return <p className="kp-form-counts" data-kp-form-words={c.words} data-kp-form-characters={c.charactersWithSpaces}>{parts.join(' · ')}</p>;
}

function FieldRow({ field, unit, lineBreak }: { field: FormField; unit: string; lineBreak: 0 | 1 | 2 | 'unknown' }) {
  const { t } = useTranslation();
  return (
    <li className="kp-form-field" data-kp-form-field={field.id}>
      <div className="kp-form-field-head">
        <h3>{field.label}</h3>
        {field.text !== null && field.text !== '' && (
          <button type="button" className="kp-form-copy" aria-label={`${t('submit.form.copy')}: ${field.label}`} onClick={() => void copyForForm(field.text!, field.label)}>
            {t('submit.form.copyShort')}
          </button>
        )}
      </div>
      {field.text === null ? <p className="kp-muted">{t(field.id === 'annexes' ? 'submit.form.annexesNote' : 'submit.form.structured')}</p>
        : field.text === '' ? <p className="kp-muted">{t('submit.form.empty')}</p>
          : <><pre className="kp-form-text">{field.text}</pre><FieldCounts text={field.text} editionUnit={unit} lineBreak={lineBreak} /></>}
      {field.limit && <p className="kp-muted">{t(field.limit.uncertain ? 'submit.form.limitUncertain' : 'submit.form.limit', { max: field.limit.maxWords })}</p>}
    </li>
  );
}

/** "Formulärvy": every field of ICLD's online form with the text to paste, its count and a copy button. */
export function FormViewDialog() {
  const { t } = useTranslation();
  const [draft] = useState(currentDraft);
  const close = () => openDialog(null);
  if (!draft) return null;
  const counting = draftCounting(draft);
  return (
    <Modal title={t('submit.form.title')} onClose={close} className="kp-form-view">
      <p className="kp-muted">{t('submit.form.intro')}</p>
      {counting.unit === 'unknown' && <p className="kp-muted" data-kp-counting="unknown">{t('submit.form.countingUnknown')}</p>}
      <ol className="kp-form-fields">
        {formFields(draft).map((f) => <FieldRow key={f.id} field={f} unit={counting.unit} lineBreak={counting.lineBreak} />)}
      </ol>
      <div className="kp-dialog-actions"><button type="button" className="kp-primary" onClick={close}>{t('submit.close')}</button></div>
    </Modal>
  );
}
