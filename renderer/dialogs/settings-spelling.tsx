import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentLanguage } from '../../core/draft/schema';
import type { SpellingStatus } from '../../core/ipc/contract';
import type { SettingsForm } from './settings-form';

interface Props {
  form: SettingsForm;
  /** Where each language's dictionary comes from; null until main has answered. */
  status: SpellingStatus | null;
  set: <K extends keyof SettingsForm>(key: K, value: SettingsForm[K]) => void;
}

/** Spelling on or off, the languages checked, and a line for a language this computer has no dictionary for. */
export function SpellingFields({ form, status, set }: Props) {
  const { t } = useTranslation();
  const labelId = useId();
  // Where the dictionaries that are there come from (the same for every language of one platform).
  const source = status && DocumentLanguage.options.map((l) => status[l]).find((x) => x !== 'missing');
  const toggle = (l: DocumentLanguage, on: boolean) =>
    set('spellcheckLanguages', on ? DocumentLanguage.options.filter((x) => x === l || form.spellcheckLanguages.includes(x)) : form.spellcheckLanguages.filter((x) => x !== l));
  return (
    <fieldset>
      <legend>{t('settings.spelling')}</legend>
      <label className="kp-check"><input type="checkbox" name="spellcheck" checked={form.spellcheck} onChange={(e) => set('spellcheck', e.target.checked)} />
        {t('settings.spellcheck')}</label>
      <p className="kp-muted kp-settings-hint kp-settings-indent">{t('settings.spellcheckHint')}</p>
      <div className="kp-settings-languages kp-settings-indent" role="group" aria-labelledby={labelId}>
        <span id={labelId}>{t('settings.spellLanguages')}:</span>
        {DocumentLanguage.options.map((l) => (
          <label key={l} className="kp-check"><input type="checkbox" name={`spell-${l}`} disabled={!form.spellcheck} checked={form.spellcheckLanguages.includes(l)}
            onChange={(e) => toggle(l, e.target.checked)} />{t(`languages.${l}`)}</label>
        ))}
      </div>
      {DocumentLanguage.options.filter((l) => status?.[l] === 'missing').map((l) => (
        <p key={l} className="kp-settings-hint kp-settings-indent kp-warning-text" data-kp-dictionary-missing={l}>
          {t(l === 'sv-SE' ? 'settings.source.missing_sv' : 'settings.source.missing_en')}</p>
      ))}
      {source && <p className="kp-muted kp-settings-hint kp-settings-indent">{t(`settings.source.${source}`)}</p>}
    </fieldset>
  );
}
