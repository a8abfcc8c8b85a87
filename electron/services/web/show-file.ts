import { spawn } from 'node:child_process';
import { dirname } from 'node:path';
import { err, ok } from '../../../core/result';
import type { ShowFile } from '../handlers';

/**
 * The desktop's own opener: the default program for a file, the file manager for a folder.
 * KP_OPENER names another program, run with the file (or its folder) as its one argument.
 */
export function openerCommand(path: string, how: 'open' | 'folder', platform: NodeJS.Platform = process.platform, opener = process.env.KP_OPENER): [string, string[]] {
  if (opener) return [opener, [how === 'folder' ? dirname(path) : path]];
  if (platform === 'darwin') return how === 'folder' ? ['open', ['-R', path]] : ['open', [path]];
  if (platform === 'win32') return how === 'folder' ? ['explorer.exe', [`/select,${path}`]] : ['explorer.exe', [path]];
  return ['xdg-open', [how === 'folder' ? dirname(path) : path]];
}

/**
 * Browser mode runs on the user's own machine, so an exported document can be opened there
 * as Electron's shell would. The opener is started detached and not waited for.
 */
export function createDesktopShowFile(run: typeof spawn = spawn): ShowFile {
  return (path, how) =>
    new Promise((resolve) => {
      const [cmd, args] = openerCommand(path, how);
      const child = run(cmd, args, { detached: true, stdio: 'ignore' });
      child.once('error', () => resolve(err('not-available', `no program to open files with was found (${cmd})`, path)));
      child.once('spawn', () => {
        child.unref();
        resolve(ok({}));
      });
    });
}
