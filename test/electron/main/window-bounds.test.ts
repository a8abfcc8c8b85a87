import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, loadWindowBounds, saveWindowBounds } from '../../../electron/main/window-bounds';

const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];
const kvOf = (m: Map<string, unknown>) => ({ get: (k: string) => m.get(k), set: (k: string, v: unknown) => void m.set(k, v) });

describe('window bounds', () => {
  it('come back as they were saved', () => {
    const kv = kvOf(new Map());
    saveWindowBounds(kv, { x: 100, y: 80, width: 1200, height: 800 }, true);
    expect(loadWindowBounds(kv, screen)).toEqual({ x: 100, y: 80, width: 1200, height: 800, maximized: true });
  });

  it('fall back to a centred default when the monitor they were on is gone', () => {
    const kv = kvOf(new Map([['windowState', { x: 2500, y: 100, width: 1200, height: 800, maximized: false }]]));
    expect(loadWindowBounds(kv, screen)).toEqual({ ...DEFAULT_SIZE, maximized: false });
  });

  it('fall back to the default when the stored value was edited into nonsense', () => {
    for (const junk of ['big', { x: 0, y: 0, width: 10, height: 10, maximized: false }, { x: 'a' }, null]) {
      expect(loadWindowBounds(kvOf(new Map([['windowState', junk]])), screen)).toEqual({ ...DEFAULT_SIZE, maximized: false });
    }
  });
});
