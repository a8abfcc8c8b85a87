import { describe, expect, it } from 'vitest';
import { contract } from '../../../core/ipc/contract';
import { keptAsideKey, recoveryKeyFor, windowSessionId } from '../../../renderer/actions/recovery-key';

const memoryStorage = () => {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
};
let n = 0;
const uuid = () => `0000000${++n}-aaaa-4bbb-8ccc-dddddddddddd`.slice(-36);
const validKey = (key: string) => contract['recovery:save'].req.shape.key.safeParse(key).success;

describe('which recovery copy a window writes to', () => {
  it('gives two windows on drafts with the same id, even the same file, separate copies', () => {
    const a = windowSessionId(memoryStorage(), uuid);
    const b = windowSessionId(memoryStorage(), uuid);
    const draft = { id: 'draft-1234' };
    expect(recoveryKeyFor(a, '/delad/Ansökan.kpdraft', draft)).not.toBe(recoveryKeyFor(b, '/delad/Ansökan.kpdraft', draft));
    expect(recoveryKeyFor(a, '/delad/Ansökan.kpdraft', draft)).not.toBe(recoveryKeyFor(a, '/delad/Ansökan – granskning.kpdraft', draft));
    expect(recoveryKeyFor(a, null, draft)).not.toBe(recoveryKeyFor(b, null, draft));
  });

  it('keeps the window\'s session over a reload of the same tab, so it finds its copy again', () => {
    const tab = memoryStorage();
    const first = windowSessionId(tab, uuid);
    expect(windowSessionId(tab, uuid)).toBe(first);
    expect(recoveryKeyFor(windowSessionId(tab, uuid), '/a.kpdraft', { id: 'x' })).toBe(recoveryKeyFor(first, '/a.kpdraft', { id: 'x' }));
  });

  it('makes keys the recovery area accepts, whatever the path or draft id', () => {
    const s = windowSessionId(null, uuid);
    for (const [path, id] of [['C:\\Users\\anna\\Ansökan ”2026”.kpdraft', 'x'], [null, 'id med mellanslag/och snedstreck'], [null, ''], ['/a'.repeat(2000), 'y'.repeat(300)]] as const) {
      const key = recoveryKeyFor(s, path, { id });
      expect(validKey(key)).toBe(true);
      expect(validKey(keptAsideKey(key, Date.now()))).toBe(true);
      expect(keptAsideKey(key, 1)).not.toBe(key);
    }
  });
});
