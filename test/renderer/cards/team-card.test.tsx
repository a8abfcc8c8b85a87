import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { TeamMember } from '../../../core/draft/schema';
import { TeamCard } from '../../../renderer/cards/team-card';
import { newDraft, openDraft } from '../support/drafts';
import { newApplicant } from '../../../core/draft/new-draft';

const member = (id: string, name: string, kind: TeamMember['kind'] = 'civil_servant'): TeamMember => ({
  id, name, role: '', side: 'swedish', kind, politicalSide: kind === 'politician' ? 'majority' : null,
  coordinator: false, icldContact: false, projectManager: false,
});

function openTeam(team: TeamMember[] = []) {
  const draft = newDraft();
  openDraft({
    ...draft, team,
    applicant: newApplicant('Borås stad', ''),
    partners: [{ ...draft.partners[0]!, organisation: 'Mombasa County', country: 'KE' }],
  });
  render(<TeamCard />);
}

const names = () => screen.queryAllByRole('textbox', { name: 'Namn' }).map((i) => (i as HTMLInputElement).value);
const select = (name: string) => screen.getByRole('combobox', { name }) as HTMLSelectElement;

describe('team card', () => {
  it('starts empty, and a person added gets a row whose controls carry the typed name', async () => {
    openTeam();
    expect(screen.getByText('Ingen i projektgruppen ännu.')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: '+ Lägg till person' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Namn' }), 'Anna Svensson');

    expect(names()).toEqual(['Anna Svensson']);
    expect(screen.queryByText('Ingen i projektgruppen ännu.')).toBeNull();
    expect(screen.getByRole('button', { name: 'Ta bort Anna Svensson' })).toBeTruthy();
    expect(select('Kategori (Anna Svensson)').value).toBe('civil_servant');
  });

  it('offers the applicant and the partners by name as sides', async () => {
    openTeam([member('t1', 'Anna Svensson')]);
    const side = select('Part (Anna Svensson)');

    expect(within(side).getAllByRole('option').map((o) => o.textContent)).toEqual(['Borås stad', 'Mombasa County']);
    await userEvent.selectOptions(side, 'Mombasa County');
    expect(select('Part (Anna Svensson)').selectedOptions[0]!.textContent).toBe('Mombasa County');
  });

  it('asks majority or opposition of politicians only', async () => {
    openTeam([member('t1', 'Anna Svensson')]);
    const political = () => select('Majoritet eller opposition (Anna Svensson)');
    expect(political().disabled).toBe(true);

    await userEvent.selectOptions(select('Kategori (Anna Svensson)'), 'Politiker');
    expect(political().disabled).toBe(false);
    expect(political().selectedOptions[0]!.textContent).toBe('Majoritet');
    await userEvent.selectOptions(political(), 'Opposition');

    await userEvent.selectOptions(select('Kategori (Anna Svensson)'), 'Tjänsteperson');
    expect(political().disabled).toBe(true);
    expect(political().selectedOptions[0]!.textContent).toBe('–');
  });

  it('ticks a person as coordinator', async () => {
    openTeam([member('t1', 'Anna Svensson')]);
    const coordinator = screen.getByRole('checkbox', { name: 'Samordnare' }) as HTMLInputElement;
    expect(coordinator.checked).toBe(false);

    await userEvent.click(coordinator);

    expect((screen.getByRole('checkbox', { name: 'Samordnare' }) as HTMLInputElement).checked).toBe(true);
  });

  it('removes the person whose button was pressed and nobody else', async () => {
    openTeam([member('t1', 'Anna Svensson'), member('t2', 'Juma Otieno', 'politician'), member('t3', 'Lena Berg')]);

    await userEvent.click(screen.getByRole('button', { name: 'Ta bort Juma Otieno' }));

    expect(names()).toEqual(['Anna Svensson', 'Lena Berg']);
    expect(screen.queryByRole('button', { name: 'Ta bort Juma Otieno' })).toBeNull();
  });
});
