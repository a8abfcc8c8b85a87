import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { finishLink, type LinkTarget } from '../editor/link-command';
import { MAX_LINK_URL_LENGTH } from '../../core/draft/rich-text';
import { normalizeLinkUrl, type LinkUrl } from '../../core/html/link-url';
import { Modal } from './modal';

type Refusal = Extract<LinkUrl, { ok: false }>;

/** Insert, change or remove a link: the address (checked on OK), and the text when nothing was selected. */
export function LinkDialog({ target }: { target: LinkTarget }) {
  const { t, i18n } = useTranslation();
  const [url, setUrl] = useState(target.url);
  const [text, setText] = useState('');
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const urlInput = useRef<HTMLInputElement>(null);
  const problemId = useId();
  // After the Modal's own effect has opened the dialog (children's effects run first).
  useEffect(() => urlInput.current?.select(), []);

  const confirm = () => {
    const checked = normalizeLinkUrl(url);
    if (!checked.ok) {
      setRefusal(checked);
      urlInput.current?.focus();
      return;
    }
    finishLink(target, { url: checked.url, text });
  };
  const problem = refusal && t(`link.problem.${refusal.problem}`, { scheme: refusal.scheme, max: MAX_LINK_URL_LENGTH.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'sv-SE') });

  return (
    <Modal title={t(target.editing ? 'link.editTitle' : 'link.insertTitle')} onClose={() => finishLink(target, 'cancel')} className="kp-link-dialog">
      <form noValidate onSubmit={(e) => { e.preventDefault(); confirm(); }}>
        <label className="kp-stacked"><span>{t('link.url')}</span>
          <input ref={urlInput} name="url" value={url} placeholder={t('link.urlPlaceholder')} inputMode="url" autoComplete="off" spellCheck={false}
            aria-invalid={refusal ? true : undefined} aria-describedby={refusal ? problemId : undefined}
            onChange={(e) => { setUrl(e.target.value); setRefusal(null); }} /></label>
        {problem && <p id={problemId} className="kp-inline-error" role="alert">{problem}</p>}
        {target.needsText && (
          <label className="kp-stacked"><span>{t('link.text')}</span>
            <input name="text" value={text} placeholder={t('link.textPlaceholder')} onChange={(e) => setText(e.target.value)} /></label>
        )}
        <div className="kp-dialog-actions">
          {target.editing && <button type="button" className="kp-link-remove" onClick={() => finishLink(target, 'remove')}>{t('link.remove')}</button>}
          <button type="submit" className="kp-primary">{t('link.ok')}</button>
          <button type="button" onClick={() => finishLink(target, 'cancel')}>{t('dialogs.cancel')}</button>
        </div>
      </form>
    </Modal>
  );
}
