import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Partner } from '../../../core/draft/schema';
import { PartiesCard } from '../../../renderer/cards/parties-card';
import { newDraft, openDraft } from '../support/drafts';
import { newPartner } from '../../../core/draft/new-draft';

const partner = (id: string, organisation: string, country = ''): Partner => newPartner({ id, organisation, country, role: 'partner' });

function openParties(partners?: Partner[]) {
  const draft = newDraft();
  openDraft({ ...draft, partners: partners ?? draft.partners });
  render(<PartiesCard />);
}

const partnerGroups = () => screen.getAllByRole('group', { name: /^Partner \d+$/ });
const organisation = (group: HTMLElement) => (within(group).getByRole('textbox', { name: 'Organisation' }) as HTMLInputElement).value;
const country = (n: number) => within(partnerGroups()[n - 1]!).getByRole('combobox', { name: 'Land' }) as HTMLInputElement;

describe('parties card', () => {
  it('keeps the one partner a draft needs, and adding one shows Partner 2 with remove buttons on both', async () => {
    openParties();
    expect(partnerGroups()).toHaveLength(1);
    expect(screen.queryByRole('button', { name: /^Ta bort partner/ })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: '+ Lägg till partner' }));

    expect(partnerGroups().map((g) => within(g).getByText(/^Partner \d$/).textContent)).toEqual(['Partner 1', 'Partner 2']);
    expect(screen.getAllByRole('button', { name: /^Ta bort partner \d$/ })).toHaveLength(2);
  });

  it('removes a partner and numbers the others anew', async () => {
    openParties([partner('p1', 'Mombasa County', 'KE'), partner('p2', 'Kisumu County', 'KE')]);

    await userEvent.click(screen.getByRole('button', { name: 'Ta bort partner 1' }));

    expect(partnerGroups()).toHaveLength(1);
    expect(organisation(screen.getByRole('group', { name: 'Partner 1' }))).toBe('Kisumu County');
    expect(screen.queryByDisplayValue('Mombasa County')).toBeNull();
  });

  it('finds a country as the user types and shows the chosen one by name', async () => {
    openParties();

    await userEvent.type(country(1), 'ken');
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options[0]!.textContent).toContain('Kenya');
    await userEvent.click(options[0]!);

    expect(country(1).value).toBe('Kenya');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(screen.queryByText(/Inget partnerland är valt/)).toBeNull();
  });

  it('keeps a country it does not know as typed and says so beside the field', async () => {
    openParties();

    await userEvent.type(country(1), 'Atlantis');
    await userEvent.tab();

    expect(country(1).value).toBe('Atlantis');
    expect(await screen.findByText(/”Atlantis” är inte ett partnerland i den här utgåvan/)).toBeTruthy();
  });

  it('reads an old country name and offers to store the current one', async () => {
    openParties();

    await userEvent.type(country(1), 'Makedonien');
    await userEvent.tab();
    expect(country(1).value).toBe('Makedonien');
    await userEvent.click(await screen.findByRole('button', { name: 'Åtgärda: Ersätt med Nordmakedonien (MK)' }));

    expect(country(1).value).toBe('Nordmakedonien');
    expect(screen.queryByRole('button', { name: /Ersätt med Nordmakedonien/ })).toBeNull();
  });

  it('asks for the applicant type until one is chosen, and says which types the edition refuses', async () => {
    openParties();
    const applicant = screen.getByRole('group', { name: 'Sökande' });
    const type = within(applicant).getByRole('combobox', { name: 'Typ av sökande' }) as HTMLSelectElement;
    expect(await within(applicant).findByText(/Ingen typ av sökande är vald/)).toBeTruthy();

    await userEvent.selectOptions(type, 'Landsting');
    expect(await within(applicant).findByText(/Landsting får inte söka enligt den här utgåvan/)).toBeTruthy();
    expect(type.getAttribute('aria-invalid')).toBe('true');

    await userEvent.selectOptions(type, 'Kommun');
    expect(within(applicant).queryByText(/får inte söka|Ingen typ av sökande/)).toBeNull();
    expect(type.getAttribute('aria-invalid')).toBeNull();
  });
});
