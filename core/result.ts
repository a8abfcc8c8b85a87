import { z } from 'zod';

/**
 * Expected failures travel as values, never as exceptions, across every boundary
 * (IPC, HTTP bridge, CLI). The code is from a closed list so the UI can word it;
 * the message is a short English summary for logs and the CLI.
 */
export const ErrorCode = z.enum([
  'invalid-request',
  'forbidden',
  'file-not-found',
  'file-unreadable',
  'file-too-large',
  'file-binary',
  'file-not-draft',
  'file-corrupt',
  'draft-invalid',
  'draft-unknown-field',
  'draft-too-new',
  'wrong-extension',
  'write-failed',
  'folder-not-found',
  'read-only',
  'disk-full',
  // A save refused before writing, because the file could not be opened again.
  'draft-too-large',
  'draft-too-deep',
  'draft-not-reopenable',
  'export-refused',
  /** The file changed on disk (or vanished) since this window read or wrote it; nothing was written. */
  'conflict',
  'export-failed',
  'not-available',
  /** Browser mode: the server this page came from is gone (stopped, or started again with a new key); nothing reached the disk. */
  'app-gone',
  'cancelled',
  'unexpected',
  // Writing a file the user already has: it exists (and nobody said to replace it), or another
  // program holds it open (Word on Windows locks the documents it has open).
  'target-exists',
  'file-locked',
  /** A folder has the name the file was to be written under ("Mapp.docx"); it is never replaced. */
  'target-is-folder',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const AppError = z.strictObject({
  code: ErrorCode,
  message: z.string(),
  /** The file the error is about, when there is one. */
  path: z.string().optional(),
});
export type AppError = z.infer<typeof AppError>;

export type Ok<T> = { ok: true; value: T };
export type Err = { ok: false; error: AppError };
export type Result<T> = Ok<T> | Err;

/** Wraps a value as a success. */
export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });

/** Wraps an expected failure. */
export const err = (code: ErrorCode, message: string, path?: string): Err => ({
  ok: false,
  error: path === undefined ? { code, message } : { code, message, path },
});

/** The zod schema of `Result<T>` for a given value schema (used by the IPC contract). */
export const resultSchema = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('ok', [
    z.strictObject({ ok: z.literal(true), value }),
    z.strictObject({ ok: z.literal(false), error: AppError }),
  ]);
