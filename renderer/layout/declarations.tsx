import { useTranslation } from 'react-i18next';
import type { Declarations as DeclarationsT } from '../../core/draft/schema';
import { FieldMessages, useFieldFindings } from '../findings/field-findings';
import { useStore } from '../state/create-store';
import { applicableDeclarations, findPack, type DeclarationKey } from '../../core/rules';
import { loadedPacks } from '../rules/engine';
import { docStore, updateFields } from '../state/doc-state';

function Declaration({ k, checked }: { k: DeclarationKey; checked: boolean }) {
  const { t } = useTranslation();
  const loc = `field:declarations.${k}`;
  const found = useFieldFindings(loc);
  return (
    <div data-kp-loc={loc} className={found[0] ? `kp-declaration kp-decl-${found[0].severity}` : 'kp-declaration'}>
      <label className="kp-check">
        <input type="checkbox" checked={checked} aria-describedby={found[0] ? `msg-${loc}` : undefined}
          onChange={(e) => updateFields((d) => ({ ...d, declarations: { ...d.declarations, [k]: e.target.checked } }))} />
        {t(`declarations.${k}`)}
      </label>
      <FieldMessages loc={loc} found={found} />
    </div>
  );
}

/** Yes/no prerequisites and attachments the programme asks about. */
export function DeclarationsFieldset() {
  const { t } = useTranslation();
  const decl = useStore(docStore, (s) => s.draft!.declarations) as DeclarationsT;
  const component = useStore(docStore, (s) => s.draft!.component);
  const editionId = useStore(docStore, (s) => s.draft!.editionId);
  // Only what the component asks about in this edition ("we did an inception" is no question for one).
  const shown = applicableDeclarations(findPack(loadedPacks(), editionId), component);
  if (shown.length === 0) return null;
  return (
    <fieldset className="kp-declarations">
      <legend>{t('declarations.legend')}</legend>
      {shown.map((k) => <Declaration key={k} k={k} checked={decl[k]} />)}
    </fieldset>
  );
}
