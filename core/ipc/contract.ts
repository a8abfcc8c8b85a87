import { ImportPlan } from '../import/plan';
import { ImportRefusal } from '../import/refusal';
import { z } from 'zod';
import { Draft, ComponentId, DocumentLanguage, IsoDate } from '../draft/schema';
import { Settings } from '../settings';
import { Annotation } from '../draft/annotation';
import { AppError } from '../result';
import { ChangeSummary } from '../draft/version-diff';
import { linkedChannels } from './linked-contract';
import { reuseChannels } from './reuse-contract';
import { firstScreenChannels } from './first-screen-contract';

const Path = z.string().min(1).max(4096);
const Empty = z.strictObject({});
const MaybePath = z.strictObject({ path: Path.nullable() });

export const RecentFile = z.strictObject({
  path: Path,
  title: z.string(),
  modifiedAt: z.string(),
  /** The partner organisations with their country codes, e.g. "Mombasa County (KE)", to tell drafts apart. */
  partner: z.string().max(300).optional(),
});
export type RecentFile = z.infer<typeof RecentFile>;

/**
 * What a file held when a window read or wrote it. A save names the fingerprint it expects on
 * disk, so a change made meanwhile by another program, window or tab is seen, not overwritten.
 * The hash decides; size and modification time are kept to describe the change.
 */
export const DiskFingerprint = z.strictObject({
  size: z.number().int().min(0),
  mtimeMs: z.number().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type DiskFingerprint = z.infer<typeof DiskFingerprint>;

/** How a save treats the file already on disk (all optional: a request without them writes unchecked). */
const SaveCheck = {
  /** What the window last read or wrote there; null: the file must not exist. A mismatch answers `conflict`. */
  expected: DiskFingerprint.nullable().optional(),
  /** The user chose to replace whatever is there (Save As confirmed by its dialog, or "overwrite" after a conflict). */
  overwrite: z.boolean().optional(),
};

/** A copy set aside on purpose: the user reloaded the file from disk over unsaved changes. */
export const RecoveryReason = z.enum(['set-aside']);
export type RecoveryReason = z.infer<typeof RecoveryReason>;

export const RecoveryEntry = z.strictObject({
  key: z.string().min(1).max(200),
  title: z.string(),
  path: Path.nullable(),
  savedAt: z.string(),
  /** Set when the copy cannot be read (damaged, from a newer version): listed so it can be discarded, never hidden. */
  unreadable: AppError.optional(),
  /** Why the copy exists: absent for autosave's copy of unsaved work (what a crash leaves behind). */
  reason: RecoveryReason.optional(),
});
export type RecoveryEntry = z.infer<typeof RecoveryEntry>;

export const FileEntry = z.strictObject({
  name: z.string(),
  path: Path,
  isDirectory: z.boolean(),
  modifiedAt: z.string(),
});
export type FileEntry = z.infer<typeof FileEntry>;

const RecoveryKey = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/);

/** How a draft is opened: the author edits it, a reviewer only comments. Remembered per file. */
export const ReviewRole = z.enum(['author', 'reviewer']);
export type ReviewRole = z.infer<typeof ReviewRole>;

/** What importing comments from reviewers' copies did (core/review/merge.ts MergeReport). */
export const MergeReport = z.strictObject({
  added: z.number().int().min(0),
  alreadyPresent: z.number().int().min(0),
  orphaned: z.number().int().min(0),
  repliesAdded: z.number().int().min(0),
  updated: z.number().int().min(0),
  orphans: z.array(z.strictObject({ id: z.string(), reason: z.enum(['section-missing', 'field-missing', 'quote-not-found', 'text-deleted']) })),
});

/** What importing suggested changes from reviewers' copies did (core/review/merge-suggestions.ts SuggestionMergeReport). */
export const SuggestionMergeReport = z.strictObject({
  added: z.number().int().min(0),
  alreadyPresent: z.number().int().min(0),
  conflicting: z.number().int().min(0),
  orphaned: z.number().int().min(0),
  orphans: z.array(z.strictObject({ id: z.string(), reason: z.enum(['section-missing', 'quote-not-found']) })),
});

/**
 * An earlier version of the open draft: a backup kept before a save replaced its file, or a
 * recovery copy of unsaved work. The id is opaque, handed out by versions:list and valid only for
 * versions:load; it never names a file.
 */
export const VersionEntry = z.strictObject({
  id: z.string().regex(/^v[0-9a-f]{32}$/),
  kind: z.enum(['backup', 'recovery']),
  takenAt: z.string(),
  sizeBytes: z.number().int().min(0),
  words: z.number().int().min(0),
  readable: z.boolean(),
  /** Why it cannot be read (an error code), when it cannot. */
  problem: z.string().max(100).optional(),
  /**
   * What changed since: for a backup, in the next newer readable backup (the newest: in the open
   * draft); for a recovery copy, in the open draft. Absent when this version is unreadable.
   */
  changes: ChangeSummary.optional(),
  /** For a recovery copy: why it was kept (absent: unsaved work autosave copied). */
  reason: RecoveryReason.optional(),
});
export type VersionEntry = z.infer<typeof VersionEntry>;
const VersionId = z.strictObject({ id: VersionEntry.shape.id });

/**
 * Where a document language's spelling dictionary comes from: the operating system's own
 * spellchecker (macOS, Windows), a Hunspell dictionary on this computer (Linux), the browser's
 * own check (browser mode), or none, and then that language is not checked.
 */
export const DictionarySource = z.enum(['system', 'local', 'browser', 'missing']);
export type DictionarySource = z.infer<typeof DictionarySource>;
export const SpellingStatus = z.strictObject({ 'sv-SE': DictionarySource, 'en-GB': DictionarySource });
export type SpellingStatus = z.infer<typeof SpellingStatus>;

/**
 * The one IPC contract: channel → request and response schemas. Main (ipcMain.handle), the
 * preload, the browser-mode HTTP bridge and the renderer all derive their types and their
 * validation from this map, so they cannot drift. Channels are named `domain:verb`.
 */
export const contract = {
  'app:info': {
    req: Empty,
    res: z.strictObject({
      mode: z.enum(['electron', 'web']),
      version: z.string(),
      platform: z.string(),
      draftsDir: z.string(),
    }),
  },
  'settings:get': { req: Empty, res: Settings },
  'settings:set': { req: Settings.partial().strict(), res: Settings },
  'draft:new': {
    req: z.strictObject({
      editionId: z.string().min(1).max(100).optional(),
      component: ComponentId.optional(),
      documentLanguage: DocumentLanguage.optional(),
      /** The planned submission date; without an edition, it decides which edition is in force. */
      submissionDate: IsoDate.optional(),
    }),
    res: z.strictObject({ draft: Draft }),
  },
  'draft:open': {
    req: z.strictObject({ path: Path }),
    res: z.strictObject({ path: Path, draft: Draft, fingerprint: DiskFingerprint.optional() }),
  },
  'draft:save': {
    req: z.strictObject({ path: Path, draft: Draft, ...SaveCheck }),
    res: z.strictObject({ path: Path, savedAt: z.string(), fingerprint: DiskFingerprint.optional() }),
  },
  'dialog:open-draft': { req: Empty, res: MaybePath },
  /** File → Importera Word-dokument…: the native dialog choosing a .docx (browser mode shows its in-app picker). */
  'dialog:open-docx': { req: Empty, res: MaybePath },
  /**
   * Reads a Word document as far as the import preview: the plan of where its content would go, or
   * why it was refused (one line for the user). Nothing is written; the renderer makes the new draft.
   */
  'import:docx': {
    req: z.strictObject({ path: Path }),
    res: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('plan'), plan: ImportPlan }),
      z.strictObject({ kind: z.literal('refused'), reason: ImportRefusal }),
    ]),
  },
  'dialog:save-draft': { req: z.strictObject({ suggestedName: z.string().max(255) }), res: MaybePath },
  /** `replaceConfirmed`: the native dialog itself asked about replacing the chosen (existing) file. */
  'dialog:export-docx': {
    req: z.strictObject({ suggestedName: z.string().max(255) }),
    res: z.strictObject({ path: Path.nullable(), replaceConfirmed: z.boolean().optional() }),
  },
  /** The budget spreadsheet's save dialog; as dialog:export-docx. */
  'dialog:export-xlsx': {
    req: z.strictObject({ suggestedName: z.string().max(255) }),
    res: z.strictObject({ path: Path.nullable(), replaceConfirmed: z.boolean().optional() }),
  },
  'files:list': {
    /** `ext`: which files to list besides folders (drafts by default; Word documents for export; spreadsheets for the budget; PDFs for annexes). */
    req: z.strictObject({ dir: Path.optional(), ext: z.enum(['.kpdraft', '.docx', '.xlsx', '.pdf']).optional() }),
    res: z.strictObject({ dir: Path, parent: Path.nullable(), entries: z.array(FileEntry) }),
  },
  'recent:list': { req: Empty, res: z.array(RecentFile) },
  'recovery:list': { req: Empty, res: z.array(RecoveryEntry) },
  'recovery:save': {
    // fingerprint: what the window's file held, so a save after a restore still sees changes made meanwhile.
    req: z.strictObject({ key: RecoveryKey, path: Path.nullable(), draft: Draft, fingerprint: DiskFingerprint.nullable().optional(), reason: RecoveryReason.optional() }),
    res: z.strictObject({ savedAt: z.string() }),
  },
  'recovery:load': {
    req: z.strictObject({ key: RecoveryKey }),
    res: z.strictObject({ draft: Draft, path: Path.nullable(), fingerprint: DiskFingerprint.nullable().optional() }),
  },
  'recovery:discard': { req: z.strictObject({ key: RecoveryKey }), res: Empty },
  /** Starts the export worker ahead of time (the export dialog opened), so the export itself is quick. */
  'export:prepare': { req: Empty, res: Empty },
  'export:docx': {
    req: z.strictObject({
      draft: Draft,
      path: Path,
      language: DocumentLanguage.optional(),
      withComments: z.boolean().optional(),
      withSuggestions: z.boolean().optional(),
      allowErrors: z.boolean().optional(),
      /** The user confirmed replacing an existing file; without it an existing file is refused as target-exists. */
      replace: z.boolean().optional(),
    }),
    res: z.strictObject({ path: Path }),
  },
  /** The budget as a spreadsheet (.xlsx); `replace` as for export:docx. */
  'export:xlsx': {
    req: z.strictObject({ draft: Draft, path: Path, language: DocumentLanguage.optional(), replace: z.boolean().optional() }),
    res: z.strictObject({ path: Path }),
  },
  /** After an export: the Word document opened in its default program, or shown in its folder. Only documents exported in this run. */
  'export:show': { req: z.strictObject({ path: Path, how: z.enum(['open', 'folder']) }), res: Empty },
  'window:state': { req: z.strictObject({ title: z.string().max(500), dirty: z.boolean() }), res: Empty },
  'review:roles': { req: Empty, res: z.array(z.strictObject({ path: Path, role: ReviewRole })) },
  'review:set-role': { req: z.strictObject({ path: Path, role: ReviewRole }), res: Empty },
  /**
   * Merges the comments and suggested changes of reviewers' returned copies into `draft` (the open
   * draft, not saved): all its comments, and the sections that gained suggestions.
   */
  'review:merge': {
    req: z.strictObject({ draft: Draft, paths: z.array(Path).min(1).max(100) }),
    res: z.strictObject({
      annotations: z.array(Annotation),
      sections: Draft.shape.sections,
      report: MergeReport,
      suggestions: SuggestionMergeReport,
    }),
  },
  'dialog:open-review-copies': { req: Empty, res: z.strictObject({ paths: z.array(Path) }) },
  // Annexes (renderer/cards/annexes-card.tsx): the file an annex lives in is chosen and remembered, never read.
  /** `title`: what the dialog asks for ("Choose the file of Letter of Intent"). */
  'dialog:open-annex': { req: z.strictObject({ title: z.string().max(300) }), res: MaybePath },
  /** Whether each path still names a file (the annex files a draft remembers); unknown or forbidden paths answer false. */
  'files:exist': { req: z.strictObject({ paths: z.array(Path).max(100) }), res: z.strictObject({ exists: z.array(z.boolean()) }) },
  /**
   * Where a reviewer's save goes: `path` itself when it already is this reviewer's copy, else a
   * new "<title> – <label> <reviewer>.kpdraft" beside it that no file has (`isNew`).
   */
  'review:copy-path': {
    req: z.strictObject({ path: Path, title: z.string().max(500), reviewer: z.string().max(200), label: z.string().max(40) }),
    res: z.strictObject({ path: Path, isNew: z.boolean() }),
  },
  // Save conflicts (renderer/dialogs/conflict-dialog.tsx).
  /**
   * About a file whose save answered `conflict`: `gone` when nothing is at its path any more, and
   * `path`, the first numbered name beside it ("X (2).kpdraft", "X (3).kpdraft", …) that nothing
   * has, where "keep both" writes (expecting no file there, so a name taken meanwhile is refused).
   */
  'draft:conflict-info': { req: z.strictObject({ path: Path }), res: z.strictObject({ path: Path, gone: z.boolean() }) },
  // Versions: the open draft's backups and recovery copies, newest first (electron/services/versions.ts).
  'versions:list': {
    req: z.strictObject({ path: Path.nullable(), draftId: z.string().min(1).max(100), current: Draft }),
    res: z.strictObject({ entries: z.array(VersionEntry) }),
  },
  'versions:load': { req: VersionId, res: z.strictObject({ draft: Draft }) },
  /** The newest backup of a file that reads as a valid draft, e.g. when the file itself cannot be read. */
  'versions:newest-readable': { req: z.strictObject({ path: Path }), res: z.strictObject({ entry: VersionEntry.nullable() }) },
  // Spelling (electron/main/spelling.ts): which dictionaries there are, and which language the window's text is in.
  'spelling:status': { req: Empty, res: SpellingStatus },
  /** The open draft's document language: the spellchecker checks this window's text in it (and only it). */
  'spelling:document-language': { req: z.strictObject({ language: DocumentLanguage }), res: Empty },
  // Earlier drafts to reuse text, team members and budget lines from (core/ipc/reuse-contract.ts).
  ...reuseChannels,
  // The application submitted together with this one (core/ipc/linked-contract.ts).
  ...linkedChannels,
  // A draft's first screen, painted by the next window before its code runs (core/ipc/first-screen-contract.ts).
  ...firstScreenChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Req<C extends Channel> = z.infer<Contract[C]['req']>;
export type ResValue<C extends Channel> = z.infer<Contract[C]['res']>;

export { events, type EventName, type EventPayload } from './events';

/** True when `name` is one of the contract's channels (requests name channels as untrusted strings). */
export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
