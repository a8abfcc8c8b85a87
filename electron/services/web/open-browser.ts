import { spawn } from 'node:child_process';

/**
 * Asks the desktop to open a URL in the default browser. Best effort: without a desktop (no
 * DISPLAY on Linux, a server, a container) or on any failure, the printed URL is the way in.
 */
export function openBrowser(url: string, platform = process.platform, env = process.env): void {
  let cmd: string;
  let args: string[];
  if (platform === 'darwin') [cmd, args] = ['open', [url]];
  else if (platform === 'win32') [cmd, args] = ['cmd', ['/c', 'start', '""', url.replace(/&/g, '^&')]];
  else {
    if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return;
    [cmd, args] = ['xdg-open', [url]];
  }
  try {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true, windowsHide: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No opener on this system: the printed URL still works.
  }
}
