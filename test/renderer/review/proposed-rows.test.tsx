import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../core/draft/annotation';
import { parseDraftFile } from '../../../core/draft/file-format';
import type { Draft } from '../../../core/draft/schema';
import { fieldAnchor } from '../../../core/review/field-anchor';
import { Notices } from '../../../renderer/app';
import { BudgetCard } from '../../../renderer/cards/budget-card';
import { TeamCard } from '../../../renderer/cards/team-card';
import { SidePanel } from '../../../renderer/layout/side-panel';
import { reviewStore, setRole } from '../../../renderer/review/review-state';
import { appStore } from '../../../renderer/state/app-state';
import { undoStep } from '../../../renderer/state/doc-history';
import { docStore } from '../../../renderer/state/doc-state';
import { templateSections } from '../../../renderer/template';
import { openDraft } from '../support/drafts';

const karin = { name: 'Karin Ek', initials: 'KE' };
const base = (): Draft => {
  const r = parseDraftFile(readFileSync(join(__dirname, '../../fixtures/drafts/versions/review-suggestions.v5.kpdraft'), 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  return { ...r.value, annotations: [] };
};

function proposals(d: Draft, side = 'swedish'): Annotation[] {
  const common = { author: karin, editedAt: null, resolved: false, replies: [] };
  return [
    { ...common, id: 'p-add', body: 'Översättning saknas.', createdAt: '2026-11-20T10:00:00+01:00', anchor: fieldAnchor('budget'),
      proposal: { kind: 'add-row', table: 'budget', row: { ...d.budget[0]!, id: 'b1', description: 'Översättning av slutrapporten', amountOre: 1_500_000 } } },
    { ...common, id: 'p-rm', body: 'Erik har slutat.', createdAt: '2026-11-20T10:05:00+01:00', anchor: { kind: 'field', field: 'team:t2' },
      proposal: { kind: 'remove-row', table: 'team', row: { ...d.team[1]!, side } } },
  ];
}

async function openAsAuthor(draft: Draft) {
  appStore.set((s) => ({ settings: { ...s.settings, authorName: 'Anna Berg', authorInitials: 'AB' } }));
  openDraft(draft, '/home/anna/Utkast/ansokan.kpdraft');
  render(<><BudgetCard /><TeamCard /><SidePanel sections={templateSections(draft.component)} /><Notices /></>);
  await userEvent.click(screen.getByRole('tab', { name: /Ändringar/ }));
  return screen.getByRole('tabpanel', { name: /Ändringar/ });
}

const budgetIds = () => docStore.get().draft!.budget.map((l) => l.id);
const teamIds = () => docStore.get().draft!.team.map((m) => m.id);
const openIds = () => reviewStore.get().annotations.filter((a) => !a.resolved).map((a) => a.id);

describe('proposed rows in the tables and the change list', () => {
  it('show a new row as an inserted, labelled row and a removal as a struck, labelled row, both listed with their table', async () => {
    const d = base();
    const panel = await openAsAuthor({ ...d, annotations: proposals(d) });
    const ghost = document.querySelector('[data-kp-proposed-row="p-add"]') as HTMLElement;
    expect(ghost.textContent).toContain('Översättning av slutrapporten');
    expect(ghost.textContent).toContain('Föreslagen rad · Karin Ek');
    expect(ghost.querySelector('ins')).not.toBeNull();
    const struck = document.querySelector('[data-kp-loc="team:t2"]') as HTMLElement;
    expect(struck.className).toContain('kp-proposed-removal');
    expect(document.querySelector('[data-kp-proposed-removal="p-rm"]')!.textContent).toContain('Föreslås tas bort · Karin Ek');
    const budget = within(panel).getByRole('region', { name: /^Budget/ });
    expect(within(budget).getByText(/Översättning av slutrapporten/)).toBeTruthy();
    const team = within(panel).getByRole('region', { name: /^Projektgrupp/ });
    expect(within(team).getByText(/Erik Öberg/)).toBeTruthy();
    expect(within(team).getByText('Ta bort rad')).toBeTruthy();
  });

  it('accepting the new row adds it under a fresh id (its id was taken), rejecting the removal keeps the member; undo takes the accept back', async () => {
    const d = base();
    const panel = await openAsAuthor({ ...d, annotations: proposals(d) });
    await userEvent.click(within(panel).getByRole('button', { name: /^Acceptera ändringen: Ny rad/ }));
    expect(budgetIds()).toEqual(['b1', 'b2', 'b3', 'b4', 'b1-2']);
    expect(docStore.get().draft!.budget[4]!.description).toBe('Översättning av slutrapporten');
    await waitFor(() => expect(document.querySelector('[data-kp-proposed-row="p-add"]')).toBeNull());
    await userEvent.click(within(panel).getByRole('button', { name: /^Avvisa ändringen: Ta bort rad/ }));
    expect(teamIds()).toEqual(['t1', 't2', 't3']);
    expect(openIds()).toEqual([]);
    undoStep(); // the rejection
    undoStep(); // the acceptance
    expect(budgetIds()).toEqual(['b1', 'b2', 'b3', 'b4']);
    expect(openIds().sort()).toEqual(['p-add', 'p-rm']);
    await waitFor(() => expect(document.querySelector('[data-kp-proposed-row="p-add"]')).not.toBeNull());
  });

  it('reject all leaves both tables as the author has them; accept all takes in both', async () => {
    const d = base();
    const panel = await openAsAuthor({ ...d, annotations: proposals(d) });
    await userEvent.click(within(panel).getByRole('button', { name: 'Avvisa alla' }));
    expect(docStore.get().draft!.budget).toEqual(d.budget);
    expect(docStore.get().draft!.team).toEqual(d.team);
    undoStep();
    await userEvent.click(await within(panel).findByRole('button', { name: 'Acceptera alla' }));
    expect(budgetIds()).toHaveLength(5);
    expect(teamIds()).toEqual(['t1', 't3']);
  });

  it('a proposed row whose party is gone is refused with a message and stays open, the table unchanged', async () => {
    const d = base();
    const add = proposals(d)[0]!;
    const gone = { ...add, proposal: { ...add.proposal!, row: { ...(add.proposal as { row: object }).row, side: 'partner-gone' } } } as Annotation;
    const panel = await openAsAuthor({ ...d, annotations: [gone] });
    await userEvent.click(within(panel).getByRole('button', { name: /^Acceptera ändringen: Ny rad/ }));
    expect(await screen.findByText('Den föreslagna radens part finns inte längre i utkastet. Inget ändrades.')).toBeTruthy();
    expect(budgetIds()).toEqual(['b1', 'b2', 'b3', 'b4']);
    expect(openIds()).toEqual(['p-add']);
  });

  it('a reviewer proposes a new budget line from the table; the author’s table stays as it was', async () => {
    appStore.set((s) => ({ settings: { ...s.settings, authorName: 'Karin Ek', authorInitials: 'KE' } }));
    openDraft(base(), '/home/anna/Utkast/ansokan.kpdraft');
    setRole('reviewer');
    render(<><BudgetCard /><SidePanel sections={templateSections('project')} /></>);
    await userEvent.click(screen.getByRole('button', { name: '+ Föreslå ny rad' }));
    const form = (await screen.findByRole('group', { name: 'Ny rad som föreslås' }));
    await userEvent.type(within(form).getByRole('textbox', { name: 'Beskrivning' }), 'Tolkning');
    await userEvent.type(within(form).getByRole('textbox', { name: 'Belopp' }), '8 000');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'År' }), '2');
    await userEvent.type(screen.getByRole('textbox', { name: 'Ny kommentar' }), 'Tolk behövs år 2.');
    await userEvent.click(screen.getByRole('button', { name: 'Kommentera' }));
    await waitFor(() => expect(reviewStore.get().annotations).toHaveLength(1));
    expect(reviewStore.get().annotations[0]).toMatchObject({ anchor: { kind: 'field', field: 'budget' },
      proposal: { kind: 'add-row', table: 'budget', row: { description: 'Tolkning', amountOre: 800_000, year: 2, side: 'swedish' } } });
    expect(budgetIds()).toEqual(['b1', 'b2', 'b3', 'b4']);
    expect(document.querySelector('[data-kp-proposed-row]')?.textContent).toContain('Föreslagen rad · Karin Ek');
  });
});
