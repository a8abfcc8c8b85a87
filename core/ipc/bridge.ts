import type { Channel, EventName, EventPayload, Req, ResValue } from './contract';
import type { Result } from '../result';

/**
 * The whole of what a page of the app can ask of the system: the preload's `window.kp` in
 * Electron and the HTTP bridge in browser mode both implement it, so the UI is written once.
 */
export interface Bridge {
  /** Sends a request on a contract channel; every outcome, including failures, is a Result value. */
  invoke<C extends Channel>(channel: C, request: Req<C>): Promise<Result<ResValue<C>>>;
  /** Subscribes to an event pushed by main; returns the function that unsubscribes. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}
