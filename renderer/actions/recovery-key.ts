import type { Draft } from '../../core/draft/schema';

/**
 * Which recovery copy a window writes to. A copy belongs to one window and one file: two windows
 * on drafts with the same id (a reviewer's copy and the original) must never share a copy, or a
 * clean save in one would delete the other's unsaved work. So the key is the window's session
 * plus the file (a hash of its path), or "unsaved" plus the draft id for a draft never saved.
 */

const SESSION_ITEM = 'kp.windowSession';
const SAFE = /^[A-Za-z0-9_-]{1,100}$/;

/**
 * This window's session id: random per window, kept in sessionStorage so that reloading the same
 * window or tab keeps it (and with it the copy it was writing).
 */
export function windowSessionId(storage: Pick<Storage, 'getItem' | 'setItem'> | null, newId: () => string): string {
  const kept = safeRead(storage);
  if (kept && SAFE.test(kept) && kept.length <= 40) return kept;
  const id = newId().replace(/[^A-Za-z0-9-]/g, '').slice(0, 40) || 'window';
  try {
    storage?.setItem(SESSION_ITEM, id);
  } catch {
    // Storage may be unavailable (privacy settings); the id then lasts until the page reloads.
  }
  return id;
}

function safeRead(storage: Pick<Storage, 'getItem'> | null): string | null {
  try {
    return storage?.getItem(SESSION_ITEM) ?? null;
  } catch {
    return null;
  }
}

/** 64 bits of FNV-1a over the path: a short, stable, file-name-safe stand-in for it. */
export function pathHash(path: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ path.length;
  for (let i = 0; i < path.length; i++) {
    const c = path.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

/** The recovery key of one window's copy of one file (or of a never-saved draft). */
export function recoveryKeyFor(session: string, path: string | null, draft: Pick<Draft, 'id'>): string {
  const what = path ? pathHash(path) : `unsaved-${draft.id.replace(/[^A-Za-z0-9_-]/g, '_') || 'draft'}`;
  return `${session}-${what}`.slice(0, 100);
}

/** The key under which work is kept aside when the window replaces it (reloading the file from disk). */
export function keptAsideKey(key: string, now: number): string {
  return `${key.slice(0, 88)}-k${now.toString(36)}`;
}
