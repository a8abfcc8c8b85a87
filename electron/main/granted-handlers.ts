import { isAbsolute } from 'node:path';
import type { Channel, Req, ResValue } from '../../core/ipc/contract';
import type { Handlers } from '../../core/ipc/dispatch';
import { err, type Result } from '../../core/result';
import type { GrantedPaths, PathUse } from './granted-paths';

type Handler<C extends Channel> = (req: Req<C>) => Promise<Result<ResValue<C>>>;

const refused = (path: string) =>
  err(
    'forbidden',
    'KP Drafter uses only files chosen in it (a dialog, the command line, a drop, the recent list); choose this one with Open… or Save As…',
    path,
  );

/** Runs `inner` only when every path the request names is allowed; a path the answer names is granted. */
function guarded<C extends Channel>(
  granted: GrantedPaths,
  h: Partial<Handlers>,
  channel: C,
  paths: (req: Req<C>) => readonly string[],
  use: PathUse,
): Handler<C> | undefined {
  const inner = h[channel] as Handler<C> | undefined;
  if (!inner) return undefined;
  return async (req) => {
    const refusedPath = paths(req).find((p) => !granted.allows(p, use));
    if (refusedPath !== undefined) return refused(refusedPath);
    const result = await inner(req);
    const answered = result.ok ? (result.value as { path?: unknown }).path : undefined;
    if (typeof answered === 'string') granted.grant(answered);
    return result;
  };
}

/** A dialog's answer is the user's own choice: whatever it returns is granted. */
function granting<C extends Channel>(granted: GrantedPaths, h: Partial<Handlers>, channel: C): Handler<C> | undefined {
  const inner = h[channel] as Handler<C> | undefined;
  if (!inner) return undefined;
  return async (req) => {
    const result = await inner(req);
    if (result.ok) {
      const v = result.value as { path?: unknown; paths?: unknown };
      for (const p of [v.path, ...(Array.isArray(v.paths) ? v.paths : [])]) if (typeof p === 'string') granted.grant(p);
    }
    return result;
  };
}

/** The drafts main listed to reuse from count as handed out, like the recent files among them. */
function grantingListed(granted: GrantedPaths, h: Partial<Handlers>): Handler<'reuse:list'> | undefined {
  const inner = h['reuse:list'];
  if (!inner) return undefined;
  return async (req) => {
    const result = await inner(req);
    if (result.ok) for (const e of result.value.entries) granted.grant(e.path);
    return result;
  };
}

/**
 * Opening a draft the user chose also lets the draft it names as submitted with it be read (read
 * only, by `linked:read`): the user chose that file when linking it.
 */
function grantingLinkedOnOpen(granted: GrantedPaths, h: Partial<Handlers>, inner: Handler<'draft:open'> | undefined): Handler<'draft:open'> | undefined {
  if (!inner || !h['linked:read']) return inner;
  return async (req) => {
    const result = await inner(req);
    const file = result.ok ? (result.value as { draft?: { linkedDraft?: { file?: unknown } | null } }).draft?.linkedDraft?.file : undefined;
    if (typeof file === 'string' && isAbsolute(file)) granted.grant(file);
    return result;
  };
}

/**
 * Electron's handler set with every file path a renderer names checked against the paths main
 * handed out (electron/main/granted-paths.ts). Browser mode confines paths its own way
 * (electron/services/web/confine.ts).
 */
export function guardPaths(h: Partial<Handlers>, granted: GrantedPaths): Partial<Handlers> {
  const one = (req: { path: string }) => [req.path];
  const write = (ext: '.kpdraft' | '.docx' | '.xlsx'): PathUse => ({ kind: 'write', ext });
  const read: PathUse = { kind: 'read' };
  return {
    ...h,
    'dialog:open-draft': granting(granted, h, 'dialog:open-draft'),
    'dialog:open-docx': granting(granted, h, 'dialog:open-docx'),
    'import:docx': guarded(granted, h, 'import:docx', one, read),
    'dialog:save-draft': granting(granted, h, 'dialog:save-draft'),
    'dialog:export-docx': granting(granted, h, 'dialog:export-docx'),
    'dialog:export-xlsx': granting(granted, h, 'dialog:export-xlsx'),
    'dialog:open-review-copies': granting(granted, h, 'dialog:open-review-copies'),
    // An annex file is only remembered and looked for, never read or written: nothing to grant.
    'dialog:open-annex': h['dialog:open-annex'],
    'draft:open': grantingLinkedOnOpen(granted, h, guarded(granted, h, 'draft:open', one, read)),
    'draft:save': guarded(granted, h, 'draft:save', one, write('.kpdraft')),
    'export:docx': guarded(granted, h, 'export:docx', one, write('.docx')),
    'export:xlsx': guarded(granted, h, 'export:xlsx', one, write('.xlsx')),
    'review:set-role': guarded(granted, h, 'review:set-role', one, read),
    'review:merge': guarded(granted, h, 'review:merge', (req) => req.paths, read),
    // Main names the reviewer's copy beside a file the user opened, so that copy may be written.
    'review:copy-path': guarded(granted, h, 'review:copy-path', one, read),
    // Likewise the copy "keep both" writes beside a file the user opened or saved.
    'draft:conflict-info': guarded(granted, h, 'draft:conflict-info', one, read),
    // Versions of a file are its backups: listed only for a file the user opened or saved.
    'versions:list': guarded(granted, h, 'versions:list', (req) => (req.path === null ? [] : [req.path]), read),
    'versions:newest-readable': guarded(granted, h, 'versions:newest-readable', one, read),
    // The in-app file picker is browser mode's; here the native dialogs choose files, and a
    // listing of any folder a page names would tell it what the user keeps where.
    'files:list': undefined,
    // Main itself lists the recent files and the drafts folder to reuse from: those may be read.
    'reuse:list': grantingListed(granted, h),
    'reuse:read': guarded(granted, h, 'reuse:read', one, read),
    // The linked draft is chosen with the open-draft dialog, or named by a draft the user opened.
    'linked:read': guarded(granted, h, 'linked:read', one, read),
    // A first screen is kept only of a file the user opened (and hashed, never otherwise read).
    'first-screen:keep': guarded(granted, h, 'first-screen:keep', one, read),
  };
}
