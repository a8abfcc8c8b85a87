import { useTranslation } from 'react-i18next';
import { useDocumentTextProps } from '../editor/spelling';
import { CoreAreaId } from '../../core/draft/schema';
import { FieldMessages, useFieldFindings } from '../findings/field-findings';
import { useStore } from '../state/create-store';
import { docStore, updateFields } from '../state/doc-state';

/** The four democratic core areas (kärnområden), each with its justification. */
export function CoreAreasCard() {
  const { t } = useTranslation();
  const selected = useStore(docStore, (s) => s.draft!.coreAreas);
  return (
    <fieldset className="kp-card kp-core-areas">
      <legend>{t('coreAreas.legend')}</legend>
      {CoreAreaId.options.map((id) => <CoreArea key={id} id={id} selected={selected.find((c) => c.id === id)} />)}
    </fieldset>
  );
}

function CoreArea({ id, selected }: { id: CoreAreaId; selected?: { justification: string } }) {
  const { t } = useTranslation();
  const loc = `core-area:${id}`;
  const found = useFieldFindings(loc);
  const name = t(`coreAreas.names.${id}.0`);
  const toggle = (on: boolean) => updateFields((d) => ({
    ...d,
    coreAreas: on ? [...d.coreAreas, { id, justification: '' }].sort((a, b) => CoreAreaId.options.indexOf(a.id) - CoreAreaId.options.indexOf(b.id))
      : d.coreAreas.filter((c) => c.id !== id),
  }));
  const text = useDocumentTextProps();
  return (
    <div className={`kp-core-area ${selected ? 'selected' : ''}`} data-kp-loc={loc}>
      <label className="kp-check">
        <input type="checkbox" checked={!!selected} onChange={(e) => toggle(e.target.checked)} />
        <span><strong>{name}</strong> – {t(`coreAreas.names.${id}.1`)}</span>
      </label>
      {selected && (
        <label className="kp-justification"><span className="kp-sr-only">{t('coreAreas.justification', { area: name })}</span>
          <textarea rows={3} {...text} aria-label={t('coreAreas.justification', { area: name })} placeholder={t('coreAreas.justification', { area: name })} value={selected.justification}
            onChange={(e) => updateFields((d) => ({ ...d, coreAreas: d.coreAreas.map((c) => (c.id === id ? { ...c, justification: e.target.value } : c)) }), loc)} />
        </label>
      )}
      <FieldMessages loc={loc} found={found} />
    </div>
  );
}
