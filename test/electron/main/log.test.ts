import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFileLogger, describeError } from '../../../electron/main/log';

const dir = mkdtempSync(join(tmpdir(), 'kp-log-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the main-process log', () => {
  it('keeps the error type, code and stack frames but not the text a parser quoted', () => {
    let parseError: unknown;
    try {
      JSON.parse('{"challenge": Vår kommun vill stärka medborgardialogen}');
    } catch (e) {
      parseError = e;
    }
    const line = describeError(parseError);
    expect(line).toMatch(/^SyntaxError: /);
    expect(line).toMatch(/\n\s+at /);
    expect(line).not.toMatch(/Vår|kommun|challenge/);
    const io = Object.assign(new Error("EACCES: permission denied, open '/home/u/a.kpdraft'"), { code: 'EACCES' });
    expect(describeError(io)).toMatch(/^Error \[EACCES\]: EACCES: permission denied, open "…"/);
  });

  it('appends to a file under the given folder, creating it', () => {
    const log = createFileLogger(join(dir, 'logs'));
    log.info('started');
    log.error('uncaught exception', new TypeError("Cannot read properties of undefined (reading 'x')"));
    const text = readFileSync(join(dir, 'logs', 'main.log'), 'utf8');
    expect(text).toMatch(/INFO started\n/);
    expect(text).toMatch(/ERROR uncaught exception: TypeError: /);
  });
});
