import { z } from 'zod';
import { UiLanguage } from '../settings';

const Path = z.string().min(1).max(4096);

/** The largest first screen kept: the window's visible part, never the whole document. */
export const MAX_FIRST_SCREEN_CHARS = 1_000_000;

/**
 * What a window showed of a draft right after opening it, kept so that the next window opening
 * the same file can paint it (and take keys) before the app's code has run. It belongs to exactly
 * the bytes of the file it was drawn from (`sha256`, as the window's fingerprint of the file says)
 * and is shown only while the file still holds those bytes, in the same UI language and role.
 */
export const FirstScreen = z.strictObject({
  path: Path,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  html: z.string().min(1).max(MAX_FIRST_SCREEN_CHARS),
  uiLanguage: UiLanguage,
  role: z.enum(['author', 'reviewer']),
  /** Whether the side panel was open: the next window shows it only at a width that opens it too. */
  panelOpen: z.boolean(),
});
export type FirstScreen = z.infer<typeof FirstScreen>;

/** The first-screen channel of the one IPC contract (spread into core/ipc/contract.ts). */
export const firstScreenChannels = {
  'first-screen:keep': { req: FirstScreen, res: z.strictObject({}) },
} as const;
