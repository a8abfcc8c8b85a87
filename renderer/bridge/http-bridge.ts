import { events, type Channel, type EventName, type EventPayload, type Req, type ResValue } from '../../core/ipc/contract';
import { err, type Result } from '../../core/result';
import type { Bridge } from './types';
import { takeWebToken } from './web-token';

/** How long to wait before reconnecting the event stream; doubles up to the maximum. */
const RETRY_FIRST_MS = 500;
const RETRY_MAX_MS = 15_000;

export interface HttpBridgeOptions {
  /** Defaults to the token the page took from its address (renderer/bridge/web-token.ts). */
  token?: string;
  /** Defaults to the page's own origin. */
  base?: string;
  /**
   * Open the event stream now rather than at the first listener. The window's bridge does: it is
   * made while the renderer's code is still being evaluated, so the events waiting for the window
   * (a file opened at launch) are on their way meanwhile, and are delivered to the listeners that
   * code registers before the page can handle any response.
   */
  openEventsNow?: boolean;
}

function isResult(v: unknown): v is Result<unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as { ok?: unknown; error?: { code?: unknown } };
  return r.ok === true ? 'value' in r : r.ok === false && typeof r.error?.code === 'string';
}

type Listener = (payload: unknown) => void;

/**
 * The bridge of browser mode: the same `invoke` and `on` as the preload's `window.kp`, spoken over
 * HTTP to the local server. Requests carry the per-run token in a header; events arrive as
 * server-sent events read through fetch (EventSource cannot send the header). Never throws:
 * a lost server becomes an error value, and the event stream reconnects by itself.
 */
export function createHttpBridge(o: HttpBridgeOptions = {}): Bridge {
  const token = o.token ?? takeWebToken();
  const base = o.base ?? '';
  const listeners = new Map<EventName, Set<Listener>>();
  let stream: AbortController | null = null;

  async function invoke(channel: Channel, req: unknown): Promise<Result<unknown>> {
    // Without the key every call would only collect a 403: say so without asking.
    if (!token) return err('forbidden', 'this page was opened without its key; open the address KP Drafter printed');
    let res: Response;
    try {
      res = await fetch(`${base}/api/invoke/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-kp-token': token },
        body: JSON.stringify(req ?? {}),
        credentials: 'same-origin',
        cache: 'no-store',
      });
    } catch {
      return err('app-gone', 'KP Drafter is not running any more; start it again and reopen the address it prints');
    }
    // Handlers answer expected failures with 200; a 403 is the server refusing this page's key,
    // which only happens once KP Drafter has started again (a new key per start).
    if (res.status === 403) {
      res.body?.cancel().catch(() => undefined);
      return err('app-gone', 'this page belongs to an earlier run of KP Drafter; open the address it printed last');
    }
    let body: unknown;
    try {
      body = await res.json();
    } catch {
      body = undefined;
    }
    if (isResult(body)) return body;
    return err('unexpected', `the server answered ${res.status}`);
  }

  function deliver(frame: string): void {
    let name = '';
    const data: string[] = [];
    for (const line of frame.split('\n')) {
      if (line.startsWith('event:')) name = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
    }
    if (!Object.prototype.hasOwnProperty.call(events, name)) return;
    const event = name as EventName;
    let payload: unknown;
    try {
      payload = JSON.parse(data.join('\n'));
    } catch {
      return;
    }
    const checked = events[event].safeParse(payload);
    if (!checked.success) return;
    for (const fn of listeners.get(event) ?? []) fn(checked.data);
  }

  async function pump(signal: AbortSignal): Promise<void> {
    let delay = RETRY_FIRST_MS;
    while (!signal.aborted) {
      try {
        const res = await fetch(`${base}/api/events`, { headers: { 'x-kp-token': token }, signal, cache: 'no-store' });
        if (res.ok && res.body) {
          delay = RETRY_FIRST_MS;
          const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
          let buffer = '';
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            buffer += value.replace(/\r\n?/g, '\n');
            let end: number;
            while ((end = buffer.indexOf('\n\n')) >= 0) {
              deliver(buffer.slice(0, end));
              buffer = buffer.slice(end + 2);
            }
          }
        }
      } catch {
        // Server gone or stream aborted: retry below unless we were asked to stop.
      }
      if (signal.aborted) return;
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, RETRY_MAX_MS);
    }
  }

  function on(event: EventName, fn: Listener): () => void {
    let set = listeners.get(event);
    if (!set) listeners.set(event, (set = new Set()));
    set.add(fn);
    if (!stream && token) {
      stream = new AbortController();
      void pump(stream.signal);
    }
    return () => {
      set.delete(fn);
      const any = [...listeners.values()].some((s) => s.size > 0);
      if (!any && stream) {
        stream.abort();
        stream = null;
      }
    };
  }

  if (o.openEventsNow && token) {
    stream = new AbortController();
    void pump(stream.signal);
  }

  return {
    invoke: <C extends Channel>(channel: C, req: Req<C>) => invoke(channel, req) as Promise<Result<ResValue<C>>>,
    on: <E extends EventName>(event: E, fn: (payload: EventPayload<E>) => void) => on(event, fn as Listener),
  };
}
