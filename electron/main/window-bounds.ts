import { z } from 'zod';
import type { Rectangle } from 'electron';
import type { KeyValueStore } from '../services/app-store';

const KEY = 'windowState';
const MIN_VISIBLE = 100;

export const DEFAULT_SIZE = { width: 1280, height: 860 } as const;
/** The layout is designed to work from 1024×700 up. */
export const MIN_SIZE = { width: 1024, height: 700 } as const;

const WindowState = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(MIN_SIZE.width).max(100_000),
  height: z.number().int().min(MIN_SIZE.height).max(100_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowState>;

export interface InitialBounds {
  width: number;
  height: number;
  x?: number;
  y?: number;
  maximized: boolean;
}

function overlap(a: Rectangle, b: Rectangle): { w: number; h: number } {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { w, h };
}

/**
 * Where the window opens: where it was last time, unless the stored value is invalid (users edit
 * the file) or no longer visible on any display (a monitor was unplugged) — then centred, default size.
 */
export function loadWindowBounds(kv: KeyValueStore, workAreas: readonly Rectangle[]): InitialBounds {
  const stored = WindowState.safeParse(kv.get(KEY));
  if (stored.success) {
    const s = stored.data;
    const visible = workAreas.some((area) => {
      const o = overlap(s, area);
      return o.w >= MIN_VISIBLE && o.h >= MIN_VISIBLE;
    });
    if (visible) return s;
  }
  return { ...DEFAULT_SIZE, maximized: stored.success ? stored.data.maximized : false };
}

/** Remembers the normal (unmaximised) bounds and whether the window was maximised. */
export function saveWindowBounds(kv: KeyValueStore, normal: Rectangle, maximized: boolean): void {
  const next = WindowState.safeParse({ ...normal, maximized });
  if (next.success) kv.set(KEY, next.data);
}
