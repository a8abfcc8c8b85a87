import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parseDraftFile } from '../../../core/draft/file-format';
import type { Draft } from '../../../core/draft/schema';
import { itemAnchor } from '../../../core/review/field-anchor';
import { CommentsPanel } from '../../../renderer/review/comments-panel';
import { startComment } from '../../../renderer/review/comment-actions';
import { reviewStore, setRole } from '../../../renderer/review/review-state';
import { appStore } from '../../../renderer/state/app-state';
import { undoStep } from '../../../renderer/state/doc-history';
import { docStore } from '../../../renderer/state/doc-state';
import { openDraft } from '../support/drafts';

const fixture = (): Draft => {
  const r = parseDraftFile(readFileSync(join(__dirname, '../../fixtures/drafts/versions/review-suggestions.v5.kpdraft'), 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const amount = () => docStore.get().draft!.budget.find((b) => b.id === 'b1')!.amountOre;

function open(name: string) {
  appStore.set((s) => ({ settings: { ...s.settings, authorName: name, authorInitials: name.split(' ').map((w) => w[0]).join('') } }));
  openDraft(fixture(), '/home/anna/Utkast/ansokan.kpdraft');
  render(<CommentsPanel />);
}

describe('a proposed value on a field', () => {
  it('shows beside the current value; accepted, it sets the amount as one undo step and resolves the comment', async () => {
    open('Anna Berg');
    const box = await screen.findByText(/^Föreslaget värde: 96 000 \(nu 84 000\)$/);
    await userEvent.click(within(box.closest('[data-kp-proposal]') as HTMLElement).getByRole('button', { name: /Acceptera/ }));
    expect(amount()).toBe(9_600_000);
    expect(reviewStore.get().annotations[0]!.resolved).toBe(true);
    undoStep();
    expect(amount()).toBe(8_400_000);
  });

  it('rejected, the amount stays and the comment is resolved', async () => {
    open('Anna Berg');
    const box = (await screen.findByText(/Föreslaget värde/)).closest('[data-kp-proposal]') as HTMLElement;
    await userEvent.click(within(box).getByRole('button', { name: /Avvisa/ }));
    expect(amount()).toBe(8_400_000);
    expect(reviewStore.get().annotations[0]!.resolved).toBe(true);
  });

  it('a reviewer proposes one in the comment form of a budget line; the comment keeps the value it would replace', async () => {
    open('Karin Ek');
    setRole('reviewer');
    await waitFor(() => expect(screen.queryByRole('button', { name: /Acceptera/ })).toBeNull());
    expect(screen.getByText(/Föreslaget värde: 96 000/)).toBeTruthy();
    startComment(itemAnchor('budget', 'b2'));
    await userEvent.type(await screen.findByRole('textbox', { name: 'Föreslå värde (valfritt)' }), '125 000');
    await userEvent.type(screen.getByRole('textbox', { name: 'Ny kommentar' }), 'Projektledningen tar mer tid.');
    await userEvent.click(screen.getByRole('button', { name: 'Kommentera' }));
    await waitFor(() => expect(reviewStore.get().annotations).toHaveLength(2));
    expect(reviewStore.get().annotations[1]).toMatchObject({ body: 'Projektledningen tar mer tid.', proposal: { property: 'amount', value: '125 000', was: '120\u00a0500' } });
    expect(amount()).toBe(8_400_000);
  });

  it('a reviewer proposes another country for a partner; the comment keeps the country it would replace', async () => {
    open('Karin Ek');
    setRole('reviewer');
    const partner = docStore.get().draft!.partners[0]!;
    startComment(itemAnchor('partner', partner.id));
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Föreslå värde (valfritt)' }), 'Land');
    await userEvent.type(screen.getByRole('textbox', { name: 'Föreslå värde (valfritt)' }), 'TZ');
    await userEvent.type(screen.getByRole('textbox', { name: 'Ny kommentar' }), 'Partnern ligger i Tanzania.');
    await userEvent.click(screen.getByRole('button', { name: 'Kommentera' }));
    await waitFor(() => expect(reviewStore.get().annotations).toHaveLength(2));
    expect(reviewStore.get().annotations[1]).toMatchObject({ proposal: { property: 'country', value: 'TZ', was: partner.country } });
  });
});
