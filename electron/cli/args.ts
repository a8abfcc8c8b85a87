import { parseArgs, type ParseArgsConfig } from 'node:util';

export type ParsedArgs = ReturnType<typeof parseArgs>;

/** node:util parseArgs that reports problems as a value instead of throwing. */
export function tryParseArgs(args: string[], options: ParseArgsConfig['options']):
  | { ok: true; values: Record<string, string | boolean | undefined>; positionals: string[] }
  | { ok: false; message: string } {
  try {
    const r = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { ok: true, values: r.values as Record<string, string | boolean | undefined>, positionals: r.positionals };
  } catch (e) {
    return { ok: false, message: (e as Error).message.split('\n')[0] ?? 'invalid arguments' };
  }
}
