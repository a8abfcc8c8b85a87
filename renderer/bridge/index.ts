import { createHttpBridge } from './http-bridge';
import type { Bridge } from './types';

/** The preload's bridge inside Electron, the HTTP bridge in browser mode; nothing else differs. */
export const bridge: Bridge = window.kp ?? createHttpBridge();

export type { Bridge };
