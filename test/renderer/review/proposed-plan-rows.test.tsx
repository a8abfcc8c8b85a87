import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../core/draft/annotation';
import type { Activity, Risk } from '../../../core/draft/framework';
import { parseDraftFile } from '../../../core/draft/file-format';
import type { Draft } from '../../../core/draft/schema';
import { fieldAnchor, itemAnchor } from '../../../core/review/field-anchor';
import { startComment } from '../../../renderer/review/comment-actions';
import { CommentsPanel } from '../../../renderer/review/comments-panel';
import { Notices } from '../../../renderer/app';
import { ActivityPlanCard } from '../../../renderer/cards/activity-plan-card';
import { RiskCard } from '../../../renderer/cards/risk-card';
import { SidePanel } from '../../../renderer/layout/side-panel';
import { reviewStore, setRole } from '../../../renderer/review/review-state';
import { appStore } from '../../../renderer/state/app-state';
import { undoStep } from '../../../renderer/state/doc-history';
import { docStore } from '../../../renderer/state/doc-state';
import { templateSections } from '../../../renderer/template';
import { openDraft } from '../support/drafts';

const karin = { name: 'Karin Ek', initials: 'KE' };
const activity = (id: string, title: string): Activity => ({ id, title, description: '', resultIds: [], startMonth: 2, endMonth: 3, place: 'partner_country', parties: [], kind: null, participants: null });
const risk = (id: string, text: string): Risk => ({ id, text, likelihood: 2, impact: 3, mitigation: 'Förankra', owner: 'Projektledaren', threatens: null });

const base = (): Draft => {
  const r = parseDraftFile(readFileSync(join(__dirname, '../../fixtures/drafts/versions/review-suggestions.v5.kpdraft'), 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  // Budget line b1 is linked to the activity proposed for removal.
  return { ...r.value, annotations: [], activities: [activity('a1', 'Workshop i Mombasa')], risks: [risk('r1', 'Valet byter majoritet'), risk('r2', 'Visum dröjer')],
    budget: r.value.budget.map((l, i) => (i === 0 ? { ...l, activityId: 'a1' } : l)) };
};

function proposals(d: Draft): Annotation[] {
  const common = { author: karin, editedAt: null, resolved: false, replies: [] };
  return [
    { ...common, id: 'p-act', body: 'Ett studiebesök behövs.', createdAt: '2026-11-20T10:00:00+01:00', anchor: fieldAnchor('activity'),
      proposal: { kind: 'add-row', table: 'activity', row: activity('a1', 'Studiebesök i Uppsala') } },
    { ...common, id: 'p-risk', body: 'Inte trolig.', createdAt: '2026-11-20T10:05:00+01:00', anchor: { kind: 'field', field: 'risk:r2' },
      proposal: { kind: 'remove-row', table: 'risk', row: d.risks[1]! } },
    { ...common, id: 'p-act-rm', body: 'Ryms inte.', createdAt: '2026-11-20T10:06:00+01:00', anchor: { kind: 'field', field: 'activity:a1' },
      proposal: { kind: 'remove-row', table: 'activity', row: d.activities[0]! } },
  ];
}

async function openAsAuthor(draft: Draft) {
  appStore.set((s) => ({ settings: { ...s.settings, authorName: 'Anna Berg', authorInitials: 'AB' } }));
  openDraft(draft, '/home/anna/Utkast/ansokan.kpdraft');
  render(<><ActivityPlanCard /><RiskCard /><SidePanel sections={templateSections(draft.component)} /><Notices /></>);
  await userEvent.click(screen.getByRole('tab', { name: /Ändringar/ }));
  return screen.getByRole('tabpanel', { name: /Ändringar/ });
}

const activityIds = () => docStore.get().draft!.activities.map((a) => a.id);
const riskIds = () => docStore.get().draft!.risks.map((r) => r.id);
const openIds = () => reviewStore.get().annotations.filter((a) => !a.resolved).map((a) => a.id);

describe('proposed activities and risks in the plan, the register and the change list', () => {
  it('show a new activity as a labelled, inserted item and a risk removal struck and labelled, both listed with their cards', async () => {
    const d = base();
    const panel = await openAsAuthor({ ...d, annotations: proposals(d) });
    const ghost = document.querySelector('[data-kp-proposed-row="p-act"]') as HTMLElement;
    expect(ghost.closest('ol')?.className).toContain('kp-activities');
    expect(ghost.textContent).toContain('Studiebesök i Uppsala');
    expect(ghost.textContent).toContain('Föreslagen rad · Karin Ek');
    expect(ghost.querySelector('ins')).not.toBeNull();
    const struck = document.querySelector('[data-kp-loc="risk:r2"]') as HTMLElement;
    expect(struck.className).toContain('kp-proposed-removal');
    expect(struck.querySelector('[data-kp-proposed-removal="p-risk"]')!.textContent).toContain('Föreslås tas bort · Karin Ek');
    const plan = within(panel).getByRole('region', { name: /^Aktivitetsplan/ });
    expect(within(plan).getByText(/Studiebesök i Uppsala · månad 2–3 · Partnerlandet/)).toBeTruthy();
    const risks = within(panel).getByRole('region', { name: /^Riskregister/ });
    expect(within(risks).getByText(/Visum dröjer · Projektledaren/)).toBeTruthy();
  });

  it('accepting the activity adds it under a fresh id; rejecting the risk removal keeps the risk; undo takes both back', async () => {
    const d = base();
    const [act, rm] = proposals(d);
    await openAsAuthor({ ...d, annotations: [act!, rm!] });
    const ghost = document.querySelector('[data-kp-proposed-row="p-act"]') as HTMLElement;
    await userEvent.click(within(ghost).getByRole('button', { name: /^Acceptera/ }));
    expect(activityIds()).toEqual(['a1', 'a1-2']);
    expect(docStore.get().draft!.activities[1]!.title).toBe('Studiebesök i Uppsala');
    await waitFor(() => expect(document.querySelector('[data-kp-proposed-row="p-act"]')).toBeNull());
    const note = document.querySelector('[data-kp-proposed-removal="p-risk"]') as HTMLElement;
    await userEvent.click(within(note).getByRole('button', { name: /^Avvisa/ }));
    expect(riskIds()).toEqual(['r1', 'r2']);
    expect(openIds()).toEqual([]);
    await waitFor(() => expect(document.querySelector('[data-kp-loc="risk:r2"]')!.className).not.toContain('kp-proposed-removal'));
    undoStep();
    undoStep();
    expect(activityIds()).toEqual(['a1']);
    expect(openIds().sort()).toEqual(['p-act', 'p-risk']);
  });

  it('accepting the removal of an activity a budget line is linked to removes it, keeps the line’s link and says so', async () => {
    const d = base();
    const panel = await openAsAuthor({ ...d, annotations: [proposals(d)[2]!] });
    await userEvent.click(within(panel).getByRole('button', { name: /^Acceptera ändringen: Ta bort rad/ }));
    expect(activityIds()).toEqual([]);
    expect(docStore.get().draft!.budget[0]!.activityId).toBe('a1');
    expect(await screen.findByText(/1 budgetrad var kopplad till den/)).toBeTruthy();
  });

  it('a reviewer proposes a new risk from the register; the author’s register stays as it was', async () => {
    appStore.set((s) => ({ settings: { ...s.settings, authorName: 'Karin Ek', authorInitials: 'KE' } }));
    openDraft(base(), '/home/anna/Utkast/ansokan.kpdraft');
    setRole('reviewer');
    render(<><ActivityPlanCard /><RiskCard /><SidePanel sections={templateSections('project')} /></>);
    const register = document.querySelector('.kp-risks') as HTMLElement;
    await userEvent.click(within(register).getByRole('button', { name: '+ Föreslå ny rad' }));
    const form = await screen.findByRole('group', { name: 'Ny rad som föreslås' });
    await userEvent.type(within(form).getByRole('textbox', { name: 'Risk' }), 'Tolken slutar');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Sannolikhet' }), '3');
    await userEvent.type(within(form).getByRole('textbox', { name: 'Ansvarig' }), 'Koordinatorn');
    await userEvent.type(screen.getByRole('textbox', { name: 'Ny kommentar' }), 'Vi har bara en tolk.');
    await userEvent.click(screen.getByRole('button', { name: 'Kommentera' }));
    await waitFor(() => expect(reviewStore.get().annotations).toHaveLength(1));
    expect(reviewStore.get().annotations[0]).toMatchObject({ anchor: { kind: 'field', field: 'risk' },
      proposal: { kind: 'add-row', table: 'risk', row: { text: 'Tolken slutar', likelihood: 3, owner: 'Koordinatorn', threatens: null } } });
    expect(riskIds()).toEqual(['r1', 'r2']);
    expect(document.querySelector('[data-kp-proposed-row]')?.textContent).toContain('Tolken slutar');
  });

  it('a reviewer’s comment on an activity offers its removal and a value for its title; the author accepts the title into the activity', async () => {
    appStore.set((s) => ({ settings: { ...s.settings, authorName: 'Karin Ek', authorInitials: 'KE' } }));
    openDraft(base(), '/home/anna/Utkast/ansokan.kpdraft');
    setRole('reviewer');
    render(<CommentsPanel />);
    startComment(itemAnchor('activity', 'a1'));
    expect(await screen.findByRole('checkbox', { name: 'Föreslå att raden tas bort' })).toBeTruthy();
    await userEvent.type(screen.getByRole('textbox', { name: 'Föreslå värde (valfritt)' }), 'Workshop om källsortering');
    await userEvent.type(screen.getByRole('textbox', { name: 'Ny kommentar' }), 'Säg vad den handlar om.');
    await userEvent.click(screen.getByRole('button', { name: 'Kommentera' }));
    await waitFor(() => expect(reviewStore.get().annotations).toHaveLength(1));
    expect(reviewStore.get().annotations[0]).toMatchObject({ anchor: { field: 'activity:a1' }, proposal: { property: 'title', value: 'Workshop om källsortering', was: 'Workshop i Mombasa' } });
    setRole('author');
    const box = (await screen.findByText('Föreslaget värde: Workshop om källsortering (nu Workshop i Mombasa)')).closest('[data-kp-proposal]') as HTMLElement;
    await userEvent.click(within(box).getByRole('button', { name: /Acceptera/ }));
    expect(docStore.get().draft!.activities[0]!.title).toBe('Workshop om källsortering');
    expect(openIds()).toEqual([]);
  });
});
