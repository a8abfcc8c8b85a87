import type { Channel, Req } from '../../../core/ipc/contract';
import type { Result } from '../../../core/result';
import type { AppServer } from './app-server';

/**
 * Calls a channel of a running browser-mode server from the test itself, the way the page's bridge
 * does: to prepare state or to observe it (e.g. wait for autosave) without going through the UI.
 */
export async function callApi<C extends Channel>(server: AppServer, channel: C, req: Req<C>): Promise<Result<unknown>> {
  const res = await fetch(`${server.origin}/api/invoke/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-kp-token': server.token },
    body: JSON.stringify(req),
  });
  return (await res.json()) as Result<unknown>;
}

/** Polls until `probe` returns a value other than undefined, or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
