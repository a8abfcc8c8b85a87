import type { ReviewRole } from '../../core/ipc/contract';
import { bridge } from '../bridge';

/**
 * Which role a draft opens in: the one asked for by how it is opened ("Öppna för granskning…" asks
 * for reviewer, "Öppna…" for author), else (the recent list, the command line) the one the file was
 * last used in, else author. Remembered per file by main.
 */

let remembered = new Map<string, ReviewRole>();
let requested: ReviewRole | null = null;
let loaded: Promise<void> | null = null;

/** Reads the remembered roles once (at start). */
export function loadRoleMemory(): Promise<void> {
  loaded ??= bridge.invoke('review:roles', {}).then((r) => {
    if (r.ok) for (const e of [...r.value].reverse()) remembered.set(e.path, e.role);
  });
  return loaded;
}

/** The next draft opened is opened in this role. */
export function requestRole(role: ReviewRole | null): void {
  requested = role;
}

/** The role for the draft being opened now (consumes a request). */
export function roleForOpening(path: string | null): ReviewRole {
  const role = requested ?? (path ? remembered.get(path) : undefined) ?? 'author';
  requested = null;
  if (path) rememberRole(path, role);
  return role;
}

/** The remembered role of a file, if any. */
export function rememberedRole(path: string): ReviewRole | undefined {
  return remembered.get(path);
}

/** Remembers a file's role (here and in main) when it differs from what is known. */
export function rememberRole(path: string, role: ReviewRole): void {
  if ((remembered.get(path) ?? 'author') === role) return;
  remembered.set(path, role);
  void bridge.invoke('review:set-role', { path, role });
}

/** For tests: forget everything. */
export function resetRoleMemory(entries: Array<[string, ReviewRole]> = []): void {
  remembered = new Map(entries);
  requested = null;
  loaded = Promise.resolve();
}
