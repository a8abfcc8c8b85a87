import { createHttpBridge } from './http-bridge';
import type { Bridge } from './types';
import { takeWebToken } from './web-token';

const webToken = window.kp ? null : takeWebToken();

/** The preload's bridge inside Electron, the HTTP bridge in browser mode; nothing else differs. */
export const bridge: Bridge = window.kp ?? createHttpBridge({ token: webToken ?? '', openEventsNow: true });

/** Browser mode opened without its key (a new tab, a bookmark): the server will answer nothing. */
export const webTokenMissing = webToken === '';

export { hideWebTokenFromAddress } from './web-token';
export type { Bridge };
