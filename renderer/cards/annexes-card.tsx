import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annex, AnnexState } from '../../core/draft/schema';
import { findPack } from '../../core/rules';
import { bridge } from '../bridge';
import { FieldMessages, fieldProps, useFieldFindings } from '../findings/field-findings';
import { loadedPacks } from '../rules/engine';
import { useStore } from '../state/create-store';
import { docStore } from '../state/doc-state';
import { chooseAnnexFile, fileName, setAnnex } from './annex-file';
import { PrerequisitesFieldset } from './prerequisites-fieldset';
import { LinkedCard } from './linked-card';
import { WrapSelect } from './wrap-select';

const STATES: readonly AnnexState[] = ['missing', 'draft', 'signed'];

/** Whether each remembered file is still there, asked again whenever the list of paths changes. */
function useFilesFound(paths: string[]): Map<string, boolean> {
  const [found, setFound] = useState(new Map<string, boolean>());
  const key = paths.join('\n');
  useEffect(() => {
    if (key === '') return;
    let live = true;
    const asked = key.split('\n');
    void bridge.invoke('files:exist', { paths: asked }).then((r) => {
      if (live && r.ok) setFound(new Map(asked.map((p, i) => [p, r.value.exists[i] === true])));
    });
    return () => { live = false; };
    // The joined paths stand for the list: a new array with the same paths asks nothing again.
  }, [key]);
  return found;
}

function AnnexRow({ kind, name, annex, found }: { kind: string; name: string; annex: Annex | undefined; found: boolean | undefined }) {
  const { t } = useTranslation();
  const loc = `field:annexes.${kind}`;
  const findings = useFieldFindings(loc);
  const file = annex?.file ?? null;
  return (
    <div className="kp-annex" data-kp-annex={kind}>
      <div className="kp-field-row">
        <span className="kp-annex-name" id={`annex-${kind}`}>{name}</span>
        <label><span>{t('annexes.state')}</span>
          <WrapSelect {...fieldProps(loc, findings)} value={annex?.state ?? 'missing'} aria-describedby={`annex-${kind}`}
            onChange={(e) => setAnnex(kind, { state: e.target.value as AnnexState })}>
            {STATES.map((s) => <option key={s} value={s}>{t(`annexes.states.${s}`)}</option>)}
          </WrapSelect></label>
        <span className="kp-annex-file" data-kp-annex-file={kind}>
          {file
            ? <><span title={file}>{fileName(file)}</span>{found !== undefined && <span className={found ? 'kp-file-found' : 'kp-file-missing'}> ({t(found ? 'annexes.fileFound' : 'annexes.fileMissing')})</span>}</>
            : <span className="kp-muted">{t('annexes.noFile')}</span>}
        </span>
        <button type="button" onClick={() => void chooseAnnexFile(kind, t('annexes.pickTitle', { annex: name }))}>
          {t(file ? 'annexes.changeFile' : 'annexes.chooseFile')}</button>
        {file && <button type="button" className="kp-icon-button" aria-label={t('annexes.removeFile', { annex: name })} title={t('annexes.removeFile', { annex: name })}
          onClick={() => setAnnex(kind, { file: null })}>✕</button>}
      </div>
      <FieldMessages loc={loc} found={findings} />
    </div>
  );
}

/** The annexes the component's application comes with in this edition, and its prerequisites. */
export function AnnexesCard() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const annexes = useStore(docStore, (s) => s.draft!.annexes);
  const component = useStore(docStore, (s) => s.draft!.component);
  const editionId = useStore(docStore, (s) => s.draft!.editionId);
  const pack = findPack(loadedPacks(), editionId);
  // Unknown edition: what the draft records, by kind id, so nothing is hidden on a guess.
  const kinds = pack
    ? (pack.components.find((c) => c.id === component)?.annexes ?? []).map((a) => {
      const k = pack.annexKinds.find((x) => x.id === a.kind);
      return { kind: a.kind, name: k ? k[lang] : a.kind };
    })
    : annexes.map((a) => ({ kind: a.kind, name: a.kind }));
  const files = annexes.flatMap((a) => (a.file ? [a.file] : []));
  const found = useFilesFound(files);
  return (
    <div className="kp-annexes">
      <fieldset className="kp-card kp-annex-list">
        <legend>{t('annexes.legend')}</legend>
        <p className="kp-hint">{t('annexes.hint')}</p>
        {kinds.length === 0 && <p className="kp-muted">{t('annexes.none')}</p>}
        {kinds.map(({ kind, name }) => {
          const annex = annexes.find((a) => a.kind === kind);
          return <AnnexRow key={kind} kind={kind} name={name} annex={annex} found={annex?.file ? found.get(annex.file) : undefined} />;
        })}
      </fieldset>
      <LinkedCard />
      <PrerequisitesFieldset />
    </div>
  );
}
