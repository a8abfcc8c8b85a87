import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateSection } from '../../core/template/schema';
import { SourceNote } from './source-note';

/**
 * A section's guidance callout, in the UI language, folded with its button. The body stays in the
 * document while folded (hidden) so the button's aria-controls always names an element.
 */
export function SectionGuidance({ section }: { section: TemplateSection }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const [open, setOpen] = useState(true);
  const bodyId = `kp-g-${section.id}`;
  return (
    <div className={`kp-guidance ${open ? 'open' : ''}`}>
      <button type="button" className="kp-guidance-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
        <span aria-hidden>{open ? '▾' : '▸'}</span> {t('sections.guidance')}
      </button>
      <div id={bodyId} className="kp-guidance-body" hidden={!open}>
        <p>{section.guidance[lang]}</p>
        <SourceNote ids={section.sources} />
      </div>
    </div>
  );
}
