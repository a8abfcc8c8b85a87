import { useTranslation } from 'react-i18next';
import type { TemplateSection } from '../../core/template/schema';
import { fromEditorValue } from '../../core/editor/convert';
import { decidedSection } from '../../core/review/decided-text';
import { formText } from '../../core/submit';
import { sectionEditor } from '../editor/session';
import { docStore } from '../state/doc-state';
import { copyForForm } from './copy-text';

/** A text section's text as ICLD's web form should get it: the author's text (open suggestions left out), normalised. */
export function sectionFormText(sectionId: string): string {
  const editor = sectionEditor(sectionId);
  const value = editor ? fromEditorValue(editor.children) : docStore.get().draft?.sections[sectionId];
  return value ? formText(decidedSection(value, 'author')) : '';
}

/** "Kopiera för webbformuläret" in a text section's heading. */
export function CopySectionButton({ section }: { section: TemplateSection }) {
  const { t, i18n } = useTranslation();
  const title = section.title[i18n.language === 'en' ? 'en' : 'sv'];
  return (
    <button type="button" className="kp-copy-for-form" data-kp-copy-section={section.id} title={t('submit.form.copy')}
      onClick={() => void copyForForm(sectionFormText(section.id), title)}>
      {t('submit.form.copy')}
    </button>
  );
}
