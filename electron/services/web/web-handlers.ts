import { dirname } from 'node:path';
import type { Handlers } from '../../../core/ipc/dispatch';
import { err, ok } from '../../../core/result';
import { createServiceHandlers, type ServiceDeps } from '../handlers';
import { fileIsInside } from './confine';
import { listFolder } from './files-list';
import { createDesktopShowFile } from './show-file';

export interface WebDeps extends Omit<ServiceDeps, 'mode'> {
  /** Folders the user named on the command line; browsable like the drafts folder. */
  extraRoots?: readonly string[];
}

const noDialog = async () =>
  err('not-available', 'browser mode has no native dialogs; the app shows its own file picker');

/**
 * The browser-mode handler set: the shared services, plus the channels that differ from Electron.
 * Native dialogs don't exist here (the renderer shows its in-app picker over `files:list`), the
 * window title is set by the page itself, and every file path a request names must lie in the
 * drafts folder, a recent file's folder or a folder named on the command line, because a web page
 * should never be a way to read or write arbitrary files.
 */
export function createWebHandlers(d: WebDeps): Partial<Handlers> {
  const base = createServiceHandlers({ showFile: createDesktopShowFile(), ...d, mode: 'web' });
  const roots = () => [d.draftsDir, ...(d.extraRoots ?? []), ...d.store.getRecent().map((r) => dirname(r.path))];
  const outside = (path: string) =>
    err('forbidden', 'in browser mode, files can only be opened and saved in the drafts folder or the folders of recent files', path);

  const confined = <C extends 'draft:open' | 'import:docx' | 'draft:save' | 'export:docx' | 'export:xlsx' | 'review:copy-path' | 'draft:conflict-info' | 'reuse:read' | 'linked:read' | 'first-screen:keep'>(channel: C): Handlers[C] | undefined => {
    const inner = base[channel] as ((req: { path: string }) => Promise<unknown>) | undefined;
    if (!inner) return undefined;
    const wrapped = async (req: { path: string }) => ((await fileIsInside(req.path, roots())) ? inner(req) : outside(req.path));
    return wrapped as unknown as Handlers[C];
  };

  return {
    ...base,
    'draft:open': confined('draft:open'),
    'import:docx': confined('import:docx'),
    'draft:save': confined('draft:save'),
    'export:docx': confined('export:docx'),
    'export:xlsx': confined('export:xlsx'),
    'review:copy-path': confined('review:copy-path'),
    'draft:conflict-info': confined('draft:conflict-info'),
    'reuse:read': confined('reuse:read'),
    'linked:read': confined('linked:read'),
    'first-screen:keep': confined('first-screen:keep'),
    'dialog:open-draft': noDialog,
    'dialog:open-docx': noDialog,
    'dialog:save-draft': noDialog,
    'dialog:export-docx': noDialog,
    'dialog:export-xlsx': noDialog,
    'dialog:open-review-copies': noDialog,
    'dialog:open-annex': noDialog,
    // A page may ask only about files where it could list them.
    'files:exist': async ({ paths }) => {
      const exists: boolean[] = [];
      for (const p of paths) exists.push((await fileIsInside(p, roots())) && (await base['files:exist']!({ paths: [p] }).then((r) => r.ok && r.value.exists[0] === true)));
      return ok({ exists });
    },
    // The browser checks the spelling itself, in the language the text's `lang` names.
    'spelling:status': async () => ok({ 'sv-SE': 'browser', 'en-GB': 'browser' }),
    'spelling:document-language': async () => ok({}),
    'review:merge': async (req) => {
      for (const p of req.paths) if (!(await fileIsInside(p, roots()))) return outside(p);
      return base['review:merge']!(req);
    },
    'files:list': async ({ dir, ext }) => listFolder(dir, roots(), ext),
    'window:state': async () => ok({}),
  };
}
