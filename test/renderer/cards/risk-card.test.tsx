import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Risk } from '../../../core/draft/framework';
import type { Draft } from '../../../core/draft/schema';
import { Notices } from '../../../renderer/app';
import { RiskCard } from '../../../renderer/cards/risk-card';
import { checkNow } from '../../../renderer/findings/live-checks';
import { setUiLanguage } from '../../../renderer/i18n';
import { docStore, undoFields } from '../../../renderer/state/doc-state';
import { newDraft, openDraft } from '../support/drafts';

const risk = (id: string, text: string, o: Partial<Risk> = {}): Risk => ({
  id, text, likelihood: null, impact: null, mitigation: 'Förankra beslutet brett', owner: 'Styrgruppen', threatens: null, ...o,
});

function withRisks(risks: Risk[]): Draft {
  const d = newDraft();
  return {
    ...d, risks,
    framework: { ...d.framework, projectObjectives: [{ id: 'p1', text: 'Bättre avfallshantering', note: '', indicators: [], assumptions: '', results: [
      { id: 'r1', text: 'Fler hushåll sorterar', note: '', indicators: [], assumptions: '' },
    ] }] },
  };
}

function openRisks(draft: Draft) {
  openDraft(draft);
  render(<><RiskCard /><Notices /></>);
}

const cell = (likelihood: number, impact: number) => document.querySelector(`[data-kp-risk-cell="${likelihood}-${impact}"]`)!;
const texts = () => screen.queryAllByRole('textbox', { name: /^Risk \(/ }).map((e) => (e as HTMLTextAreaElement).value);
const numbers = () => [...document.querySelectorAll('[data-kp-risk-number]')].map((e) => e.textContent);

describe('risk card', () => {
  it('places each risk by its number in the cell of its likelihood and impact, each cell named for screen readers and saying its level', async () => {
    openRisks(withRisks([risk('a', 'Valet i Masaka', { likelihood: 3, impact: 2 }), risk('b', 'Personalbyte')]));
    expect(screen.getByRole('cell', { name: 'Sannolikhet 3, konsekvens 2: R1' })).toBe(cell(3, 2));
    expect(cell(3, 2).textContent).toContain('Hög risk');
    expect(cell(1, 1).getAttribute('aria-label')).toBe('Sannolikhet 1, konsekvens 1: inga risker');
    expect(cell(1, 1).textContent).toContain('Låg risk');
    expect(screen.getByText('Inte bedömda än: R2')).toBeTruthy();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sannolikhet (R2)' }), '3');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Konsekvens (R2)' }), '2');
    expect(screen.getByRole('cell', { name: 'Sannolikhet 3, konsekvens 2: R1, R2' })).toBeTruthy();
    expect(docStore.get().draft!.risks[1]).toMatchObject({ likelihood: 3, impact: 2 });

    // A marker takes the keyboard to its risk.
    await userEvent.click(within(cell(3, 2) as HTMLElement).getByRole('button', { name: 'Gå till R2 Personalbyte' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Risk (R2)' })));
  });

  it('offers the objectives and results by their numbers, or the whole project, as what a risk threatens', async () => {
    openRisks(withRisks([risk('a', 'Valet i Masaka')]));
    const threatens = screen.getByRole('combobox', { name: 'Hotar (R1)' }) as HTMLSelectElement;
    expect([...threatens.options].map((o) => o.text)).toEqual(['Hela projektet', '1 Bättre avfallshantering', '1.1 Fler hushåll sorterar']);
    await userEvent.selectOptions(threatens, 'r1');
    expect(docStore.get().draft!.risks[0]!.threatens).toBe('r1');
  });

  it('adds and moves risks with the numbering following, and removes one with an undo notice', async () => {
    openRisks(withRisks([risk('a', 'Valet i Masaka', { likelihood: 1, impact: 1 }), risk('b', 'Personalbyte')]));
    await userEvent.click(screen.getByRole('button', { name: 'Flytta ”Personalbyte” upp' }));
    expect(texts()).toEqual(['Personalbyte', 'Valet i Masaka']);
    expect(numbers()).toEqual(['R1', 'R2']);
    expect(cell(1, 1).getAttribute('aria-label')).toBe('Sannolikhet 1, konsekvens 1: R2');

    await userEvent.click(screen.getByRole('button', { name: '+ Lägg till risk' }));
    expect(texts()).toEqual(['Personalbyte', 'Valet i Masaka', '']);

    await userEvent.click(screen.getByRole('button', { name: 'Ta bort ”Valet i Masaka”' }));
    expect(texts()).toEqual(['Personalbyte', '']);
    const notice = screen.getByText(/Risken ”Valet i Masaka” togs bort/).closest('.kp-notice') as HTMLElement;
    await userEvent.click(within(notice).getByRole('button', { name: 'Ångra' }));
    expect(texts()).toEqual(['Personalbyte', 'Valet i Masaka', '']);
    // Bringing it back is a step of its own: undoing it removes the risk again.
    act(() => { undoFields(); });
    expect(texts()).toEqual(['Personalbyte', '']);
  });

  it('shows a finding beside its field, and the quick fix for a threatened result that is gone', async () => {
    openRisks(withRisks([risk('a', 'Valet i Masaka', { likelihood: 2, impact: 2, owner: '' }), risk('b', 'Personalbyte', { likelihood: 1, impact: 3, threatens: 'removed' })]));
    checkNow();
    const owner = await screen.findByRole('textbox', { name: 'Ansvarig (R1)' });
    expect(owner.getAttribute('data-kp-loc')).toBe('risk:a:owner');
    await waitFor(() => expect(owner.className).toContain('kp-field-warning'));
    const row = owner.closest('li')!;
    expect(row.querySelector('[data-kp-rule="RK-01"]')!.textContent).toMatch(/ansvarig/i);

    const threatens = screen.getByRole('combobox', { name: 'Hotar (R2)' }) as HTMLSelectElement;
    expect(threatens.selectedOptions[0]!.text).toBe('Borttaget mål eller resultat');
    await userEvent.click(within(threatens.closest('li')!).getByRole('button', { name: /^Åtgärda/ }));
    expect(docStore.get().draft!.risks[1]!.threatens).toBeNull();
  });

  it('speaks English when the app does', async () => {
    await setUiLanguage('en');
    openRisks(withRisks([risk('a', 'Election in Masaka', { likelihood: 2, impact: 3 })]));
    expect(screen.getByRole('cell', { name: 'Likelihood 2, impact 3: R1' }).textContent).toContain('High risk');
    expect(screen.getByRole('combobox', { name: 'Threatens (R1)' })).toBeTruthy();
  });
});
