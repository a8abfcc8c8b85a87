import type { Annex, Draft } from '../../core/draft/schema';
import { bridge } from '../bridge';
import { appStore, openDialog } from '../state/app-state';
import { updateFields } from '../state/doc-state';

/** The last part of a path, Windows or POSIX. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}

/** The draft with the annex of `kind` changed (added, in state missing, when it had none). */
export function withAnnex(d: Draft, kind: string, patch: Partial<Omit<Annex, 'kind'>>): Draft {
  const has = d.annexes.some((a) => a.kind === kind);
  const annexes = has
    ? d.annexes.map((a) => (a.kind === kind ? { ...a, ...patch } : a))
    : [...d.annexes, { kind, state: 'missing' as const, file: null, ...patch }];
  return { ...d, annexes };
}

export function setAnnex(kind: string, patch: Partial<Omit<Annex, 'kind'>>): void {
  updateFields((d) => withAnnex(d, kind, patch));
}

/**
 * Lets the user choose the file an annex lives in: the native dialog in Electron, the in-app
 * picker in browser mode. Only the path is remembered.
 */
export async function chooseAnnexFile(kind: string, title: string): Promise<void> {
  if (appStore.get().mode === 'web') {
    openDialog({ kind: 'annex-file', annexKind: kind, title });
    return;
  }
  const r = await bridge.invoke('dialog:open-annex', { title });
  if (r.ok && r.value.path) setAnnex(kind, { file: r.value.path });
}
