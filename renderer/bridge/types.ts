import type { Bridge } from '../../core/ipc/bridge';

export type { Bridge };

declare global {
  interface Window {
    kp?: Bridge;
  }
}
