import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamMember } from '../../core/draft/schema';
import { FieldMessages, useFieldFindings } from '../findings/field-findings';
import { useStore } from '../state/create-store';
import { docStore, updateFields } from '../state/doc-state';
import { newId } from './ids';
import { CellText } from './cell-text';
import { WrapSelect } from './wrap-select';
import { focusNewRow } from './focus-new-row';
import { useDocumentTextProps } from '../editor/spelling';
import { ProposedRows, ProposeRowButton, useRemovalMarks } from '../review';

const MemberRow = memo(function MemberRow({ m, sides }: { m: TeamMember; sides: Array<[string, string]> }) {
  const { t } = useTranslation();
  const loc = `team:${m.id}`;
  const found = useFieldFindings(loc);
  const set = (patch: Partial<TeamMember>, key?: string) =>
    updateFields((d) => ({ ...d, team: d.team.map((x) => (x.id === m.id ? { ...x, ...patch } : x)) }), key);
  const label = m.name || t('team.name');
  const text = useDocumentTextProps();
  const name = useDocumentTextProps('name');
  const removal = useRemovalMarks('team', m.id);
  const rowClass = [found[0] ? `kp-row-${found[0].severity}` : '', removal.className].filter(Boolean).join(' ');
  return (
    <>
      <tr data-kp-loc={loc} className={rowClass || undefined}>
        <td><CellText {...name} aria-label={`${t('team.name')}`} data-kp-team-field="name" value={m.name} onValue={(name) => set({ name }, `${loc}:name`)} /></td>
        <td><CellText {...text} aria-label={`${t('team.role')} (${label})`} value={m.role} onValue={(role) => set({ role }, `${loc}:role`)} /></td>
        <td><WrapSelect aria-label={`${t('team.side')} (${label})`} value={m.side} onChange={(e) => set({ side: e.target.value })}>
          {sides.map(([id, name]) => <option key={id} value={id}>{name}</option>)}</WrapSelect></td>
        <td><WrapSelect aria-label={`${t('team.kind')} (${label})`} value={m.kind}
          onChange={(e) => set({ kind: e.target.value as TeamMember['kind'], politicalSide: e.target.value === 'politician' ? m.politicalSide ?? 'majority' : null })}>
          {(['politician', 'civil_servant', 'cso', 'other'] as const).map((k) => <option key={k} value={k}>{t(`team.kinds.${k}`)}</option>)}</WrapSelect></td>
        <td><WrapSelect aria-label={`${t('team.politicalLong')} (${label})`} value={m.politicalSide ?? ''} disabled={m.kind !== 'politician'}
          onChange={(e) => set({ politicalSide: (e.target.value || null) as TeamMember['politicalSide'] })}>
          <option value="">{t('team.none')}</option><option value="majority">{t('team.majority')}</option><option value="opposition">{t('team.opposition')}</option></WrapSelect></td>
        <td className="kp-flags">
          {(['coordinator', 'projectManager', 'icldContact'] as const).map((f) => (
            <label key={f} className="kp-check"><input type="checkbox" checked={m[f]} onChange={(e) => set({ [f]: e.target.checked })} />{t(`team.${f}`)}</label>
          ))}
        </td>
        <td><button type="button" className="kp-icon-button" aria-label={t('team.remove', { name: label })} title={t('team.remove', { name: label })}
          onClick={() => updateFields((d) => ({ ...d, team: d.team.filter((x) => x.id !== m.id) }))}>✕</button></td>
      </tr>
      {removal.note}
      {found.length > 0 && <tr><td colSpan={7}><FieldMessages loc={loc} found={found} /></td></tr>}
    </>
  );
});

/** Adds an empty civil servant on the Swedish side and puts the caret in the new row's name. */
function addMember(): void {
  const id = newId('t');
  updateFields((d) => ({ ...d, team: [...d.team, {
    id, name: '', role: '', side: 'swedish', kind: 'civil_servant', politicalSide: null, coordinator: false, icldContact: false, projectManager: false,
  }] }));
  focusNewRow(`[data-kp-loc="team:${id}"] [data-kp-team-field="name"]`);
}

/** Team table: role, side, politician/civil servant, majority/opposition, coordinator/contact. */
export function TeamCard() {
  const { t } = useTranslation();
  const draft = useStore(docStore, (s) => s.draft)!;
  // Stable while the party names are: the memoised rows then skip re-rendering.
  const sidesKey = [draft.applicant.organisation, ...draft.partners.map((p) => `${p.id}=${p.organisation}`)].join('|');
  const sides = useMemo((): Array<[string, string]> => [['swedish', draft.applicant.organisation || t('team.swedish')],
    ...draft.partners.map((p, i): [string, string] => [p.id, p.organisation || t('parties.partner', { n: i + 1 })])],
  [sidesKey, t]);
  return (
    <div className="kp-card kp-team">
      <table className="kp-table kp-team-table">
        <caption className="kp-sr-only">{t('team.caption')}</caption>
        <colgroup>
          <col className="kp-col-name" /><col className="kp-col-role" /><col className="kp-col-side" />
          <col className="kp-col-kind" /><col className="kp-col-political" /><col className="kp-col-flags" /><col className="kp-col-remove" />
        </colgroup>
        <thead><tr>
          <th scope="col">{t('team.name')}</th><th scope="col">{t('team.role')}</th><th scope="col">{t('team.side')}</th>
          <th scope="col">{t('team.kind')}</th><th scope="col" title={t('team.politicalLong')}><abbr title={t('team.politicalLong')}>{t('team.political')}</abbr></th><th scope="col">{t('team.flags')}</th><th scope="col"><span className="kp-sr-only">✕</span></th>
        </tr></thead>
        <tbody>
          {draft.team.length === 0 && <tr><td colSpan={7} className="kp-empty">{t('team.empty')}</td></tr>}
          {draft.team.map((m) => <MemberRow key={m.id} m={m} sides={sides} />)}
          <ProposedRows table="team" />
        </tbody>
      </table>
      <button type="button" className="kp-add" onClick={addMember}>+ {t('team.add')}</button>
      <ProposeRowButton table="team" />
    </div>
  );
}
