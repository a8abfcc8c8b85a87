import type { ServerResponse } from 'node:http';
import { events, type EventName, type EventPayload } from '../../../core/ipc/contract';

const HEARTBEAT_MS = 20_000;

/**
 * Server-sent events to the open pages: the browser-mode counterpart of main's
 * `webContents.send`. Payloads are validated against the contract before they leave.
 */
export class EventHub {
  private readonly clients = new Set<ServerResponse>();
  private readonly timer: NodeJS.Timeout;
  /** Events sent before any page was listening (e.g. a file named on the command line). */
  private readonly pending: string[] = [];

  constructor() {
    this.timer = setInterval(() => this.write(': keep-alive\n\n'), HEARTBEAT_MS);
    this.timer.unref();
  }

  attach(res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', connection: 'keep-alive' });
    res.write(': connected\n\n');
    this.clients.add(res);
    res.on('close', () => this.clients.delete(res));
    for (const frame of this.pending.splice(0)) res.write(frame);
  }

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    const checked = events[name].parse(payload);
    const frame = `event: ${name}\ndata: ${JSON.stringify(checked)}\n\n`;
    if (this.clients.size === 0) this.pending.push(frame);
    else this.write(frame);
  }

  close(): void {
    clearInterval(this.timer);
    for (const c of this.clients) c.end();
    this.clients.clear();
  }

  private write(frame: string): void {
    for (const c of this.clients) c.write(frame);
  }
}
