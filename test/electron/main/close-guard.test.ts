import { describe, expect, it, vi } from 'vitest';
import { CloseGuard, SAVE_IDLE_TIMEOUT_MS, type CloseChoice } from '../../../electron/main/close-guard';

function guard(choice: CloseChoice, dirty = true) {
  const timers: Array<{ fn: () => void; ms: number; live: boolean }> = [];
  const d = {
    isDirty: () => dirty,
    ask: vi.fn(async () => choice),
    requestSave: vi.fn(),
    close: vi.fn(),
    onCancelled: vi.fn(),
    setTimer: (fn: () => void, ms: number) => {
      const t = { fn, ms, live: true };
      timers.push(t);
      return t;
    },
    clearTimer: (t: unknown) => {
      (t as { live: boolean }).live = false;
    },
  };
  const fire = () => timers.filter((t) => t.live).forEach((t) => ((t.live = false), t.fn()));
  return { g: new CloseGuard(d), d, timers, fire };
}
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('CloseGuard', () => {
  it('lets a clean window close without asking', () => {
    const { g, d } = guard('cancel', false);
    expect(g.onCloseRequested()).toBe(true);
    expect(d.ask).not.toHaveBeenCalled();
  });

  it('asks once even if close is clicked again while the question is up', async () => {
    const { g, d } = guard('cancel');
    expect(g.onCloseRequested()).toBe(false);
    expect(g.onCloseRequested()).toBe(false);
    await flush();
    expect(d.ask).toHaveBeenCalledTimes(1);
  });

  it('gives up a requested save that shows no sign of life, so a later save cannot close the window', async () => {
    const { g, d, timers, fire } = guard('save');
    g.onCloseRequested();
    await flush();
    expect(d.requestSave).toHaveBeenCalled();
    expect(timers.at(-1)?.ms).toBe(SAVE_IDLE_TIMEOUT_MS);
    fire();
    expect(d.onCancelled).toHaveBeenCalled();
    g.onState(false);
    expect(d.close).not.toHaveBeenCalled();
  });

  it('waits as long as a save dialog is open', async () => {
    const { g, d, fire } = guard('save');
    g.onCloseRequested();
    await flush();
    g.onSaveStarted();
    fire();
    expect(d.onCancelled).not.toHaveBeenCalled();
    g.onSaveEnded(true);
    g.onState(false);
    expect(d.close).toHaveBeenCalled();
    expect(g.onCloseRequested()).toBe(true);
  });

  it('asks again when closed again while a save is pending', async () => {
    const { g, d } = guard('save');
    g.onCloseRequested();
    await flush();
    g.onCloseRequested();
    await flush();
    expect(d.ask).toHaveBeenCalledTimes(2);
  });
});
