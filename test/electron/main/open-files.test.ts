import { describe, expect, it } from 'vitest';
import { OpenFiles } from '../../../electron/main/open-files';

describe('which window shows which file', () => {
  it('finds the window by the file, however the path is spelled, case-blind where the system is', () => {
    const mac = new OpenFiles('darwin');
    mac.set(1, '/Users/anna/Ansökan.kpdraft');
    expect(mac.holderOf('/Users/anna/./ansökan.KPDRAFT')).toBe(1);
    const linux = new OpenFiles('linux');
    linux.set(1, '/home/anna/Ansökan.kpdraft');
    expect(linux.holderOf('/home/anna/../anna/Ansökan.kpdraft')).toBe(1);
    expect(linux.holderOf('/home/anna/ansökan.kpdraft')).toBeUndefined();
  });

  it('forgets a window that moved on to a draft without a file, or closed', () => {
    const files = new OpenFiles('linux');
    files.set(1, '/a.kpdraft');
    files.set(2, '/b.kpdraft');
    files.set(1, null);
    files.forget(2);
    expect([files.holderOf('/a.kpdraft'), files.holderOf('/b.kpdraft')]).toEqual([undefined, undefined]);
  });
});
