import type { Settings } from '../../core/settings';
import { defaultSettings } from '../../core/settings';
import type { LinkTarget } from '../editor/link-target';
import { createStore } from './create-store';

/** A short message for the user (aria-live), e.g. after saving or when something failed. */
export interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: string;
  /** Buttons that follow up on the message (e.g. open the exported document); each closes it. */
  actions?: NoticeAction[];
}

export interface NoticeAction {
  label: string;
  run: () => void;
}

export type DialogState =
  | { kind: 'open-file' }
  | { kind: 'save-as'; then?: 'export' }
  | { kind: 'export' }
  | { kind: 'about' }
  | { kind: 'settings' }
  | { kind: 'versions' }
  | { kind: 'link'; target: LinkTarget }
  /** A save found the file changed on disk since this window read it. */
  | { kind: 'conflict'; path: string }
  /** A save would write over a file that could not be read, with the backup opened in its place. */
  | { kind: 'replace-unreadable'; path: string };

/** App-wide UI state: which screen, which dialog, settings mirror, messages. */
export interface AppState {
  screen: 'loading' | 'start' | 'editor';
  mode: 'electron' | 'web';
  draftsDir: string;
  settings: Settings;
  dialog: DialogState | null;
  notices: Notice[];
  sidePanelOpen: boolean;
}

export const appStore = createStore<AppState>({
  screen: 'loading',
  mode: 'web',
  draftsDir: '',
  settings: defaultSettings,
  dialog: null,
  notices: [],
  sidePanelOpen: true,
});

let nextNotice = 1;
/**
 * Shows a message; info messages fade after a while (later when they offer actions), errors stay
 * until dismissed. A message already on screen is not stacked again: it moves to the end instead.
 */
export function notify(kind: Notice['kind'], text: string, actions?: NoticeAction[]): void {
  const id = nextNotice++;
  appStore.set((s) => {
    const others = s.notices.filter((n) => n.kind !== kind || n.text !== text);
    return { notices: [...others.slice(-3), { id, kind, text, ...(actions?.length ? { actions } : {}) }] };
  });
  if (kind === 'info') setTimeout(() => dismissNotice(id), actions?.length ? 30_000 : 6000);
}

export function dismissNotice(id: number): void {
  appStore.set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
}

export function openDialog(dialog: DialogState | null): void {
  appStore.set({ dialog });
}
