import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parseDraftFile } from '../../../core/draft/file-format';
import type { Draft } from '../../../core/draft/schema';
import { acceptAll, acceptSuggestion, rejectAll, rejectSuggestion } from '../../../core/review/suggestions';
import { sectionValue } from '../../../renderer/editor/session';
import { SidePanel } from '../../../renderer/layout/side-panel';
import { setRole } from '../../../renderer/review/review-state';
import { appStore } from '../../../renderer/state/app-state';
import { undoStep } from '../../../renderer/state/doc-history';
import { templateSections } from '../../../renderer/template';
import { openDraft } from '../support/drafts';

/** A draft whose objectives list has a reviewer's new item and a proposed join of two items (format 7). */
const fixture = (): Draft => {
  const r = parseDraftFile(readFileSync(join(__dirname, '../../fixtures/drafts/versions/list-suggestions.v7.kpdraft'), 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const objectives = () => fixture().sections.objectives!;

async function openChanges(draft: Draft) {
  openDraft(draft, '/home/anna/Utkast/ansokan.kpdraft');
  const { container } = render(<SidePanel sections={templateSections(draft.component)} />);
  await userEvent.click(screen.getByRole('tab', { name: /Ändringar/ }));
  return { panel: screen.getByRole('tabpanel', { name: /Ändringar/ }), container };
}

/** The change list's rows for list breaks (the fixture has proposed plan rows too). */
const breakRows = (panel: HTMLElement) => within(panel).queryAllByRole('listitem').filter((r) => r.textContent!.includes('¶'));
const row = (panel: HTMLElement, words: string) => breakRows(panel).find((r) => r.textContent!.includes(words))!;

describe('suggested list items in the change list', () => {
  it('lists a new item and a proposed join as breaks; accepting all gives the reviewer’s list, undo the suggestions back', async () => {
    const { panel } = await openChanges(fixture());
    expect(breakRows(panel).map((r) => r.textContent)).toEqual([expect.stringContaining('Ta bort ”¶”'), expect.stringContaining('Infoga ”¶Uppföljning varje halvår”')]);
    await userEvent.click(within(panel).getByRole('button', { name: 'Acceptera alla' }));
    await waitFor(() => expect(breakRows(panel)).toHaveLength(0));
    expect(sectionValue('objectives')).toEqual(acceptAll(objectives()));
    undoStep();
    await waitFor(() => expect(breakRows(panel)).toHaveLength(2));
    expect(sectionValue('objectives')).toEqual(objectives());
  });

  it('rejecting all gives the author’s list exactly; deciding one at a time is deciding them on the stored text', async () => {
    const { panel } = await openChanges(fixture());
    await userEvent.click(within(panel).getByRole('button', { name: 'Avvisa alla' }));
    await waitFor(() => expect(breakRows(panel)).toHaveLength(0));
    expect(sectionValue('objectives')).toEqual(rejectAll(objectives()));
    undoStep();
    await waitFor(() => expect(breakRows(panel)).toHaveLength(2));
    await userEvent.click(within(row(panel, 'Uppföljning')).getByRole('button', { name: /^Acceptera/ }));
    await waitFor(() => expect(breakRows(panel)).toHaveLength(1));
    await userEvent.click(within(row(panel, 'Ta bort')).getByRole('button', { name: /^Avvisa/ }));
    await waitFor(() => expect(breakRows(panel)).toHaveLength(0));
    expect(sectionValue('objectives')).toEqual(rejectSuggestion(acceptSuggestion(objectives(), 'list-2'), 'list-1'));
  });

  it('a reviewer withdraws their own new item and their proposed join; the review lock lets both through', async () => {
    appStore.set((st) => ({ settings: { ...st.settings, authorName: 'Greta Granskare', authorInitials: 'GG' } }));
    await openChanges(fixture());
    setRole('reviewer');
    await userEvent.click(await screen.findByRole('tab', { name: /Ändringar/ }));
    const panel = screen.getByRole('tabpanel', { name: /Ändringar/ });
    await waitFor(() => expect(breakRows(panel)).toHaveLength(2));
    await userEvent.click(within(row(panel, 'Uppföljning')).getByRole('button', { name: /^Dra tillbaka ditt förslag/ }));
    await waitFor(() => expect(breakRows(panel)).toHaveLength(1));
    expect(sectionValue('objectives')).toEqual(rejectSuggestion(objectives(), 'list-2'));
    await userEvent.click(within(row(panel, 'Ta bort')).getByRole('button', { name: /^Dra tillbaka ditt förslag/ }));
    await waitFor(() => expect(breakRows(panel)).toHaveLength(0));
    expect(sectionValue('objectives')).toEqual(rejectAll(objectives()));
  });
});
