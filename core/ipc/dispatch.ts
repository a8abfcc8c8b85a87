import { contract, isChannel, type Channel, type Req, type ResValue } from './contract';
import { err, type Result } from '../result';

/** One handler per channel; each returns a Result (expected failures are values). */
export type Handlers = { [C in Channel]: (req: Req<C>) => Promise<Result<ResValue<C>>> };

/**
 * Validates an untrusted (channel, request) pair against the contract and runs its handler.
 * Shared by Electron's ipcMain and the browser-mode HTTP server, so both enforce the same rules.
 * Never throws: a bug in a handler becomes an `unexpected` error value (and is logged by the caller).
 */
export async function dispatch(
  handlers: Partial<Handlers>,
  channel: unknown,
  request: unknown,
  onBug: (e: unknown) => void = () => {},
): Promise<Result<unknown>> {
  if (!isChannel(channel)) return err('invalid-request', 'unknown channel');
  const parsed = contract[channel].req.safeParse(request);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return err('invalid-request', `invalid request for ${channel}: ${issue ? `${issue.path.join('.') || 'request'}: ${issue.message}` : 'malformed'}`);
  }
  const handler = handlers[channel] as ((req: unknown) => Promise<Result<unknown>>) | undefined;
  if (!handler) return err('not-available', `${channel} is not available here`);
  try {
    return await handler(parsed.data);
  } catch (e) {
    onBug(e);
    return err('unexpected', 'an unexpected error occurred; nothing was changed');
  }
}
