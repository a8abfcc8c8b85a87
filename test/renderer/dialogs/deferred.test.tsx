import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { deferred } from '../../../renderer/dialogs/deferred';

/** A dialog-like component with state of its own: what the user typed into it. */
function NameField({ label }: { label: string }) {
  const [name, setName] = useState('');
  return <label>{label}<input value={name} onChange={(e) => setName(e.target.value)} /></label>;
}

/** A module that arrives when the test says so, as a dialog's chunk arrives from disk. */
function slowModule() {
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  return { load: () => arrived.then(() => NameField), arrive };
}

describe('deferred components (dialogs loaded apart from the start-up bundle)', () => {
  it('shows nothing until the module is in, then the component with its props', async () => {
    const m = slowModule();
    const Field = deferred(m.load);
    render(<Field label="Namn" />);
    expect(screen.queryByRole('textbox')).toBeNull();
    await act(async () => m.arrive());
    expect((await screen.findByLabelText('Namn')).tagName).toBe('INPUT');
  });

  it('once preloaded, renders in the same frame it is asked for', async () => {
    const m = slowModule();
    const Field = deferred(m.load);
    m.arrive();
    await Field.preload();
    render(<Field label="Namn" />);
    expect(screen.getByLabelText('Namn')).toBeTruthy();
  });

  it('keeps what the user typed when its parent renders again after the module arrived', async () => {
    const m = slowModule();
    const Field = deferred(m.load);
    function Host() {
      const [n, setN] = useState(0);
      return <><button type="button" onClick={() => setN(n + 1)}>again {n}</button><Field label="Namn" /></>;
    }
    render(<Host />);
    await act(async () => m.arrive());
    await userEvent.type(await screen.findByLabelText('Namn'), 'Anna');
    await userEvent.click(screen.getByRole('button'));
    expect(screen.getByRole('button').textContent).toBe('again 1');
    expect((screen.getByLabelText('Namn') as HTMLInputElement).value).toBe('Anna');
  });
});
