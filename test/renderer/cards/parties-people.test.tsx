import { fireEvent, render, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PartiesCard } from '../../../renderer/cards/parties-card';
import { docStore } from '../../../renderer/state/doc-state';
import { newDraft, openDraft } from '../support/drafts';

const group = (name: string | RegExp, inside: HTMLElement = document.body) => within(inside).getByRole('group', { name });

describe('parties card: people and the partner\'s organisation type', () => {
  it('offers the organisation types of the edition and records the chosen one', () => {
    openDraft(newDraft());
    render(<PartiesCard />);
    const select = within(group('Partner 1')).getByRole('combobox', { name: 'Typ av organisation' }) as HTMLSelectElement;
    expect([...select.options].map((o) => o.text)).toEqual(['Välj …', 'Kommun', 'Stad', 'Distrikt/kommundel', 'County/län', 'Region']);
    fireEvent.change(select, { target: { value: 'county' } });
    expect(docStore.get().draft!.partners[0]!.type).toBe('county');
  });

  it('records the applicant\'s contact person and the partner\'s signatory, each field in its place', () => {
    openDraft(newDraft());
    render(<PartiesCard />);
    const contact = group('Kontaktperson', group('Sökande'));
    fireEvent.change(within(contact).getByRole('textbox', { name: 'Namn' }), { target: { value: 'Lena Persson' } });
    fireEvent.change(within(contact).getByRole('textbox', { name: 'E-post' }), { target: { value: 'lena.persson@vasteras.se' } });
    const signatory = group('Behörig firmatecknare', group('Partner 1'));
    fireEvent.change(within(signatory).getByRole('textbox', { name: 'Titel' }), { target: { value: 'County Secretary' } });
    const d = docStore.get().draft!;
    expect(d.applicant.contact).toEqual({ name: 'Lena Persson', title: '', email: 'lena.persson@vasteras.se', phone: '' });
    expect(d.partners[0]!.signatory).toEqual({ name: '', title: 'County Secretary', email: '', phone: '' });
    expect(d.applicant.signatory.name).toBe('');
  });

  it('says beside the name when a party has no contact person, and the message goes once one is named', async () => {
    openDraft({ ...newDraft(), applicant: { ...newDraft().applicant, organisation: 'Västerås stad' } });
    render(<PartiesCard />);
    const contact = group('Kontaktperson', group('Sökande'));
    expect(await within(contact).findByText('Västerås stad har ingen kontaktperson angiven. Ange namn, titel, e-post och telefon.')).toBeTruthy();
    fireEvent.change(within(contact).getByRole('textbox', { name: 'Namn' }), { target: { value: 'Lena Persson' } });
    await waitFor(() => expect(within(contact).queryByText(/ingen kontaktperson/)).toBeNull());
  });
});
