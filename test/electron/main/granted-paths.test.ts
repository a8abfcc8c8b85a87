import { describe, expect, it } from 'vitest';
import { GrantedPaths } from '../../../electron/main/granted-paths';

const draft = { kind: 'write', ext: '.kpdraft' } as const;
const read = { kind: 'read' } as const;

function registry(o: { recent?: string[]; existing?: string[]; platform?: NodeJS.Platform } = {}) {
  const existing = new Set(o.existing ?? []);
  return new GrantedPaths({ recent: () => o.recent ?? [], exists: (p) => existing.has(p), platform: o.platform ?? 'linux' });
}

describe('granted paths', () => {
  it('allow what was granted and what the recent list holds, nothing else', () => {
    const g = registry({ recent: ['/home/u/recent.kpdraft'] });
    g.grant('/home/u/Dokument/chosen.kpdraft');
    expect(g.allows('/home/u/Dokument/chosen.kpdraft', read)).toBe(true);
    expect(g.allows('/home/u/Dokument/../Dokument/chosen.kpdraft', read)).toBe(true);
    expect(g.allows('/home/u/recent.kpdraft', draft)).toBe(true);
    for (const path of ['/etc/passwd.kpdraft', '/home/u/.ssh/x.kpdraft', 'chosen.kpdraft', '/home/u/Dokument/Chosen.kpdraft']) {
      expect(g.allows(path, read), path).toBe(false);
    }
  });

  it('never grant a relative path', () => {
    const g = registry();
    g.grant('relative.kpdraft');
    expect(g.allows('relative.kpdraft', read)).toBe(false);
    expect(g.allows(`${process.cwd()}/relative.kpdraft`, read)).toBe(false);
  });

  it('allow writing a new file of the right kind beside a granted file, but never replacing an existing one', () => {
    const g = registry({ existing: ['/share/Ansökan.kpdraft', '/share/Annan.kpdraft', '/share/Ansökan.docx'] });
    g.grant('/share/Ansökan.kpdraft');
    expect(g.allows('/share/Ansökan – granskning Eva.kpdraft', draft)).toBe(true);
    expect(g.allows('/share/Ny.docx', { kind: 'write', ext: '.docx' })).toBe(true);
    expect(g.allows('/share/Annan.kpdraft', draft)).toBe(false);
    expect(g.allows('/share/Ansökan.docx', { kind: 'write', ext: '.docx' })).toBe(false);
    expect(g.allows('/share/Ansökan – granskning Eva.kpdraft', read)).toBe(false);
    expect(g.allows('/share/.bashrc', draft)).toBe(false);
    expect(g.allows('/share/sub/Ny.kpdraft', draft)).toBe(false);
    expect(g.allows('/elsewhere/Ny.kpdraft', draft)).toBe(false);
  });

  it('compare without regard to case where the file system does (Windows, macOS)', () => {
    const g = registry({ platform: 'darwin' });
    g.grant('/Users/u/Ansökan.kpdraft');
    expect(g.allows('/users/U/ansökan.KPDRAFT', read)).toBe(true);
  });
});
