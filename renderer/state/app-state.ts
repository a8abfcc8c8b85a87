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
  /** How long it stays once shown, not counting time under the pointer or focus; null: until dismissed. */
  timeoutMs: number | null;
  /** What the message is about (e.g. 'save'): a newer message on it replaces this one. */
  topic?: string;
  /** True once what the message says no longer holds (the removed line is back, the draft changed since "Saved"). */
  staleWhen?: () => boolean;
  /** Said while a document was open, so about it: it goes when that document closes. */
  aboutDocument?: boolean;
}

export interface NoticeAction {
  label: string;
  run: () => void;
}

export type DialogState =
  | { kind: 'open-file' }
  | { kind: 'save-as'; then?: 'export' }
  | { kind: 'export' }
  | { kind: 'export-budget' }
  /** "Klar att skicka in?" and the form view (renderer/submit). */
  | { kind: 'submit-check' }
  | { kind: 'form-view' }
  | { kind: 'about' }
  | { kind: 'settings' }
  | { kind: 'versions' }
  /** Insert text, team members or budget lines from an earlier draft. */
  | { kind: 'reuse' }
  /** A Word document read into a new draft; without a path, browser mode's picker chooses it first. */
  | { kind: 'import'; path?: string }
  | { kind: 'link'; target: LinkTarget }
  /** A save found the file changed on disk since this window read it. */
  | { kind: 'conflict'; path: string }
  /** A save would write over a file that could not be read, with the backup opened in its place. */
  | { kind: 'replace-unreadable'; path: string }
  /** Browser mode's picker for the file an annex lives in. */
  | { kind: 'annex-file'; annexKind: string; title: string }
  /** Browser mode's picker for the draft submitted with this one. */
  | { kind: 'linked-draft'; title: string };

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

/** Info messages go after a while, later when they offer something to do; errors stay until dismissed. */
const INFO_MS = 6000;
const INFO_WITH_ACTIONS_MS = 30_000;
/** At most this many at once: older ones make room, so messages never pile up over the document. */
const MAX_NOTICES = 3;

export interface NoticeOptions {
  topic?: string;
  staleWhen?: () => boolean;
}

/**
 * Shows a message. A message already on screen is not stacked again: it moves to the end instead
 * (keeping what it knew about when it goes stale); one on the same topic is replaced.
 */
export function notify(kind: Notice['kind'], text: string, actions?: NoticeAction[], o: NoticeOptions = {}): void {
  const id = nextNotice++;
  appStore.set((s) => {
    const same = s.notices.find((n) => n.kind === kind && n.text === text);
    const topic = o.topic ?? same?.topic;
    const staleWhen = o.staleWhen ?? same?.staleWhen;
    const others = s.notices.filter((n) => n !== same && (topic === undefined || n.topic !== topic));
    const timeoutMs = kind === 'error' ? null : actions?.length ? INFO_WITH_ACTIONS_MS : INFO_MS;
    const aboutDocument = s.screen === 'editor';
    const notice: Notice = { id, kind, text, timeoutMs, ...(actions?.length ? { actions } : {}), ...(topic ? { topic } : {}), ...(staleWhen ? { staleWhen } : {}), ...(aboutDocument ? { aboutDocument } : {}) };
    return { notices: [...others.slice(-(MAX_NOTICES - 1)), notice] };
  });
}

/** Takes away the messages that are no longer true; run whenever the draft changes. */
export function dropStaleNotices(): void {
  const { notices } = appStore.get();
  const fresh = notices.filter((n) => !n.staleWhen?.());
  if (fresh.length !== notices.length) appStore.set({ notices: fresh });
}

/** The document closed (the start screen, another document): what was said about it no longer applies. */
export function dropDocumentNotices(): void {
  const { notices } = appStore.get();
  const left = notices.filter((n) => !n.aboutDocument);
  if (left.length !== notices.length) appStore.set({ notices: left });
}

export function dismissNotice(id: number): void {
  appStore.set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
}

export function openDialog(dialog: DialogState | null): void {
  appStore.set({ dialog });
}
