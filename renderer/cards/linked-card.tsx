import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { partnerComponent } from '../../core/rules/checks/linked';
import { FieldMessages, useFieldFindings } from '../findings/field-findings';
import { useStore } from '../state/create-store';
import { docStore } from '../state/doc-state';
import { linkedStore } from '../state/linked-state';
import { fileName } from './annex-file';
import { chooseLinkedDraft, readLinked, removeLink } from './linked-file';

const LOC = 'field:linkedDraft';

/** What is known of the linked draft: found and of the expected component, of another, or unreadable. */
function useLinkedStatus(file: string | null, expected: string): 'reading' | 'found' | 'wrong' | 'unreadable' {
  const read = useStore(linkedStore, (s) => s.read);
  useEffect(() => {
    if (file && linkedStore.get().read?.file !== file) void readLinked(file);
  }, [file]);
  if (!file || !read || read.file !== file) return 'reading';
  if (!read.result.ok) return 'unreadable';
  return read.result.summary.component === expected ? 'found' : 'wrong';
}

/** A project's steering-group application submitted with it, or the project a steering group belongs to. */
export function LinkedCard() {
  const { t } = useTranslation();
  const component = useStore(docStore, (s) => s.draft!.component);
  const linked = useStore(docStore, (s) => s.draft!.linkedDraft);
  const findings = useFieldFindings(LOC);
  const expected = partnerComponent(component);
  const status = useLinkedStatus(linked?.file ?? null, expected ?? '');
  if (expected === null) return null;
  const which = component === 'project' ? 'project' : 'steeringGroup';
  return (
    <fieldset className="kp-card kp-linked" data-kp-linked="">
      <legend>{t(`linked.legend.${which}`)}</legend>
      <div className="kp-field-row">
        <span className="kp-linked-draft" data-kp-linked-draft="">
          {linked
            ? <><span title={linked.file}>{linked.title || fileName(linked.file)}</span> <span className={status === 'found' ? 'kp-file-found' : 'kp-file-missing'}>({t(`linked.status.${status}`)})</span></>
            : <span className="kp-muted">{t('linked.none')}</span>}
        </span>
        <button type="button" onClick={() => void chooseLinkedDraft(t(`linked.pickTitle.${which}`))}>{t(linked ? 'linked.change' : 'linked.choose')}</button>
        {linked && <button type="button" onClick={removeLink}>{t('linked.remove')}</button>}
      </div>
      <FieldMessages loc={LOC} found={findings} />
    </fieldset>
  );
}
