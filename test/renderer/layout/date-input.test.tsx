import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DateInput } from '../../../renderer/layout/date-input';
import { setUiLanguage } from '../../../renderer/i18n';
import { docStore, undoFields } from '../../../renderer/state/doc-state';
import { newDraft, openDraft } from '../support/drafts';

/** The project's start date field, as the header shows it. */
function startField(start: string | null = '2026-09-01') {
  const d = newDraft();
  openDraft({ ...d, period: { ...d.period, start } });
  render(<DateInput label="Startdatum" field="period.start" coalesceKey="period.start" />);
  return screen.getByRole('textbox', { name: 'Startdatum' }) as HTMLInputElement;
}
const type = (el: HTMLInputElement, text: string) => fireEvent.change(el, { target: { value: text } });
const draft = () => docStore.get().draft!;

describe('date field', () => {
  it('shows the date as ÅÅÅÅ-MM-DD in Swedish and DD/MM/YYYY in English, whatever the system\'s locale', async () => {
    const field = startField();
    expect(field.type).toBe('text');
    expect(field.value).toBe('2026-09-01');
    expect(field.placeholder).toBe('ÅÅÅÅ-MM-DD');
    await act(() => setUiLanguage('en'));
    expect(field.value).toBe('01/09/2026');
    expect(field.placeholder).toBe('DD/MM/YYYY');
  });

  it('stores what is typed as a date once it is one, and shows it in the standard form on leaving', async () => {
    await setUiLanguage('en');
    const field = startField(null);
    type(field, '1/10/2026');
    expect(draft().period.start).toBe('2026-10-01');
    expect(draft().invalidInputs).toEqual({});
    fireEvent.blur(field);
    expect(field.value).toBe('01/10/2026');
  });

  it('keeps a half-typed or impossible date as unreadable input, never an old or rolled-over date', () => {
    const field = startField();
    type(field, '2026-1');
    expect(field.value).toBe('2026-1');
    expect(draft().period.start).toBeNull();
    expect(draft().invalidInputs).toEqual({ 'period.start': '2026-1' });
    type(field, '2026-02-30');
    expect(draft().period.start).toBeNull();
    expect(draft().invalidInputs).toEqual({ 'period.start': '2026-02-30' });
    fireEvent.blur(field);
    expect(field.value).toBe('2026-02-30');
    type(field, '');
    expect(draft().period.start).toBeNull();
    expect(draft().invalidInputs).toEqual({});
  });

  it('follows the draft when undo changes it under the typed text', () => {
    const field = startField();
    field.focus();
    type(field, '2026-12-24');
    expect(draft().period.start).toBe('2026-12-24');
    act(() => undoFields());
    expect(draft().period.start).toBe('2026-09-01');
    expect(field.value).toBe('2026-09-01');
  });

  it('offers a calendar beside the field, and a date picked there is stored and shown in the field\'s format', () => {
    const field = startField(null);
    expect(screen.getByRole('button', { name: 'Välj datum i kalendern' })).toBeTruthy();
    const calendar = field.parentElement!.querySelector<HTMLInputElement>('input[type="date"]')!;
    fireEvent.change(calendar, { target: { value: '2027-03-15' } });
    expect(draft().period.start).toBe('2027-03-15');
    expect(field.value).toBe('2027-03-15');
  });
});
