import { useTranslation } from 'react-i18next';
import { ComponentId, DocumentLanguage } from '../../core/draft/schema';
import { mostSevereFirst, type Finding } from '../../core/rules/finding';
import { FieldMessages, fieldProps, useFieldFindings } from '../findings/field-findings';
import { editions } from '../rules/engine';
import { editionLabel } from '../rules/edition-label';
import { useStore } from '../state/create-store';
import { docStore, updateFields } from '../state/doc-state';
import { switchTo } from './component-switch';
import { AnnexesCard } from '../cards/annexes-card';
import { DateInput } from './date-input';
import { CellText } from '../cards/cell-text';
import { WrapSelect } from '../cards/wrap-select';
import { useDocumentTextProps } from '../editor/spelling';

/** Title, component, edition, document language, period and submission date. */
export function DraftHeader() {
  const { t } = useTranslation();
  // Narrow selections: a change elsewhere in the draft (a partner, a budget line) doesn't re-render the header.
  const title$ = useStore(docStore, (s) => s.draft!.title);
  const component = useStore(docStore, (s) => s.draft!.component);
  const editionId = useStore(docStore, (s) => s.draft!.editionId);
  const documentLanguage = useStore(docStore, (s) => s.draft!.documentLanguage);
  const draft = { title: title$, component, editionId, documentLanguage };
  const text = useDocumentTextProps();
  const f = (loc: string) => useFieldFindings(loc);
  const title = f('field:title');
  const start = f('field:period.start');
  const end = f('field:period.end');
  // Findings about the period as a whole (its length for the component) stand under both dates.
  const periodF = f('field:period');
  // A finding about the whole period (DUR-01/02) outlines both dates and is read out with each.
  const periodDate = (loc: string, own: Finding[]) => {
    const props = fieldProps(loc, [...own, ...periodF].sort(mostSevereFirst));
    const describedBy = [own.length ? `msg-${loc}` : '', periodF.length ? 'msg-field:period' : ''].filter(Boolean).join(' ');
    return { ...props, 'aria-describedby': describedBy || undefined };
  };
  const sub = f('field:submissionDate');
  const comp = f('field:component');
  const known = editions();
  const editionOptions = known.some((e) => e.id === draft.editionId) ? known : [...known, { id: draft.editionId, label: editionLabel(draft.editionId) }];
  return (
    <section className="kp-header-card" data-kp-section="general" aria-labelledby="kp-title-label">
      <label id="kp-title-label" className="kp-title-field">
        <span>{t('fields.title')}</span>
        {/* One line that wraps: a long title stays readable in full in a narrow window. */}
        <CellText {...fieldProps('field:title', title)} {...text} className={`kp-title-input ${fieldProps('field:title', title).className ?? ''}`} value={draft.title}
          placeholder={t('fields.titlePlaceholder')} onValue={(value) => updateFields((d) => ({ ...d, title: value }), 'title')} />
      </label>
      <FieldMessages loc="field:title" found={title} />
      <div className="kp-field-row">
        <label><span>{t('fields.component')}</span>
          <WrapSelect {...fieldProps('field:component', comp)} value={draft.component}
            onChange={(e) => switchTo({ component: e.target.value as ComponentId })}>
            {ComponentId.options.map((c) => <option key={c} value={c}>{t(`components.${c}.0`)}</option>)}
          </WrapSelect>
        </label>
        <label><span>{t('fields.edition')}</span>
          <WrapSelect data-kp-loc="field:editionId" value={draft.editionId} onChange={(e) => switchTo({ editionId: e.target.value })}>
            {editionOptions.map((e) => <option key={e.id} value={e.id}>{e.label}</option>)}
          </WrapSelect>
        </label>
        <label><span>{t('fields.documentLanguage')}</span>
          <WrapSelect data-kp-loc="field:documentLanguage" value={draft.documentLanguage}
            onChange={(e) => updateFields((d) => ({ ...d, documentLanguage: e.target.value as DocumentLanguage }))}>
            {DocumentLanguage.options.map((l) => <option key={l} value={l}>{t(`languages.${l}`)}</option>)}
          </WrapSelect>
        </label>
      </div>
      <FieldMessages loc="field:component" found={comp} />
      <div className="kp-field-row">
        <DateInput label={t('fields.start')} field="period.start" coalesceKey="period.start" {...periodDate('field:period.start', start)} />
        <DateInput label={t('fields.end')} field="period.end" coalesceKey="period.end" {...periodDate('field:period.end', end)} />
        <DateInput label={t('fields.submission')} field="submissionDate" coalesceKey="submission" {...fieldProps('field:submissionDate', sub)} />
      </div>
      <FieldMessages loc="field:period.start" found={start} />
      <FieldMessages loc="field:period.end" found={end} />
      <FieldMessages loc="field:period" found={periodF} />
      <FieldMessages loc="field:submissionDate" found={sub} />
      <AnnexesCard />
    </section>
  );
}
