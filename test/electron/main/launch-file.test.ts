import { describe, expect, it } from 'vitest';
import { draftPathFromArgv, draftPathFromInstanceData } from '../../../electron/main/launch-file';

describe('the draft named on the command line', () => {
  it('is found among Electron and Chromium switches, relative paths resolved against the cwd', () => {
    expect(draftPathFromArgv(['/opt/KP Drafter/kp-drafter', '--no-sandbox', 'Ansökan Gävle.kpdraft'], '/home/u/Dokument')).toBe(
      '/home/u/Dokument/Ansökan Gävle.kpdraft',
    );
    expect(draftPathFromArgv(['electron', '.', '/tmp/a.KPDRAFT', '--original-process-start-time=1'], '/x')).toBe('/tmp/a.KPDRAFT');
  });

  it('ignores the executable, the app folder, switches and other files', () => {
    expect(draftPathFromArgv(['/usr/bin/a.kpdraft'], '/')).toBeNull();
    expect(draftPathFromArgv(['electron', '.', '--inspect', 'notes.txt', '--file=x.kpdraft'], '/')).toBeNull();
  });

  it('accepts only a well-formed absolute draft path from a second instance', () => {
    expect(draftPathFromInstanceData({ file: '/home/u/a.kpdraft' })).toBe('/home/u/a.kpdraft');
    for (const bad of [null, undefined, 'x', { file: 'a.kpdraft' }, { file: '/etc/passwd' }, { file: 7 }]) {
      expect(draftPathFromInstanceData(bad)).toBeNull();
    }
  });
});
