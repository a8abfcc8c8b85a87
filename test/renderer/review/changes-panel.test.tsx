import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parseDraftFile } from '../../../core/draft/file-format';
import type { RichText } from '../../../core/draft/rich-text';
import type { Draft } from '../../../core/draft/schema';
import { mergeSuggestions } from '../../../core/review/merge-suggestions';
import { rejectAll } from '../../../core/review/suggestions';
import { sectionValue } from '../../../renderer/editor/session';
import { statsStore } from '../../../renderer/editor/stats';
import { SidePanel } from '../../../renderer/layout/side-panel';
import { setRole } from '../../../renderer/review/review-state';
import { undoStep } from '../../../renderer/state/doc-history';
import { docStore } from '../../../renderer/state/doc-state';
import { appStore } from '../../../renderer/state/app-state';
import { templateSections } from '../../../renderer/template';
import { openDraft } from '../support/drafts';

const fixture = (): Draft => {
  const r = parseDraftFile(readFileSync(join(__dirname, '../../fixtures/drafts/versions/review-suggestions.v5.kpdraft'), 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const olle = { name: 'Olle Berg', initials: 'OB' };

/** The fixture with a second reviewer's suggestion in another section, further down. */
function twoReviewers(): Draft {
  const d = fixture();
  const challenge: RichText = [{ type: 'paragraph', children: [
    { text: 'Unga röstar sällan' }, { text: ' i kommunvalen', suggestion: { id: 's-3', kind: 'insert', author: olle, createdAt: '2026-11-21T08:30:00+01:00' } }, { text: '.' },
  ] }];
  return { ...d, sections: { ...d.sections, challenge } };
}

const summaryText = () => (sectionValue('summary')![0] as { children: Array<{ text: string; suggestion?: unknown }> }).children;
const plain = () => summaryText().map((l) => l.text).join('');
const marked = () => summaryText().filter((l) => l.suggestion).map((l) => l.text);

async function openChanges(draft: Draft) {
  openDraft(draft, '/home/anna/Utkast/ansokan.kpdraft');
  render(<SidePanel sections={templateSections(draft.component)} />);
  await userEvent.click(screen.getByRole('tab', { name: /Ändringar/ }));
  return screen.getByRole('tabpanel', { name: /Ändringar/ });
}

describe('the change list', () => {
  it('lists the open suggestions by section in document order, with kind, text, author and time', async () => {
    const panel = await openChanges(twoReviewers());
    expect(screen.getByRole('tab', { name: /Ändringar/ }).textContent).toContain('3');
    const groups = within(panel).getAllByRole('region');
    expect(groups.map((g) => g.getAttribute('aria-label'))).toEqual([
      expect.stringMatching(/^Sammanfattning.*\(2\)$/), expect.stringMatching(/\(1\)$/),
    ]);
    const rows = within(panel).getAllByRole('listitem');
    expect(rows.map((r) => within(r).getByTitle('Visa i texten').textContent)).toEqual([
      'Infoga ”och inflytande”', 'Ta bort ”i Mombasa och Uppsala”', 'Infoga ”i kommunvalen”',
    ]);
    expect(rows[0]!.textContent).toContain('Karin Ek');
    expect(rows[0]!.querySelector('time')!.getAttribute('datetime')).toBe('2026-11-20T10:15:00+01:00');
    expect(within(panel).getByText('3 ändringsförslag')).toBeTruthy();
  });

  it('accepts one and rejects another, each one step that undo takes back', async () => {
    const panel = await openChanges(fixture());
    await userEvent.click(within(panel).getByRole('button', { name: 'Acceptera ändringen: Infoga ”och inflytande”' }));
    await waitFor(() => expect(within(panel).getAllByRole('listitem')).toHaveLength(1));
    expect(plain()).toBe('Projektet stärker ungas delaktighet och inflytande i den kommunala budgetprocessen i Mombasa och Uppsala.');
    expect(marked()).toEqual([' i Mombasa och Uppsala']);

    await userEvent.click(within(panel).getByRole('button', { name: 'Avvisa ändringen: Ta bort ”i Mombasa och Uppsala”' }));
    await waitFor(() => expect(within(panel).getByText('Inga ändringsförslag att ta ställning till.')).toBeTruthy());
    expect(plain()).toBe('Projektet stärker ungas delaktighet och inflytande i den kommunala budgetprocessen i Mombasa och Uppsala.');
    expect(marked()).toEqual([]);

    undoStep();
    undoStep();
    await waitFor(() => expect(within(panel).getAllByRole('listitem')).toHaveLength(2));
    expect(sectionValue('summary')).toEqual(fixture().sections.summary);
  });

  it('accepts or rejects all, or only one person’s, as one step', async () => {
    const panel = await openChanges(twoReviewers());
    await userEvent.selectOptions(within(panel).getByRole('combobox', { name: 'Person' }), 'Olle Berg');
    expect(within(panel).getAllByRole('listitem')).toHaveLength(1);
    await userEvent.click(within(panel).getByRole('button', { name: 'Avvisa alla från Olle Berg' }));
    await waitFor(() => expect(within(panel).getByText('Inga ändringsförslag från den personen.')).toBeTruthy());
    await userEvent.selectOptions(within(panel).getByRole('combobox', { name: 'Person' }), '');
    expect(within(panel).getAllByRole('listitem')).toHaveLength(2);

    await userEvent.click(within(panel).getByRole('button', { name: 'Acceptera alla' }));
    await waitFor(() => expect(within(panel).getByText('Inga ändringsförslag att ta ställning till.')).toBeTruthy());
    expect(plain()).toBe('Projektet stärker ungas delaktighet och inflytande i den kommunala budgetprocessen.');
    undoStep();
    await waitFor(() => expect(within(panel).getAllByRole('listitem')).toHaveLength(2));
  });

  it('a reviewer sees the list without Acceptera and Avvisa, and can withdraw only their own suggestion', async () => {
    appStore.set((st) => ({ settings: { ...st.settings, authorName: 'Olle Berg', authorInitials: 'OB' } }));
    await openChanges(twoReviewers());
    setRole('reviewer');
    // Review mode brings the comments forward; the changes are one tab away.
    await userEvent.click(await screen.findByRole('tab', { name: /Ändringar/ }));
    const panel = screen.getByRole('tabpanel', { name: /Ändringar/ });
    await waitFor(() => expect(within(panel).getByText(/^Du granskar: författaren accepterar eller avvisar förslagen/)).toBeTruthy());
    expect(within(panel).getAllByRole('listitem')).toHaveLength(3);
    expect(within(panel).queryByRole('button', { name: /Acceptera|Avvisa/ })).toBeNull();
    const withdraw = within(panel).getAllByRole('button', { name: /^Dra tillbaka ditt förslag/ });
    expect(withdraw.map((b) => b.getAttribute('aria-label'))).toEqual(['Dra tillbaka ditt förslag: Infoga ”i kommunvalen”']);
    await userEvent.click(withdraw[0]!);
    await waitFor(() => expect(within(panel).getAllByRole('listitem')).toHaveLength(2));
    expect(sectionValue('challenge')).toEqual([{ type: 'paragraph', children: [{ text: 'Unga röstar sällan.' }] }]);
    expect(sectionValue('summary')).toEqual(fixture().sections.summary);
  });

  it('switches the view without changing the text, and the word count is the author’s', async () => {
    const panel = await openChanges(fixture());
    await userEvent.click(within(panel).getByRole('radio', { name: 'Slutlig' }));
    expect(within(panel).getByText(/Så här blir texten om alla förslag godtas/)).toBeTruthy();
    await userEvent.click(within(panel).getByRole('radio', { name: 'Original' }));
    expect(sectionValue('summary')).toEqual(fixture().sections.summary);
    const authors = 'Projektet stärker ungas delaktighet i den kommunala budgetprocessen i Mombasa och Uppsala.'.split(' ').length;
    await waitFor(() => expect(statsStore.get().words.summary).toBe(authors));
    expect(docStore.get().dirty).toBe(false);
    expect(rejectAll(sectionValue('summary')!)).toEqual(rejectAll(fixture().sections.summary!));
  });
});

describe('suggestions that compete', () => {
  it('are both listed, each saying it conflicts with another suggestion on the same words; others say nothing', async () => {
    const d = fixture();
    // Olle suggests a word inside the words Karin suggests removing; Karin's insertion elsewhere competes with nothing.
    const [first] = d.sections.summary as Array<{ children: Array<{ text: string; suggestion?: { id: string } }> }>;
    const children = first!.children.flatMap((c) => (c.suggestion?.id !== 's-2' ? [c] : [
      { ...c, text: ' i Mombasa' },
      { text: ' Kisumu', suggestion: { id: 's-3', kind: 'insert', author: olle, createdAt: '2026-11-21T08:30:00+01:00' } },
      { ...c, text: ' och Uppsala' },
    ]));
    const summary = [{ ...first!, children }] as RichText;
    const panel = await openChanges({ ...d, sections: { ...d.sections, summary } });
    const rows = () => within(panel).getAllByRole('listitem');
    await waitFor(() => expect(rows()).toHaveLength(3));
    const flagged = rows().filter((r) => r.querySelector('[data-kp-change-conflict]')).map((r) => r.getAttribute('data-kp-change'));
    expect(flagged.sort()).toEqual(['s-2', 's-3']);
    expect(rows().find((r) => r.getAttribute('data-kp-change') === 's-3')!.textContent).toContain('Krockar med ett annat förslag på samma ord');
  });

  it('a new paragraph another reviewer also started at the same place says it conflicts', async () => {
    const base = fixture();
    const text = 'Unga i Mombasa vill påverka. Uppsala lyssnar.';
    const author: Draft = { ...base, annotations: [], sections: { ...base.sections, summary: [{ type: 'paragraph', children: [{ text }] }] } };
    // Each reviewer pressed Enter after the first sentence.
    const broken = (id: string, who: { name: string; initials: string }): Draft => ({ ...author, sections: { ...author.sections, summary: [
      { type: 'paragraph', children: [{ text: 'Unga i Mombasa vill påverka. ' }] },
      { type: 'paragraph', children: [{ text: 'Uppsala lyssnar.' }], suggestion: { id, kind: 'insert', author: who, createdAt: '2026-11-21T08:30:00+01:00' } },
    ] } });
    const merged = mergeSuggestions(author, [broken('k-1', { name: 'Karin Ek', initials: 'KE' }), broken('o-1', olle)]);
    expect(merged.report.conflicting).toBe(2);
    const panel = await openChanges({ ...author, sections: merged.sections, annotations: merged.annotations });
    await waitFor(() => expect(within(panel).getAllByRole('listitem')).toHaveLength(1));
    expect(within(panel).getByRole('listitem').querySelector('[data-kp-change-conflict]')).not.toBeNull();
  });
});

describe('the preview of the checks with every suggestion accepted', () => {
  it('shows the problems the suggested words would bring, labelled as a preview, and goes back to the author’s', async () => {
    const d = fixture();
    const author = { name: 'Karin Ek', initials: 'KE' };
    const summary: RichText = [{ type: 'paragraph', children: [
      { text: Array.from({ length: 195 }, () => 'ord').join(' ') },
      { text: ` ${Array.from({ length: 30 }, () => 'tillägg').join(' ')}`, suggestion: { id: 'long', kind: 'insert', author, createdAt: '2026-11-20T10:15:00+01:00' } },
    ] }];
    openDraft({ ...d, sections: { ...d.sections, summary } }, '/home/anna/Utkast/ansokan.kpdraft');
    render(<SidePanel sections={templateSections(d.component)} />);
    const panel = screen.getByRole('tabpanel', { name: /Problem/ });
    const summaryGroup = () => panel.querySelector('[data-kp-group="summary"]');
    await waitFor(() => expect(panel.querySelector('.kp-problem')).not.toBeNull());
    expect(summaryGroup()).toBeNull();

    await userEvent.click(within(panel).getByRole('button', { name: 'Förhandsgranska med alla ändringar accepterade' }));
    expect(within(panel).getByRole('status').textContent).toBe('Förhandsvisning: problemen om alla ändringsförslag accepteras. Texten är oförändrad.');
    await waitFor(() => expect(summaryGroup()).not.toBeNull());
    expect(sectionValue('summary')).toEqual(summary);

    await userEvent.click(within(panel).getByRole('button', { name: 'Visa problemen i författarens text' }));
    await waitFor(() => expect(summaryGroup()).toBeNull());
  });
});
