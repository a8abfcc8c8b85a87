import { z } from 'zod';
import { ActionId } from './actions';

const Path = z.string().min(1).max(4096);

/** Events pushed from main (or the browser-mode server) to the renderer (re-exported by core/ipc/contract.ts). */
export const events = {
  'menu:action': z.strictObject({ action: ActionId }),
  'app:open-file': z.strictObject({ path: Path }),
  /** A Word document dropped on the window: its import preview opens (never over the open draft). */
  'app:import-file': z.strictObject({ path: Path }),
} as const;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
