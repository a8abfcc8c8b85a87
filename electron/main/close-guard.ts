/** The answer to "Save changes before closing?". */
export type CloseChoice = 'save' | 'discard' | 'cancel';

export interface CloseGuardDeps {
  isDirty(): boolean;
  /** Shows the native Save / Don't save / Cancel question. */
  ask(): Promise<CloseChoice>;
  /** Asks the renderer to save (it runs the same draft.save action as the menu). */
  requestSave(): void;
  /** Closes the window for real; the guard lets this close through. */
  close(): void;
  /** The close did not happen (Cancel, or the save was abandoned): a pending quit must stop. */
  onCancelled(): void;
  /** Timers are injected so tests can drive them. */
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/**
 * How long a requested save may show no sign of life (no save dialog, no write in flight) before
 * the close is abandoned. Without it, a save the renderer declined silently would leave the close
 * pending, and a later, unrelated save would close the window out of the blue.
 */
export const SAVE_IDLE_TIMEOUT_MS = 15_000;

/**
 * Closing a window with unsaved changes asks first. The renderer owns the draft, so "Save" is
 * delegated to it, and the window closes only once the renderer reports a clean state
 * (window:state). A cancelled Save As dialog or a failed write keeps the window open.
 */
export class CloseGuard {
  private allowClose = false;
  private phase: 'idle' | 'asking' | 'saving' = 'idle';
  private savesInFlight = 0;
  private timer: unknown = null;

  constructor(private readonly d: CloseGuardDeps) {}

  /** From the window's `close` event: true lets it close, false means it was prevented. */
  onCloseRequested(): boolean {
    if (this.allowClose || !this.d.isDirty()) return true;
    // While the question is up, further close clicks change nothing; while a save is pending, a
    // new close attempt asks again (the renderer may have stopped answering).
    if (this.phase !== 'asking') void this.run();
    return false;
  }

  /** The renderer reported its state; a clean state during a pending save completes the close. */
  onState(dirty: boolean): void {
    if (this.phase === 'saving' && !dirty) this.finish();
  }

  /** A save dialog or a write for this window started. */
  onSaveStarted(): void {
    this.savesInFlight++;
    this.stopTimer();
  }

  /** A save dialog or a write ended; `completed` is false when the user cancelled or the write failed. */
  onSaveEnded(completed: boolean): void {
    this.savesInFlight = Math.max(0, this.savesInFlight - 1);
    if (this.phase !== 'saving') return;
    if (!completed) this.abandon();
    else if (this.savesInFlight === 0) this.startTimer();
  }

  /** The page was reloaded or crashed: whatever was pending is void. */
  reset(): void {
    this.stopTimer();
    this.phase = 'idle';
    this.savesInFlight = 0;
  }

  private async run(): Promise<void> {
    this.stopTimer();
    this.phase = 'asking';
    const choice = await this.d.ask();
    if (choice === 'cancel') return this.abandon();
    if (choice === 'discard') return this.finish();
    this.phase = 'saving';
    this.startTimer();
    this.d.requestSave();
  }

  private finish(): void {
    this.stopTimer();
    this.phase = 'idle';
    this.allowClose = true;
    this.d.close();
  }

  private abandon(): void {
    this.stopTimer();
    this.phase = 'idle';
    this.d.onCancelled();
  }

  private startTimer(): void {
    this.stopTimer();
    const set = this.d.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.timer = set(() => {
      this.timer = null;
      if (this.phase === 'saving' && this.savesInFlight === 0) this.abandon();
    }, SAVE_IDLE_TIMEOUT_MS);
  }

  private stopTimer(): void {
    if (this.timer === null) return;
    const clear = this.d.clearTimer ?? ((h) => clearTimeout(h as NodeJS.Timeout));
    clear(this.timer);
    this.timer = null;
  }
}
