import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CoreAreasCard } from '../../../renderer/cards/core-areas-card';
import { undoFields } from '../../../renderer/state/doc-state';
import { newDraft, openDraft } from '../support/drafts';

function openCoreAreas(coreAreas: Array<{ id: 'equity' | 'participation' | 'transparency' | 'accountability'; justification: string }> = []) {
  openDraft({ ...newDraft(), coreAreas });
  render(<CoreAreasCard />);
}

const area = (name: RegExp) => screen.getByRole('checkbox', { name }) as HTMLInputElement;
const justification = (name: string) => screen.queryByRole('textbox', { name: `Motivering för ${name}` }) as HTMLTextAreaElement | null;

describe('core areas card', () => {
  it('lists the four core areas with what each means, none chosen in a new draft', () => {
    openCoreAreas();

    const boxes = screen.getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((b) => b.labels?.[0]?.textContent)).toEqual([
      'Jämlikhet – Alla ska ha lika möjligheter och rättigheter.',
      'Delaktighet – Medborgare ska kunna påverka beslut.',
      'Transparens – Öppenhet i förvaltning och beslut.',
      'Ansvarsutkrävande – Beslutsfattare kan ställas till svars.',
    ]);
    expect(boxes.every((b) => !b.checked)).toBe(true);
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
  });

  it('asks for a justification of a chosen area until it says enough, and keeps what is typed', async () => {
    openCoreAreas();

    await userEvent.click(area(/^Delaktighet/));
    expect(area(/^Delaktighet/).checked).toBe(true);
    expect(await screen.findByText(/Kärnområdet Delaktighet är valt men inte motiverat/)).toBeTruthy();
    expect(justification('Jämlikhet')).toBeNull();

    await userEvent.type(justification('Delaktighet')!, 'Medborgardialoger i tre stadsdelar.');
    expect(await screen.findByText(/Motiveringen av kärnområdet Delaktighet är mycket kort \(4 ord\)/)).toBeTruthy();

    await userEvent.type(justification('Delaktighet')!, ' Invånarna föreslår och prioriterar själva åtgärder i budgeten.');
    await waitFor(() => expect(screen.queryByText(/Kärnområdet Delaktighet|kärnområdet Delaktighet/)).toBeNull());
    expect(justification('Delaktighet')!.value).toBe('Medborgardialoger i tre stadsdelar. Invånarna föreslår och prioriterar själva åtgärder i budgeten.');
  });

  it('hides the justification when the area is unticked, and undo brings both back', async () => {
    openCoreAreas([{ id: 'transparency', justification: 'Öppna nämndprotokoll.' }]);

    await userEvent.click(area(/^Transparens/));
    expect(area(/^Transparens/).checked).toBe(false);
    expect(justification('Transparens')).toBeNull();

    undoFields();
    expect(await screen.findByDisplayValue('Öppna nämndprotokoll.')).toBeTruthy();
    expect(area(/^Transparens/).checked).toBe(true);
  });
});
