import type { Channel, EventName, EventPayload, Req, ResValue } from '../../core/ipc/contract';
import type { Result } from '../../core/result';

/** The renderer's only way out: the preload's `window.kp` in Electron, HTTP in browser mode. */
export interface Bridge {
  invoke<C extends Channel>(channel: C, req: Req<C>): Promise<Result<ResValue<C>>>;
  on<E extends EventName>(event: E, fn: (payload: EventPayload<E>) => void): () => void;
}

declare global {
  interface Window {
    kp?: Bridge;
  }
}
