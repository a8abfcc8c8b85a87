import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ResultsFramework } from '../../../core/draft/framework';
import type { Draft } from '../../../core/draft/schema';
import { Notices } from '../../../renderer/app';
import { ResultsCard } from '../../../renderer/cards/results-card';
import { emptyIndicator, emptyObjective, emptyResult } from '../../../renderer/cards/results-edits';
import { setUiLanguage } from '../../../renderer/i18n';
import { docStore, undoFields } from '../../../renderer/state/doc-state';
import { newDraft, openDraft } from '../support/drafts';

function withFramework(framework: Partial<ResultsFramework>): Draft {
  const d = newDraft();
  return { ...d, period: { start: '2026-09-01', end: '2028-08-31' }, framework: { ...d.framework, ...framework } };
}

const twoResults = (): Partial<ResultsFramework> => ({
  projectObjectives: [{ ...emptyObjective('o1'), text: 'Fungerande källsortering', results: [
    { ...emptyResult('r1'), text: 'Hushåll sorterar', indicators: [{ ...emptyIndicator('i1'), text: 'Andel hushåll' }] },
    { ...emptyResult('r2'), text: 'Marknadsrådet samlar in' },
  ] }],
});

function openCard(draft: Draft) {
  openDraft(draft);
  render(<><ResultsCard /><Notices /></>);
}

const numbers = () => [...document.querySelectorAll('[data-kp-fw-number]')].map((e) => e.textContent);
const texts = () => [...document.querySelectorAll<HTMLTextAreaElement>('[data-kp-fw-col="text"]')].map((e) => e.value);
const fieldOf = (id: string, col: string) => document.querySelector<HTMLElement>(`[data-kp-fw-item="${id}"][data-kp-fw-col="${col}"]`)!;
const framework = () => docStore.get().draft!.framework;

describe('results matrix card', () => {
  it('shows each level with its number and adds results and indicators by button, numbered where they land', async () => {
    openCard(withFramework(twoResults()));
    expect(screen.getByRole('textbox', { name: 'Övergripande mål' })).toBeTruthy();
    expect(numbers()).toEqual(['', '1', '1.1', '1.1 a', '1.2']);

    await userEvent.click(screen.getByRole('button', { name: 'Lägg till resultat under projektmål 1' }));
    expect(numbers()).toEqual(['', '1', '1.1', '1.1 a', '1.2', '1.3']);
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till indikator för resultat 1.2' }));
    expect(numbers()).toEqual(['', '1', '1.1', '1.1 a', '1.2', '1.2 a', '1.3']);
    await userEvent.click(screen.getByRole('button', { name: '+ Lägg till projektmål' }));
    expect(numbers()).toEqual(['', '1', '1.1', '1.1 a', '1.2', '1.2 a', '1.3', '2']);
  });

  it('moves a result with its indicators by button and by Alt+Shift+↑, the numbers following', async () => {
    openCard(withFramework(twoResults()));
    await userEvent.click(screen.getByRole('button', { name: 'Flytta ”Hushåll sorterar” ned' }));
    expect(texts()).toEqual(['', 'Fungerande källsortering', 'Marknadsrådet samlar in', 'Hushåll sorterar', 'Andel hushåll']);
    expect(numbers()).toEqual(['', '1', '1.1', '1.2', '1.2 a']);

    fireEvent.keyDown(fieldOf('r1', 'text'), { key: 'ArrowUp', altKey: true, shiftKey: true });
    expect(texts()).toEqual(['', 'Fungerande källsortering', 'Hushåll sorterar', 'Andel hushåll', 'Marknadsrådet samlar in']);
    // The move is one undo step.
    act(() => undoFields());
    expect(framework().projectObjectives[0]!.results.map((r) => r.id)).toEqual(['r2', 'r1']);
  });

  it('moves a result by dragging its number onto another result, but not onto an indicator', () => {
    openCard(withFramework(twoResults()));
    const dataTransfer = { setData: () => undefined, effectAllowed: '', dropEffect: '' };
    const handle = document.querySelector('[data-kp-fw-number="r2"]')!;
    fireEvent.dragStart(handle, { dataTransfer });
    fireEvent.dragOver(document.querySelector('[data-kp-fw-row="i1"]')!, { dataTransfer });
    fireEvent.drop(document.querySelector('[data-kp-fw-row="i1"]')!, { dataTransfer });
    expect(framework().projectObjectives[0]!.results.map((r) => r.id)).toEqual(['r1', 'r2']);
    fireEvent.dragOver(document.querySelector('[data-kp-fw-row="r1"]')!, { dataTransfer });
    fireEvent.drop(document.querySelector('[data-kp-fw-row="r1"]')!, { dataTransfer });
    fireEvent.dragEnd(handle, { dataTransfer });
    expect(framework().projectObjectives[0]!.results.map((r) => r.id)).toEqual(['r2', 'r1']);
    expect(numbers()).toEqual(['', '1', '1.1', '1.2', '1.2 a']);
  });

  it('adds an item of the level in focus with Ctrl+Enter, and removes it with Ctrl+Delete and an Undo notice', async () => {
    openCard(withFramework(twoResults()));
    fireEvent.keyDown(fieldOf('i1', 'unit'), { key: 'Enter', ctrlKey: true });
    expect(numbers()).toEqual(['', '1', '1.1', '1.1 a', '1.1 b', '1.2']);
    fireEvent.keyDown(fieldOf('r1', 'assumptions'), { key: 'Enter', ctrlKey: true });
    expect(numbers()).toEqual(['', '1', '1.1', '1.1 a', '1.1 b', '1.2', '1.3']);
    expect(framework().projectObjectives[0]!.results[1]!.text).toBe('');

    fireEvent.keyDown(fieldOf('r1', 'text'), { key: 'Delete', ctrlKey: true });
    expect(texts()).toEqual(['', 'Fungerande källsortering', '', 'Marknadsrådet samlar in']);
    const notice = screen.getByText(/Resultatet ”Hushåll sorterar” togs bort med sina indikatorer/).closest('.kp-notice') as HTMLElement;
    await userEvent.click(within(notice).getByRole('button', { name: 'Ångra' }));
    expect(framework().projectObjectives[0]!.results.map((r) => r.text)).toEqual(['Hushåll sorterar', '', 'Marknadsrådet samlar in']);
    expect(numbers()).toEqual(['', '1', '1.1', '1.1 a', '1.1 b', '1.2', '1.3']);
  });

  it('stores an indicator’s baseline, target and date, and says when a date cannot be read', () => {
    openCard(withFramework(twoResults()));
    fireEvent.change(screen.getByRole('textbox', { name: 'Utgångsvärde (1.1 a)' }), { target: { value: '12 %' } });
    // The year is typed a digit at a time: nothing on the way to it is taken for a year.
    const year = screen.getByRole('spinbutton', { name: 'År för utgångsvärdet (1.1 a)' }) as HTMLInputElement;
    for (const typed of ['2', '20', '202']) {
      fireEvent.change(year, { target: { value: typed } });
      expect(year.value).toBe(typed);
      expect(framework().projectObjectives[0]!.results[0]!.indicators[0]!.baseline.year).toBeNull();
    }
    fireEvent.change(year, { target: { value: '2025' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Målvärde (1.1 a)' }), { target: { value: '60 %' } });
    const date = screen.getByRole('textbox', { name: 'Måldatum (1.1 a)' }) as HTMLInputElement;
    fireEvent.change(date, { target: { value: '2028-06-31' } });
    expect(screen.getByText(/Det här går inte att läsa som ett datum/)).toBeTruthy();
    expect(date.value).toBe('2028-06-31');
    fireEvent.change(date, { target: { value: '2028-06-30' } });
    expect(screen.queryByText(/Det här går inte att läsa som ett datum/)).toBeNull();
    const indicator = framework().projectObjectives[0]!.results[0]!.indicators[0]!;
    expect(indicator).toMatchObject({ baseline: { value: '12 %', year: 2025 }, target: { value: '60 %', date: '2028-06-30' } });
  });

  it('keeps a target date that cannot be read in the draft, so it is there after reopening, and removing the indicator takes it along until undone', async () => {
    openCard(withFramework(twoResults()));
    const date = () => screen.getByRole('textbox', { name: 'Måldatum (1.1 a)' }) as HTMLInputElement;
    fireEvent.change(date(), { target: { value: '2028-06-31' } });
    expect(docStore.get().draft!.invalidInputs).toEqual({ 'framework.i1.targetDate': '2028-06-31' });
    expect(framework().projectObjectives[0]!.results[0]!.indicators[0]!.target.date).toBeNull();

    const saved = structuredClone(docStore.get().draft!);
    cleanup();
    openCard(saved);
    expect(date().value).toBe('2028-06-31');

    await userEvent.click(screen.getByRole('button', { name: 'Ta bort ”Andel hushåll”' }));
    expect(docStore.get().draft!.invalidInputs).toEqual({});
    act(() => { undoFields(); });
    expect(docStore.get().draft!.invalidInputs).toEqual({ 'framework.i1.targetDate': '2028-06-31' });
    expect(date().value).toBe('2028-06-31');
  });

  it('shows the LF findings beside the fields they concern', async () => {
    openCard(withFramework(twoResults()));
    // 1.1 a has no baseline, target or verification; 1.2 has no indicator.
    const baseline = document.querySelector('[data-kp-loc="framework:i1:baseline"]')!;
    await screen.findAllByText((_, el) => el?.getAttribute('data-kp-rule') === 'LF-06');
    expect(baseline.getAttribute('aria-describedby')).toBe('msg-framework:i1:baseline');
    expect(document.getElementById('msg-framework:i1:baseline')!.textContent).toMatch(/LF-06/);
    expect(document.getElementById('msg-framework:i1:verification')!.textContent).toMatch(/LF-08/);
    expect(document.getElementById('msg-framework:r2:indicators')!.textContent).toMatch(/LF-05/);
  });

  it('speaks English when the app does', async () => {
    await setUiLanguage('en');
    openCard(withFramework(twoResults()));
    expect(screen.getByRole('textbox', { name: 'Overall objective' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Means of verification (1.1 a)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add an indicator for result 1.2' })).toBeTruthy();
  });
});
