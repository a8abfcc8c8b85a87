import { EventEmitter } from 'node:events';
import type { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createDesktopShowFile, openerCommand } from '../../../../electron/services/web/show-file';

describe('opening an exported document from browser mode', () => {
  it('uses the desktop opener of each platform, or the program named in KP_OPENER', () => {
    expect(openerCommand('/home/a/Ansökan.docx', 'open', 'linux', '')).toEqual(['xdg-open', ['/home/a/Ansökan.docx']]);
    expect(openerCommand('/home/a/Ansökan.docx', 'folder', 'linux', '')).toEqual(['xdg-open', ['/home/a']]);
    expect(openerCommand('/Users/a/Ansökan.docx', 'folder', 'darwin', '')).toEqual(['open', ['-R', '/Users/a/Ansökan.docx']]);
    expect(openerCommand('C:\\a\\Ansökan.docx', 'folder', 'win32', '')).toEqual(['explorer.exe', ['/select,C:\\a\\Ansökan.docx']]);
    expect(openerCommand('/home/a/Ansökan.docx', 'folder', 'linux', '/usr/local/bin/my-opener')).toEqual(['/usr/local/bin/my-opener', ['/home/a']]);
  });

  it('answers ok once the opener started, and a clear error when there is none', async () => {
    const fake = (outcome: 'spawn' | 'error') => ((cmd: string) => {
      const child = Object.assign(new EventEmitter(), { unref: () => {} });
      setImmediate(() => (outcome === 'spawn' ? child.emit('spawn') : child.emit('error', Object.assign(new Error(`spawn ${cmd} ENOENT`), { code: 'ENOENT' }))));
      return child;
    }) as unknown as typeof spawn;
    expect(await createDesktopShowFile(fake('spawn'))('/tmp/a.docx', 'open')).toEqual({ ok: true, value: {} });
    const r = await createDesktopShowFile(fake('error'))('/tmp/a.docx', 'open');
    expect(r).toMatchObject({ ok: false, error: { code: 'not-available', path: '/tmp/a.docx' } });
  });
});
