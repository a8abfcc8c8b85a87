import { isAbsolute, resolve } from 'node:path';

const DRAFT = /\.kpdraft$/i;

/**
 * The draft named on a command line (double-click in the file manager, "Open with", a second
 * launch). Chromium and Electron add their own switches, and in development argv[1] is the app
 * folder, so only a non-switch argument ending in .kpdraft counts; the last one wins.
 */
export function draftPathFromArgv(argv: readonly string[], cwd: string): string | null {
  for (let i = argv.length - 1; i >= 1; i--) {
    const arg = argv[i];
    if (!arg || arg.startsWith('-') || !DRAFT.test(arg)) continue;
    return isAbsolute(arg) ? arg : resolve(cwd, arg);
  }
  return null;
}

/** The draft a second instance forwarded in its single-instance data, if it is well-formed. */
export function draftPathFromInstanceData(data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return null;
  const file = (data as { file?: unknown }).file;
  return typeof file === 'string' && isAbsolute(file) && DRAFT.test(file) ? file : null;
}
