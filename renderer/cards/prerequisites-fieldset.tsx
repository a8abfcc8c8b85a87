import { useTranslation } from 'react-i18next';
import type { Prerequisite, PrerequisiteKey } from '../../core/draft/schema';
import { applicablePrerequisites, findPack } from '../../core/rules';
import { FieldMessages, useFieldFindings } from '../findings/field-findings';
import { loadedPacks } from '../rules/engine';
import { useStore } from '../state/create-store';
import { docStore, updateFields } from '../state/doc-state';
import { useDocumentTextProps } from '../editor/spelling';

function setPrerequisite(k: PrerequisiteKey, patch: Partial<Prerequisite>, key?: string): void {
  updateFields((d) => ({ ...d, prerequisites: { ...d.prerequisites, [k]: { ...d.prerequisites[k], ...patch } } }), key);
}

/** A year typed into the field: a whole year, or null while the field is empty or not a year yet. */
function readYear(text: string): number | null {
  const n = Number(text.trim());
  return /^\d{4}$/.test(text.trim()) && n >= 1990 && n <= 2100 ? n : null;
}

function PrerequisiteRow({ k, value }: { k: PrerequisiteKey; value: Prerequisite }) {
  const { t } = useTranslation();
  const loc = `field:prerequisites.${k}`;
  const found = useFieldFindings(loc);
  const text = useDocumentTextProps('name');
  return (
    <div data-kp-loc={loc} className={found[0] ? `kp-declaration kp-decl-${found[0].severity}` : 'kp-declaration'}>
      <label className="kp-check">
        <input type="checkbox" checked={value.held} aria-describedby={found[0] ? `msg-${loc}` : undefined}
          onChange={(e) => setPrerequisite(k, { held: e.target.checked })} />
        {t(`annexes.prerequisite.${k}`)}
      </label>
      {value.held && (
        <div className="kp-field-row kp-prerequisite-details">
          <label><span>{t('annexes.year')}</span>
            <input data-kp-prerequisite-year={k} inputMode="numeric" maxLength={4} size={5} defaultValue={value.year ?? ''}
              onChange={(e) => setPrerequisite(k, { year: readYear(e.target.value) }, `${loc}.year`)} /></label>
          <label><span>{t('annexes.reference')}</span>
            <input data-kp-prerequisite-reference={k} {...text} placeholder={t('annexes.referencePlaceholder')} value={value.reference}
              onChange={(e) => setPrerequisite(k, { reference: e.target.value }, `${loc}.reference`)} /></label>
        </div>
      )}
      <FieldMessages loc={loc} found={found} />
    </div>
  );
}

/** The prerequisites the component asks about in this edition, each with its year and ICLD reference. */
export function PrerequisitesFieldset() {
  const { t } = useTranslation();
  const prerequisites = useStore(docStore, (s) => s.draft!.prerequisites);
  const component = useStore(docStore, (s) => s.draft!.component);
  const editionId = useStore(docStore, (s) => s.draft!.editionId);
  // Only what the component asks about ("we did an inception" is no question for one).
  const shown = applicablePrerequisites(findPack(loadedPacks(), editionId), component);
  if (shown.length === 0) return null;
  return (
    <fieldset className="kp-declarations">
      <legend>{t('annexes.prerequisitesLegend')}</legend>
      {shown.map((k) => <PrerequisiteRow key={k} k={k} value={prerequisites[k]} />)}
    </fieldset>
  );
}
