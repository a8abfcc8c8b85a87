import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Logger {
  info(message: string): void;
  error(context: string, error: unknown): void;
}

const MAX_BYTES = 1_000_000;
const MAX_MESSAGE = 300;

/**
 * An error as one loggable line plus stack frames — never draft content. Quoted fragments are
 * dropped from the message because parsers quote the input they choke on (JSON.parse does), and
 * that input may be the user's text.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return `non-error thrown (${typeof error})`;
  const code = (error as NodeJS.ErrnoException).code;
  const message = error.message
    // From the first quote to the last: V8's JSON errors quote a window of the input with
    // unbalanced quotes (…"allenge": Vår kommun"…), so pairing quotes up would leak text.
    .replace(/["'`“”‘’][\s\S]*["'`“”‘’]/, '"…"')
    .replace(/\s+/g, ' ')
    .slice(0, MAX_MESSAGE);
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 15);
  return [`${error.name}${code ? ` [${code}]` : ''}: ${message}`, ...frames].join('\n');
}

/**
 * A plain append-only log file under the user-data folder (one rotation at ~1 MB). Logging must
 * never take the app down, so every write failure is swallowed.
 */
export function createFileLogger(dir: string, fileName = 'main.log'): Logger {
  const file = join(dir, fileName);
  const write = (level: string, text: string) => {
    try {
      mkdirSync(dir, { recursive: true });
      try {
        if (statSync(file).size > MAX_BYTES) renameSync(file, `${file}.1`);
      } catch {
        // no file yet
      }
      appendFileSync(file, `${new Date().toISOString()} ${level} ${text}\n`, 'utf8');
    } catch {
      // nowhere left to report it
    }
  };
  return {
    info: (message) => write('INFO', message),
    error: (context, error) => write('ERROR', `${context}: ${describeError(error)}`),
  };
}

/** Bugs that escape every handler are written to the log instead of vanishing. */
export function logUncaught(log: Logger): void {
  process.on('uncaughtException', (e) => log.error('uncaught exception', e));
  process.on('unhandledRejection', (e) => log.error('unhandled rejection', e));
}
